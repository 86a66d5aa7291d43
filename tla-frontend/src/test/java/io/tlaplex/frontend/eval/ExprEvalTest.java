package io.tlaplex.frontend.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Each operator family evaluated through the compiler, printed as TLC prints values. */
class ExprEvalTest {

    private static String eval(String expr) {
        return Eval.value(expr).toString();
    }

    private static String eval(String defs, String expr) {
        return Eval.value(defs, expr).toString();
    }

    @Test
    void shouldShortCircuitConjunctionsAndDisjunctionsLeftToRight() {
        assertEquals("FALSE", eval("FALSE /\\ (1 \\in 2)"));
        assertEquals("TRUE", eval("TRUE \\/ (1 \\in 2)"));
        assertEquals("TRUE", eval("FALSE => (1 \\in 2)"));
        assertEquals("TRUE", eval("(TRUE <=> TRUE) /\\ ~(TRUE <=> FALSE)"));
    }

    @Test
    void shouldEvaluateIfAndCaseWithOther() {
        assertEquals("2", eval("IF 1 > 2 THEN 1 ELSE 2"));
        assertEquals("\"b\"", eval("CASE 1 = 2 -> \"a\" [] 2 = 2 -> \"b\" [] OTHER -> \"c\""));
        assertEquals("\"c\"", eval("CASE 1 = 2 -> \"a\" [] OTHER -> \"c\""));
    }

    @Test
    void shouldBindLetDefinitionsIncludingOperatorsAndRecursiveOnes() {
        assertEquals("6", eval("LET a == 2 b(x) == x * a IN b(3)"));
        assertEquals("120", eval("LET RECURSIVE f(_) f(n) == IF n = 0 THEN 1 ELSE n * f(n - 1) IN f(5)"));
        assertEquals("24", eval("LET g[n \\in 0..4] == IF n = 0 THEN 1 ELSE n * g[n - 1] IN g[4]"));
    }

    @Test
    void shouldQuantifyOverSetsAndTuplePatterns() {
        assertEquals("TRUE", eval("\\A x \\in 1..3 : x > 0"));
        assertEquals("FALSE", eval("\\E x, y \\in 1..3 : x + y = 7"));
        assertEquals("TRUE", eval("\\E <<a, b>> \\in {<<1, 2>>, <<3, 4>>} : a + b = 7"));
        assertEquals("TRUE", eval("\\A x \\in {} : FALSE"));
    }

    @Test
    void shouldChooseTheFirstElementInTlcOrder() {
        assertEquals("2", eval("CHOOSE x \\in {3, 2, 4} : x % 2 = 0"));
        assertEquals("<<1, 2>>", eval("CHOOSE <<a, b>> \\in {<<3, 4>>, <<1, 2>>} : TRUE"));
    }

    @Test
    void shouldBuildSetsByFilterMapEnumerationAndOperators() {
        assertEquals("{2, 4}", eval("{x \\in 1..5 : x % 2 = 0}"));
        assertEquals("{2, 3, 4}", eval("{x + y : x \\in 1..2, y \\in 1..2}"));
        assertEquals("{1, 2, 3}", eval("{3, 1, 2, 1}"));
        assertEquals("{1, 3}", eval("({1, 2} \\cup {3}) \\ {2}"));
        assertEquals("{2}", eval("{1, 2} \\cap {2, 3}"));
        assertEquals("{{}, {1}}", eval("SUBSET {1}"));
        assertEquals("{1, 2}", eval("UNION {{1}, {2}}"));
        assertEquals("TRUE", eval("{1} \\subseteq {1, 2} /\\ 3 \\notin {1, 2}"));
        assertEquals("4", eval("Cardinality({1, 2} \\X {3, 4})"));
    }

    @Test
    void shouldBuildAndApplyFunctionsAndRecords() {
        assertEquals("<<1, 4, 9>>", eval("[i \\in 1..3 |-> i * i]"));
        assertEquals("5", eval("[<<a, b>> \\in {1, 2} \\X {3} |-> a + b][<<2, 3>>]"));
        assertEquals("5", eval("[a \\in {1, 2}, b \\in {3} |-> a + b][2, 3]"));
        assertEquals("1..3", eval("DOMAIN <<\"a\", \"b\", \"c\">>"));
        assertEquals("2", eval("[a |-> 1, b |-> 2].b"));
        assertEquals("9", eval("Cardinality([{1, 2} -> {1, 2, 3}]) + 0 * Cardinality([a : {1}, b : {2, 3}])"));
    }

    @Test
    void shouldUpdateWithExceptAndAt() {
        assertEquals("<<1, 20, 3>>", eval("[<<1, 2, 3>> EXCEPT ![2] = @ * 10]"));
        assertEquals("[a |-> [b |-> 6]]", eval("[[a |-> [b |-> 5]] EXCEPT !.a.b = @ + 1]"));
        assertEquals("<<1, 2>>", eval("[<<1, 2>> EXCEPT ![7] = 0]"));
    }

    @Test
    void shouldKeepFunctionsOnInfiniteDomainsLazy() {
        assertEquals("11", eval("[n \\in Nat |-> n + 1][10]"));
        assertEquals("TRUE", eval("6 \\in {n \\in Nat : n % 3 = 0}"));
        assertEquals("55", eval("fib[n \\in Nat] == IF n < 2 THEN n ELSE fib[n - 1] + fib[n - 2]", "fib[10]"));
    }

    @Test
    void shouldPassOperatorsAndLambdasAsArguments() {
        String defs = "Twice(F(_), x) == F(F(x))\nInc(x) == x + 1";
        assertEquals("3", eval(defs, "Twice(Inc, 1)"));
        assertEquals("8", eval(defs, "Twice(LAMBDA y : y * 2, 2)"));
        assertEquals("<<2, 4>>", eval("SelectSeq(<<1, 2, 3, 4>>, LAMBDA x : x % 2 = 0)"));
    }

    @Test
    void shouldPassArgumentsByNameSoUnusedOnesAreNotEvaluated() {
        assertEquals("1", eval("K(a, b) == a", "K(1, CHOOSE x \\in {} : TRUE)"));
    }

    @Test
    void shouldCallRecursiveOperators() {
        String defs = "RECURSIVE Sum(_)\nSum(S) == IF S = {} THEN 0 ELSE LET x == CHOOSE y \\in S : TRUE IN x + Sum(S \\ {x})";
        assertEquals("10", eval(defs, "Sum(1..4)"));
    }

    @Test
    void shouldEvaluateStandardModuleOperators() {
        assertEquals("<<1, 2, 3>>", eval("Append(<<1, 2>>, 3)"));
        assertEquals("3", eval("Len(<<1, 2>> \\o <<3>>)"));
        assertEquals("-3", eval("-3"));
        assertEquals("2", eval("7 \\div 3"));
        assertEquals("[x |-> 1, y |-> 2]", eval("(\"x\" :> 1) @@ (\"y\" :> 2)"));
        assertEquals("\"<<1, 2>>\"", eval("ToString(<<1, 2>>)"));
    }

    @Test
    void shouldCompareStringsAndModelValuesWithTlcErrors() {
        assertEquals("TRUE", eval("\"a\" # \"b\""));
        EvalError e = Eval.error("", "1 = \"a\"");
        assertEquals("Attempted to check equality of integer 1 with non-integer:\n\"a\"", e.getMessage());
    }
}
