package io.tlaplex.frontend.syntax;

import static io.tlaplex.frontend.syntax.Fixtures.expr;
import static io.tlaplex.frontend.syntax.Fixtures.exprTree;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tlaplex.frontend.diag.SourceSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExpressionParserTest {

    @Test
    void shouldBindTimesTighterThanPlus() {
        assertEquals("(+ a (* b c))", expr("a + b * c"));
    }

    @Test
    void shouldAssociateMinusToTheLeft() {
        assertEquals("(- (- a b) c)", expr("a - b - c"));
    }

    @Test
    void shouldBindBinaryMinusTighterThanPlusAsSanyDoes() {
        assertEquals("(+ a (- b c))", expr("a + b - c"));
        assertEquals("(+ (- a b) c)", expr("a - b + c"));
    }

    @Test
    void shouldApplyUnaryMinusAfterExponentAndBeforePlus() {
        assertEquals("(+ (-. (^ a 2)) (-. b))", expr("-a^2 + -b"));
        assertEquals("(-. (* a b))", expr("-a * b"));
        assertEquals("(- a (-. b))", expr("a - -b"));
    }

    @Test
    void shouldParseImplicationBelowJunctions() {
        assertEquals("(=> (/\\ a b) (\\/ c d))", expr("a /\\ b => c \\/ d"));
        assertEquals("(<=> a (=> b c))", expr("a <=> (b => c)"));
    }

    @Test
    void shouldAssociateConjunctionToTheLeft() {
        assertEquals("(/\\ (/\\ a b) c)", expr("a /\\ b /\\ c"));
    }

    @Test
    void shouldBindSetOperatorsTighterThanMembership() {
        assertEquals("(\\in x (\\cup S T))", expr("x \\in S \\cup T"));
        assertEquals("(\\subseteq (\\ S T) U)", expr("S \\ T \\subseteq U"));
        assertEquals("(\\in i (.. 1 (- N 1)))", expr("i \\in 1..N-1"));
    }

    @Test
    void shouldBindFunctionOperatorsAsSanyDoes() {
        assertEquals("(@@ (:> a b) (:> c d))", expr("a :> b @@ c :> d"));
    }

    @Test
    void shouldBuildOneProductForAChainOfTimes() {
        assertEquals("(\\X A B C)", expr("A \\X B \\times C"));
        assertEquals("(\\X (\\X A B) C)", expr("(A \\X B) \\X C"));
        assertEquals("(\\cup (\\X A B) C)", expr("A \\X B \\cup C"));
    }

    @Test
    void shouldKeepTheSpansOfAProduct() {
        Expr e = exprTree("A \\X B \\X C");
        assertEquals(new SourceSpan("T.tla", 2, 6, 2, 16), e.span());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\\land|/\\", "\\lor|\\/", "#|/=", "/=|/=", "\\leq|<=", "=<|<=", "<=|<=", "\\geq|>=", ">=|>=",
        "\\union|\\cup", "\\intersect|\\cap", "\\circ|\\o", "\\o|\\o", "\\equiv|<=>", "<=>|<=>",
        "(+)|\\oplus", "(-)|\\ominus", "(.)|\\odot", "(/)|\\oslash", "(\\X)|\\otimes",
    })
    void shouldCanonicaliseInfixSynonyms(String written, String canonical) {
        assertEquals("(" + canonical + " a b)", expr("a " + written + " b"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "\\oplus", "++", "--", "**", "//", "^^", "|-", "-|", "|=", "=|", "<:", ":>", "@@", "\\o", "\\bullet",
        "\\star", "\\odot", "\\ominus", "\\otimes", "\\oslash", "\\uplus", "\\sqcap", "\\sqcup", "\\sqsubseteq",
        "\\sqsubset", "\\sqsupset", "\\sqsupseteq", "\\prec", "\\preceq", "\\succ", "\\succeq", "\\sim", "\\simeq",
        "\\approx", "\\cong", "\\asymp", "\\doteq", "\\propto", "\\wr", "%%", "##", "&", "&&", "$", "$$", "??",
        "!!", "|", "||", "::=", ":=", "...", "..", "\\ll", "\\gg", "\\subset", "\\supset", "\\supseteq",
        "\\bigcirc", "\\div", "%", "/", "*", "+", "-", "^", "<", ">", "=", "\\in", "\\notin", "\\cdot", "~>",
        "-+->", "=>",
    })
    void shouldParseEveryInfixOperator(String op) {
        assertEquals("(" + op + " a b)", expr("a " + op + " b"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "~ a|(~ a)", "\\lnot a|(~ a)", "\\neg a|(~ a)", "-a|(-. a)", "[]a|([] a)", "<>a|(<> a)",
        "ENABLED a|(ENABLED a)", "UNCHANGED a|(UNCHANGED a)", "SUBSET a|(SUBSET a)", "UNION a|(UNION a)",
        "DOMAIN a|(DOMAIN a)", "a'|(' a)", "a^+|(^+ a)", "a^*|(^* a)", "a^#|(^# a)",
    })
    void shouldParsePrefixAndPostfixOperators(String text, String tree) {
        assertEquals(tree, expr(text));
    }

    @Test
    void shouldApplyPrefixOperatorsByPrecedence() {
        assertEquals("(~ (= a b))", expr("~ a = b"));
        assertEquals("(/\\ (~ a) b)", expr("~a /\\ b"));
        assertEquals("(=> ([] P) Q)", expr("[]P => Q"));
        assertEquals("(\\cup (DOMAIN f) S)", expr("DOMAIN f \\cup S"));
        assertEquals("(\\in x (SUBSET (\\cup S T)))", expr("x \\in SUBSET (S \\cup T)"));
        assertEquals("([] (<> P))", expr("[]<>P"));
        assertEquals("(/\\ (UNCHANGED <<x y>>) (= (' z) 1))", expr("UNCHANGED <<x, y>> /\\ z' = 1"));
    }

    @Test
    void shouldBindPrimeTighterThanInfixOperators() {
        assertEquals("(= (' x) (+ x 1))", expr("x' = x + 1"));
        assertEquals("(~ (' x))", expr("~x'"));
    }

    @Test
    void shouldApplyPostfixFormsLeftToRight() {
        assertEquals("(. ((' x) [1]) a)", expr("x'[1].a"));
        assertEquals("(. (. r a) b)", expr("r.a.b"));
        assertEquals("(. (f [x]) a)", expr("f[x].a"));
        assertEquals("(f [a b])", expr("f[a, b]"));
        assertEquals("((f [a]) [b])", expr("f[a][b]"));
        assertEquals("(<<1 2>> [1])", expr("<<1, 2>>[1]"));
        assertEquals("(' (f [x]))", expr("f[x]'"));
    }

    @Test
    void shouldParseNumbersInEveryBase() {
        assertEquals("<<123 5 15 31 3 7 255 0>>", expr("<<123, \\b101, \\o17, \\h1F, \\B11, \\O7, \\HfF, 0>>"));
    }

    @Test
    void shouldKeepDecimalsAsText() {
        assertEquals("(+ 1.5 (.. 1 2))", expr("1.5 + (1..2)"));
    }

    @Test
    void shouldDecodeStringEscapes() {
        Expr.StringLit s = (Expr.StringLit) exprTree("\"a\\\"b\\\\c\\nd\\te\\rf\\fg\"");
        assertEquals("a\"b\\c\nd\te\rf\fg", s.value());
    }

    @Test
    void shouldParseBuiltInConstantsAsOperatorNames() {
        assertEquals("<<TRUE FALSE BOOLEAN STRING>>", expr("<<TRUE, FALSE, BOOLEAN, STRING>>"));
    }

    @Test
    void shouldParseOperatorArgumentsIncludingLambdaAndOperatorNames() {
        assertEquals("(F (LAMBDA x : (+ x 1)) G + - \\cup DOMAIN)", expr("F(LAMBDA x: x+1, G, +, -, \\union, DOMAIN)"));
        assertEquals("(F (LAMBDA x y : (* x y)))", expr("F(LAMBDA x, y : x * y)"));
    }

    @Test
    void shouldParseInstanceQualifiedNames() {
        assertEquals("(+ (+ (I(2)!Op 1) I!Op) M!N!O)", expr("I(2)!Op(1) + I!Op + M!N!O"));
        Expr.OpApp a = (Expr.OpApp) exprTree("I(x, y)!Op(1)");
        assertEquals("I", a.prefix().get(0).name().name());
        assertEquals(2, a.prefix().get(0).args().size());
        assertEquals("Op", a.name().name());
        assertEquals(new SourceSpan("T.tla", 2, 6, 2, 18), a.span());
    }

    @Test
    void shouldParseIfThenElseWithTheElseBranchExtendingRight() {
        assertEquals("(IF c a (+ b 1))", expr("IF c THEN a ELSE b + 1"));
        assertEquals("(+ 1 (IF c a b))", expr("1 + IF c THEN a ELSE b"));
    }

    @Test
    void shouldParseCaseWithOtherAndTemporalOperatorsInArms() {
        assertEquals("(CASE ((= x 1) -> ([] P)) ((= x 2) -> (<> Q)) (OTHER -> 3))",
                expr("CASE x = 1 -> []P [] x = 2 -> <>Q [] OTHER -> 3"));
        assertEquals("(CASE (a -> 1))", expr("CASE a -> 1"));
    }

    @Test
    void shouldParseLetWithSeveralKindsOfDefinitions() {
        assertEquals("(LET a == 1 f[i \\in S] == i RECURSIVE g/1 g(n) == n IN (+ a (f [1])))",
                expr("LET a == 1\n         f[i \\in S] == i\n         RECURSIVE g(_)\n         g(n) == n\n     IN a + f[1]"));
    }

    @Test
    void shouldParseBoundedAndUnboundedQuantifiers() {
        assertEquals("(\\A x y \\in S, <<z w>> \\in T : (/\\ x (\\E a b : a)))",
                expr("\\A x, y \\in S, <<z, w>> \\in T : x /\\ \\E a, b : a"));
        assertEquals("(\\E x \\in S : (/\\ P Q))", expr("\\E x \\in S : P /\\ Q"));
        assertEquals("(\\A x : P)", expr("\\A x : P"));
        assertEquals("(\\E <<a b>> \\in S : P)", expr("\\E <<a, b>> \\in S : P"));
    }

    @Test
    void shouldParseTemporalQuantifiers() {
        assertEquals("(\\AA x : (/\\ P (\\EE x y : Q)))", expr("\\AA x : P /\\ \\EE x, y : Q"));
    }

    @Test
    void shouldParseChooseForms() {
        assertEquals("(CHOOSE x : (> x 1))", expr("CHOOSE x : x > 1"));
        assertEquals("(CHOOSE x \\in S : P)", expr("CHOOSE x \\in S : P"));
        assertEquals("(CHOOSE <<x y>> \\in S : P)", expr("CHOOSE <<x, y>> \\in S : P"));
    }

    @Test
    void shouldParseLabels() {
        assertEquals("(:: lbl (/\\ x (:: lbl2(a b) y)))", expr("lbl:: x /\\ lbl2(a, b):: y"));
    }

    @Test
    void shouldParseSetForms() {
        assertEquals("{}", expr("{}"));
        assertEquals("{a b}", expr("{a, b}"));
        assertEquals("{x \\in S : (> x 1)}", expr("{x \\in S : x > 1}"));
        assertEquals("{<<x y>> \\in S : (= x y)}", expr("{<<x, y>> \\in S : x = y}"));
        assertEquals("{(+ x y) : x \\in S, y \\in T}", expr("{x + y : x \\in S, y \\in T}"));
        assertEquals("{(\\in x S) (\\in y T)}", expr("{x \\in S, y \\in T}"));
        assertEquals("{x : x y \\in S}", expr("{x : x, y \\in S}"));
    }

    @Test
    void shouldParseFunctionForms() {
        assertEquals("[x \\in S |-> (* x 2)]", expr("[x \\in S |-> x * 2]"));
        assertEquals("[x y \\in S |-> x]", expr("[x, y \\in S |-> x]"));
        assertEquals("[<<x y>> \\in S, z \\in T |-> x]", expr("[<<x, y>> \\in S, z \\in T |-> x]"));
        assertEquals("[S -> T]", expr("[S -> T]"));
        assertEquals("[(\\X S T) -> (SUBSET U)]", expr("[S \\X T -> SUBSET U]"));
    }

    @Test
    void shouldParseRecordForms() {
        assertEquals("[a |-> 1, b |-> (+ 2 3)]", expr("[a |-> 1, b |-> 2 + 3]"));
        assertEquals("[a : S, b : (SUBSET T)]", expr("[a : S, b : SUBSET T]"));
    }

    @Test
    void shouldParseExceptWithEveryPathForm() {
        assertEquals("(EXCEPT r (!.a = 1) (![i][j].b = (+ @ 1)) (![i j] = 2))",
                expr("[r EXCEPT !.a = 1, ![i][j].b = @ + 1, ![i, j] = 2]"));
        assertEquals("(EXCEPT (f [x]) (![1] = (= a b)))", expr("[f[x] EXCEPT ![1] = a = b]"));
    }

    @Test
    void shouldParseTuples() {
        assertEquals("<<>>", expr("<< >>"));
        assertEquals("<<a <<b>>>>", expr("<<a, <<b>>>>"));
    }

    @Test
    void shouldParseActionsWithEverySubscriptForm() {
        assertEquals("([] ([] Next _ vars))", expr("[][Next]_vars"));
        assertEquals("([] ([] Next _ <<x y>>))", expr("[][Next]_<<x, y>>"));
        assertEquals("([] (\\/ A B) _ (+ x y))", expr("[A \\/ B]_(x + y)"));
        assertEquals("([] (<> (<> A _ v)))", expr("[]<><<A>>_v"));
        assertEquals("(<> (' x) _ M!v)", expr("<<x'>>_M!v"));
    }

    @Test
    void shouldParseFairness() {
        assertEquals("(WF vars Next)", expr("WF_vars(Next)"));
        assertEquals("(SF <<x y>> (A 1))", expr("SF_<<x,y>>(A(1))"));
        assertEquals("(/\\ (WF (+ x 1) A) (SF v B))", expr("WF_(x + 1)(A) /\\ SF_v(B)"));
    }

    @Test
    void shouldParseTemporalInfixOperators() {
        assertEquals("(~> ([] P) (<> Q))", expr("[]P ~> <>Q"));
        assertEquals("(-+-> E M)", expr("E -+-> M"));
        assertEquals("(\\cdot A B)", expr("A \\cdot B"));
    }
}
