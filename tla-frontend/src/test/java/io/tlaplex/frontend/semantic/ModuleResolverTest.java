package io.tlaplex.frontend.semantic;

import static io.tlaplex.frontend.semantic.TestSpecs.app;
import static io.tlaplex.frontend.semantic.TestSpecs.body;
import static io.tlaplex.frontend.semantic.TestSpecs.errors;
import static io.tlaplex.frontend.semantic.TestSpecs.load;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tlaplex.frontend.diag.DiagnosticException;
import io.tlaplex.frontend.syntax.Expr;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModuleResolverTest {

    private static final String HELPER = """
            ---- MODULE Helper ----
            VARIABLE h
            CONSTANT K, F(_, _)
            LOCAL Secret == 1
            Shared == K
            ====
            """;

    @Test
    void shouldIndexVariablesInDeclarationOrderWithExtendedOnesFirst() throws DiagnosticException {
        SemanticModel model = load("""
                ---- MODULE Root ----
                EXTENDS Helper
                VARIABLES a, b
                ====
                """, HELPER);

        List<VariableSymbol> vars = model.variables();

        assertEquals(List.of("h", "a", "b"), vars.stream().map(VariableSymbol::name).toList());
        assertEquals(List.of(0, 1, 2), vars.stream().map(VariableSymbol::index).toList());
        assertEquals("Helper", vars.get(0).module().name());
    }

    @Test
    void shouldResolveConstantsWithTheirArity() throws DiagnosticException {
        SemanticModel model = load("""
                ---- MODULE Root ----
                EXTENDS Helper
                Use == F(K, K)
                ====
                """, HELPER);

        Expr.OpApp use = app(model, "Use");

        ConstantSymbol f = assertInstanceOf(ConstantSymbol.class, model.resolve(use).target());
        assertEquals(2, f.arity());
        assertEquals(List.of("K", "F"), model.constants().stream().map(ConstantSymbol::name).toList());
        assertSame(model.lookup("K").orElseThrow().target(), model.resolve((Expr.OpApp) use.args().get(0)).target());
    }

    @Test
    void shouldResolveOperatorParametersToTheirParamSymbols() throws DiagnosticException {
        SemanticModel model = load("""
                ---- MODULE Root ----
                Op(p, G(_)) == G(p)
                ====
                """);
        OperatorSymbol op = (OperatorSymbol) model.lookup("Op").orElseThrow().target();

        Expr.OpApp call = app(model, "Op");

        assertEquals(2, op.arity());
        assertEquals(1, op.params().get(1).arity());
        assertSame(op.params().get(1), model.resolve(call).target());
        assertSame(op.params().get(0), model.resolve((Expr.OpApp) call.args().get(0)).target());
        assertFalse(op.recursive());
        assertEquals("Root", op.module().name());
    }

    @Test
    void shouldBindQuantifierIdentifiersToTheirOccurrences() throws DiagnosticException {
        SemanticModel model = load("""
                ---- MODULE Root ----
                Q == \\E i \\in {1}, <<j, k>> \\in {<<1, 2>>} : i = k
                ====
                """);
        Expr.Quant quant = (Expr.Quant) body(model, "Q");
        Expr.OpApp eq = (Expr.OpApp) quant.body();

        Symbol i = model.declaration(quant.bounds().get(0).names().get(0));
        Symbol k = model.declaration(quant.bounds().get(1).names().get(1));

        assertInstanceOf(BoundSymbol.class, i);
        assertSame(i, model.resolve((Expr.OpApp) eq.args().get(0)).target());
        assertSame(k, model.resolve((Expr.OpApp) eq.args().get(1)).target());
        assertEquals(Builtin.Kind.EQ, ((Builtin) model.resolve(eq).target()).kind());
    }

    @Test
    void shouldBindFunctionConstructorAndSetFilterIdentifiers() throws DiagnosticException {
        SemanticModel model = load("""
                ---- MODULE Root ----
                Fn == [n \\in {m \\in {1, 2} : m /= 1} |-> n]
                ====
                """);
        Expr.FnCons fn = (Expr.FnCons) body(model, "Fn");
        Expr.SetFilter filter = (Expr.SetFilter) fn.bounds().get(0).set();
        Expr.OpApp test = (Expr.OpApp) filter.pred();

        Symbol n = model.declaration(fn.bounds().get(0).names().get(0));
        assertSame(n, model.resolve((Expr.OpApp) fn.body()).target());
        assertSame(model.declaration(filter.bound().names().get(0)),
                model.resolve((Expr.OpApp) test.args().get(0)).target());
    }

    @Test
    void shouldResolveLambdaParametersAndOperatorArguments() throws DiagnosticException {
        SemanticModel model = load("""
                ---- MODULE Root ----
                Apply(G(_), v) == G(v)
                Twice(a) == <<a, a>>
                UseName == Apply(Twice, 1)
                UseLambda == Apply(LAMBDA y : y, 2)
                ====
                """);
        Expr.OpApp useName = app(model, "UseName");
        Expr.Lambda lambda = (Expr.Lambda) app(model, "UseLambda").args().get(0);

        Symbol twice = model.lookup("Twice").orElseThrow().target();
        assertSame(twice, model.resolve((Expr.OpApp) useName.args().get(0)).target());
        ParamSymbol y = assertInstanceOf(ParamSymbol.class, model.declaration(lambda.params().get(0)));
        assertSame(y, model.resolve((Expr.OpApp) lambda.body()).target());
    }

    @Test
    void shouldMarkFunctionDefinitionsThatReferToThemselvesAsRecursive() throws DiagnosticException {
        SemanticModel model = load("""
                ---- MODULE Root ----
                EXTENDS Naturals
                fact[n \\in 0..5] == IF n = 0 THEN 1 ELSE n * fact[n - 1]
                sq[n \\in 0..5] == n * n
                ====
                """);

        FunctionSymbol fact = (FunctionSymbol) model.lookup("fact").orElseThrow().target();
        FunctionSymbol sq = (FunctionSymbol) model.lookup("sq").orElseThrow().target();

        assertTrue(fact.recursive());
        assertFalse(sq.recursive());
    }

    @Test
    void shouldLetRecursiveOperatorsReferToThemselves() throws DiagnosticException {
        SemanticModel model = load("""
                ---- MODULE Root ----
                EXTENDS Naturals
                RECURSIVE Sum(_)
                Sum(n) == IF n = 0 THEN 0 ELSE n + Sum(n - 1)
                ====
                """);

        OperatorSymbol sum = (OperatorSymbol) model.lookup("Sum").orElseThrow().target();

        assertTrue(sum.recursive());
        assertEquals(1, sum.params().size());
    }

    @Test
    void shouldScopeLetDefinitionsToTheirBody() {
        List<String> errors = errors("""
                ---- MODULE Root ----
                A == LET Inner(z) == z IN Inner(1)
                B == Inner(1)
                ====
                """);

        assertEquals(List.of("E0201 Root.tla:3:6: error: Unknown operator: `Inner'."), errors);
    }

    @Test
    void shouldAcceptTheSameDefinitionReachedTwiceThroughExtends() throws DiagnosticException {
        SemanticModel model = load("""
                ---- MODULE Root ----
                EXTENDS Left, Right
                Use == Base
                ====
                """, """
                ---- MODULE Left ----
                EXTENDS Bottom
                ====
                """, """
                ---- MODULE Right ----
                EXTENDS Bottom
                ====
                """, """
                ---- MODULE Bottom ----
                Base == 1
                ====
                """);

        assertEquals("Bottom", ((OperatorSymbol) model.resolve(app(model, "Use")).target()).module().name());
    }

    @Test
    void shouldNotExportLocalDefinitions() {
        List<String> errors = errors("""
                ---- MODULE Root ----
                EXTENDS Helper
                Use == Secret
                ====
                """, HELPER);

        assertEquals(List.of("E0201 Root.tla:3:8: error: Unknown operator: `Secret'."), errors);
    }

    @Test
    void shouldReportUnknownOperatorLikeSany() {
        List<String> errors = errors("""
                ---- MODULE Root ----
                EXTENDS Naturals
                Foo == bar + 1
                ====
                """);

        assertEquals(List.of("E0201 Root.tla:3:8: error: Unknown operator: `bar'."), errors);
    }

    @Test
    void shouldReportDuplicateDefinition() {
        List<String> errors = errors("""
                ---- MODULE Root ----
                Dup == 1
                Dup == 2
                ====
                """);

        assertEquals(List.of("E0202 Root.tla:3:1: error: Multiply-defined symbol 'Dup': this definition or declaration "
                + "conflicts with the one at line 2, column 1 of module Root."), errors);
    }

    @Test
    void shouldReportBoundIdentifierThatRedefinesAVariable() {
        List<String> errors = errors("""
                ---- MODULE Root ----
                VARIABLE x
                S == \\E x \\in {1} : TRUE
                ====
                """);

        assertEquals(List.of("E0202 Root.tla:3:9: error: Multiply-defined symbol 'x': this definition or declaration "
                + "conflicts with the one at line 2, column 10 of module Root."), errors);
    }

    @Test
    void shouldReportDefinitionThatClashesWithAnExtendedOne() {
        List<String> errors = errors("""
                ---- MODULE Root ----
                EXTENDS Helper
                Shared == 3
                ====
                """, HELPER);

        assertEquals(List.of("E0202 Root.tla:3:1: error: Multiply-defined symbol 'Shared': this definition or "
                + "declaration conflicts with the one at line 5, column 1 of module Helper."), errors);
    }

    @Test
    void shouldReportWrongNumberOfArguments() {
        List<String> errors = errors("""
                ---- MODULE Root ----
                Two(a, b) == <<a, b>>
                W == Two(1)
                Z == Two
                ====
                """);

        assertEquals(List.of(
                "E0203 Root.tla:3:6: error: The operator `Two' requires 2 arguments, but is applied to 1.",
                "E0203 Root.tla:4:6: error: The operator `Two' requires 2 arguments, but is applied to 0."), errors);
    }

    @Test
    void shouldReportVariableAppliedToArguments() {
        List<String> errors = errors("""
                ---- MODULE Root ----
                VARIABLE x
                V == x(1)
                ====
                """);

        assertEquals(List.of("E0204 Root.tla:3:6: error: `x' is not an operator, so it cannot be applied to "
                + "arguments."), errors);
    }

    @Test
    void shouldReportSelfReferenceWithoutRecursiveDeclaration() {
        List<String> errors = errors("""
                ---- MODULE Root ----
                Self == <<Self>>
                ====
                """);

        assertEquals(List.of("E0208 Root.tla:2:11: error: `Self' is used in its own definition but is not declared "
                + "RECURSIVE."), errors);
    }

    @Test
    void shouldReportReferenceToALaterDefinition() {
        List<String> errors = errors("""
                ---- MODULE Root ----
                Early == Later
                Later == 1
                ====
                """);

        assertEquals(List.of("E0208 Root.tla:2:10: error: `Later' is used before its definition; declare it RECURSIVE "
                + "to allow that."), errors);
    }

    @Test
    void shouldReportRecursiveDeclarationWithoutDefinition() {
        List<String> errors = errors("""
                ---- MODULE Root ----
                RECURSIVE Never(_)
                ====
                """);

        assertEquals(List.of("E0208 Root.tla:2:11: error: `Never' is declared RECURSIVE but never defined."), errors);
    }

    @Test
    void shouldReportAtOutsideExcept() {
        List<String> errors = errors("""
                ---- MODULE Root ----
                EXTENDS Naturals
                f == [i \\in {1} |-> 0]
                Ok == [f EXCEPT ![1] = @ + 1]
                Bad == @
                ====
                """);

        assertEquals(List.of("E0209 Root.tla:5:8: error: @ can only be used in the new value of an EXCEPT clause."),
                errors);
    }

    @Test
    void shouldReportOperatorArgumentOfWrongArity() {
        List<String> errors = errors("""
                ---- MODULE Root ----
                Apply(G(_)) == G(1)
                Two(a, b) == <<a, b>>
                U == Apply(Two)
                L == Apply(LAMBDA p, q : p)
                N == Apply(3)
                ====
                """);

        assertEquals(List.of(
                "E0213 Root.tla:4:12: error: Argument 1 of `Apply' must be an operator with 1 argument, but `Two' "
                        + "takes 2.",
                "E0213 Root.tla:5:12: error: Argument 1 of `Apply' must be an operator with 1 argument, but this "
                        + "LAMBDA takes 2.",
                "E0213 Root.tla:6:12: error: Argument 1 of `Apply' must be an operator with 1 argument."), errors);
    }
}
