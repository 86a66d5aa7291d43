package io.tlaplex.frontend.syntax;

import static io.tlaplex.frontend.syntax.Fixtures.units;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tlaplex.frontend.diag.SourceSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnitParserTest {

    @Test
    void shouldIgnoreTextBeforeTheHeaderAndAfterTheEnd() {
        String text = "Some notes; \"unterminated\n(* not closed\n------ MODULE Spec ------\nX == 1\n=======\n"
                + "after \" the end (* \u00e9\n";
        ParseResult r = Parser.parse("Spec.tla", text);
        assertEquals(List.of(), Fixtures.describe(r));
        assertEquals("Spec", r.module().name().name());
        assertEquals(new SourceSpan("Spec.tla", 3, 1, 5, 7), r.module().span());
        assertEquals("Spec.tla", r.module().file());
    }

    @Test
    void shouldReadExtends() {
        ParseResult r = Fixtures.parse("EXTENDS Naturals, Sequences,\n   TLC");
        assertEquals(List.of("Naturals", "Sequences", "TLC"),
                r.module().extendsNames().stream().map(Ident::name).toList());
    }

    @Test
    void shouldReadConstantDeclarationsOfEveryForm() {
        assertEquals(List.of("CONSTANTS N, F/2, +/2, -./1, ^+/1", "CONSTANTS M"),
                units("CONSTANTS N, F(_, _), _ + _, -. _, _ ^+\nCONSTANT M"));
    }

    @Test
    void shouldReadVariableDeclarations() {
        assertEquals(List.of("VARIABLES x y", "VARIABLES z"), units("VARIABLES x,\n  y\nVARIABLE z"));
    }

    @Test
    void shouldReadAssumptions() {
        assertEquals(List.of("ASSUME (> N 0)", "ASSUME Pos == (> N 0)", "ASSUME (AND a b)"),
                units("ASSUME N > 0\nASSUMPTION Pos == N > 0\nASSUME /\\ a\n       /\\ b"));
    }

    @Test
    void shouldReadOperatorDefinitionsOfEveryForm() {
        assertEquals(List.of("Op == 1", "Op2(a, b) == (+ a b)", "H(F/1, z) == (F z)", "++(a, b) == (+ a b)",
                "\\prec(a, b) == (< a b)", "-.(a) == (- 0 a)", "^+(a) == a", "LOCAL L == 1"),
                units("Op == 1\nOp2(a, b) == a + b\nH(F(_), z) == F(z)\na ++ b == a + b\n"
                        + "a \\prec b == a < b\n-. a == 0 - a\na ^+ == a\nLOCAL L == 1"));
    }

    @Test
    void shouldReadOperatorSymbolParameters() {
        assertEquals(List.of("Fold(+/2, -./1, x) == x"), units("Fold(_ + _, -. _, x) == x"));
    }

    @Test
    void shouldReadFunctionDefinitions() {
        assertEquals(List.of("f[i \\in Nat, j k \\in S] == i", "g[<<a b>> \\in S] == a", "LOCAL h[x \\in S] == x"),
                units("f[i \\in Nat, j, k \\in S] == i\ng[<<a, b>> \\in S] == a\nLOCAL h[x \\in S] == x"));
    }

    @Test
    void shouldReadRecursiveDeclarations() {
        assertEquals(List.of("RECURSIVE G/1, H", "G(n) == (IF (= n 0) 0 (G (- n 1)))", "H == 1"),
                units("RECURSIVE G(_), H\nG(n) == IF n = 0 THEN 0 ELSE G(n - 1)\nH == 1"));
    }

    @Test
    void shouldReadInstancesWithSubstitutions() {
        assertEquals(List.of("INSTANCE M", "LOCAL INSTANCE Naturals",
                "INSTANCE M WITH a <- (+ p 1), + <- Plus, b <- (LAMBDA q : q), \\cup <- U, -. <- Neg"),
                units("INSTANCE M\nLOCAL INSTANCE Naturals\n"
                        + "INSTANCE M WITH a <- p + 1, + <- Plus, b <- LAMBDA q : q, \\union <- U, -. <- Neg"));
    }

    @Test
    void shouldReadNamedAndParameterisedInstances() {
        assertEquals(List.of("I == INSTANCE M", "J(p, q) == INSTANCE M WITH a <- p", "LOCAL K == LOCAL INSTANCE M"),
                units("I == INSTANCE M\nJ(p, q) == INSTANCE M WITH a <- p\nLOCAL K == INSTANCE M"));
    }

    @Test
    void shouldSkipTheoremsAndTheirProofs() {
        String body = """
                THEOREM Thm == ASSUME NEW x \\in S, NEW CONSTANT y
                               PROVE  x = x
                <1>1. x = x
                  BY DEF Foo
                <1>2. SUFFICES ASSUME NEW z
                               PROVE z = z
                  OBVIOUS
                <1>3. CASE a
                  PROOF OMITTED
                <1> PICK w \\in S : TRUE
                <1> HAVE x
                <1> TAKE y
                <1> WITNESS 1
                <1> USE DEF Foo
                <1> HIDE Foo
                <1> QED
                  BY <1>1, <1>2 DEF Foo, Bar
                LEMMA Spec => []Inv
                PROPOSITION P1 == TRUE
                COROLLARY C1 == TRUE
                  <1> QED OBVIOUS
                AXIOM A1 == TRUE
                USE DEF Foo
                HIDE DEF Foo
                THEOREM
                ASSUME NEW x
                PROVE x = x
                Next == 1""";
        assertEquals(List.of("THEOREM Thm", "THEOREM", "THEOREM P1", "THEOREM C1", "THEOREM A1", "THEOREM",
                "THEOREM", "THEOREM", "Next == 1"), units(body));
    }

    @Test
    void shouldKeepTheStatementOfANamedTheoremThatIsAnExpression() {
        ParseResult r = Fixtures.parse("""
                THEOREM T1 == \\A x \\in Nat : x + x >= x
                <1>1. TRUE
                  OBVIOUS
                <1> QED BY <1>1
                THEOREM T2 == ASSUME NEW y PROVE y = y
                LEMMA L3 == TRUE
                  BY DEF Foo
                THEOREM Spec => []Inv
                X == 1""");

        List<Unit> units = r.module().units();
        assertEquals("(\\A x \\in Nat : (>= (+ x x) x))", Sexp.of(((Unit.Theorem) units.get(0)).statement()));
        assertNull(((Unit.Theorem) units.get(1)).statement());
        assertEquals("TRUE", Sexp.of(((Unit.Theorem) units.get(2)).statement()));
        assertNull(((Unit.Theorem) units.get(3)).statement());
        assertEquals(List.of(), Fixtures.describe(r));
    }

    @Test
    void shouldStopSkippingAProofAtASeparatorOrTheModuleEnd() {
        assertEquals(List.of("THEOREM T1", "X == 1"), units("THEOREM T1 == TRUE\n  OBVIOUS\n----\n  X == 1"));
        assertEquals(List.of("THEOREM T1"), units("THEOREM T1 == TRUE\n<1> QED OBVIOUS"));
    }

    @Test
    void shouldAcceptSeparatorsBetweenUnits() {
        assertEquals(List.of("X == 1", "Y == 2"), units("X == 1\n-------------\nY == 2\n----"));
    }

    @Test
    void shouldReadNestedModules() {
        ParseResult r = Fixtures.parse("X == 1\n---- MODULE Inner ----\nEXTENDS Naturals\nQ == 1\n====\nY == Q");
        assertEquals(List.of("X == 1", "MODULE Inner", "Y == Q"), r.module().units().stream().map(Sexp::of).toList());
        Module inner = ((Unit.NestedModule) r.module().units().get(1)).module();
        assertEquals(List.of("Q == 1"), inner.units().stream().map(Sexp::of).toList());
        assertEquals("Naturals", inner.extendsNames().get(0).name());
        assertEquals(new SourceSpan("T.tla", 3, 1, 6, 4), inner.span());
    }

    @Test
    void shouldSkipNestedCommentsAndPlusCal() {
        String body = """
                (* outer (* inner *) still a comment *)
                \\* line comment ====
                (*--algorithm foo
                variables x = 0;
                begin
                  x := x + 1; (* nested *)
                end algorithm; *)
                (*--fair algorithm bar { skip } *)
                X == 1 \\* trailing (*
                Y == (* inline *) 2""";
        assertEquals(List.of("X == 1", "Y == 2"), units(body));
    }

    @Test
    void shouldAllowSeveralDefinitionsOnOneLine() {
        assertEquals(List.of("W == 4", "H == 5"), units("W == 4 H == 5"));
    }

    @Test
    void shouldGiveDefinitionsTheirSpans() {
        ParseResult r = Fixtures.parse("  Op(a) ==\n    a + 1");
        Unit.OperatorDef d = (Unit.OperatorDef) r.module().units().get(0);
        assertEquals(new SourceSpan("T.tla", 2, 3, 3, 9), d.span());
        assertEquals(new SourceSpan("T.tla", 2, 3, 2, 4), d.name().span());
        assertEquals(new SourceSpan("T.tla", 2, 6, 2, 6), d.params().get(0).name().span());
        assertEquals(new SourceSpan("T.tla", 3, 5, 3, 9), d.body().span());
    }

    @Test
    void shouldCanonicaliseDefinedOperatorNames() {
        Unit.OperatorDef d = (Unit.OperatorDef) Fixtures.parse("a \\circ b == a").module().units().get(0);
        assertEquals("\\o", d.name().name());
    }

    @Test
    void shouldReportAMissingModuleEndButKeepTheModule() {
        ParseResult r = Parser.parse("T.tla", "---- MODULE T ----\nX == 1\n");
        assertEquals(List.of("E0114 1:13 module 'T' is not closed by '===='"), Fixtures.describe(r));
        assertEquals(List.of("X == 1"), r.module().units().stream().map(Sexp::of).toList());
    }

    @Test
    void shouldReturnNoModuleWithoutAHeader() {
        ParseResult r = Parser.parse("T.tla", "X == 1\n");
        assertNull(r.module());
        assertTrue(!r.ok());
        assertEquals(List.of("E0113 1:1 no module header '---- MODULE Name ----' found"), Fixtures.describe(r));
    }

    @Test
    void shouldAcceptAnyFileNameThatDoesNotEndInTla() {
        assertTrue(Parser.parse("<stdin>", Fixtures.module("X == 1")).ok());
    }
}
