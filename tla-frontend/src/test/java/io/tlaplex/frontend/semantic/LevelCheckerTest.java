package io.tlaplex.frontend.semantic;

import static io.tlaplex.frontend.semantic.TestSpecs.app;
import static io.tlaplex.frontend.semantic.TestSpecs.errors;
import static io.tlaplex.frontend.semantic.TestSpecs.load;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tlaplex.frontend.diag.DiagnosticException;
import java.util.List;
import org.junit.jupiter.api.Test;

class LevelCheckerTest {

    private static final String HEADER = """
            ---- MODULE Root ----
            EXTENDS Naturals
            CONSTANT c
            VARIABLE x
            """;

    private static int level(SemanticModel model, String name) {
        return model.levelOf(model.lookup(name).orElseThrow().target());
    }

    @Test
    void shouldComputeTheFourLevelsOfDefinitions() throws DiagnosticException {
        SemanticModel model = load(HEADER + """
                Const == c + 1
                State == x + c
                Action == x' = x + 1
                Temporal == [][Action]_x /\\ WF_x(Action)
                Enabled == ENABLED Action
                ====
                """);

        assertEquals(List.of(0, 1, 2, 3, 1), List.of(level(model, "Const"), level(model, "State"),
                level(model, "Action"), level(model, "Temporal"), level(model, "Enabled")));
    }

    @Test
    void shouldGiveAnApplicationTheLevelOfTheArgumentsItsParametersAreUsedAt() throws DiagnosticException {
        SemanticModel model = load(HEADER + """
                Inc(a) == a + 1
                Ignore(a) == 1
                OnConst == Inc(c)
                OnVar == Inc(x)
                Ignored == Ignore(x')
                ====
                """);

        assertEquals(0, level(model, "Inc"));
        assertEquals(List.of(0, 1, 0),
                List.of(level(model, "OnConst"), level(model, "OnVar"), level(model, "Ignored")));
        assertEquals(1, model.levelOf(app(model, "OnVar")));
    }

    @Test
    void shouldSubstituteLevelsThroughInstances() throws DiagnosticException {
        SemanticModel model = load(HEADER + """
                M == INSTANCE Inner WITH k <- x
                N == INSTANCE Inner WITH k <- 1
                ViaVar == M!Get
                ViaConst == N!Get
                ====
                """, """
                ---- MODULE Inner ----
                CONSTANT k
                Get == k
                ====
                """);

        assertEquals(List.of(1, 0), List.of(level(model, "ViaVar"), level(model, "ViaConst")));
        assertEquals(1, model.levelOf(model.resolve(app(model, "ViaVar"))));
    }

    @Test
    void shouldReportPrimingAnActionLevelExpression() {
        List<String> errors = errors(HEADER + """
                Bad == (x')'
                ====
                """);

        assertEquals(List.of("E0210 Root.tla:5:9: error: Level error in applying operator ': argument 1 has level "
                + "2 (action), but at most level 1 (state) is allowed."), errors);
    }

    @Test
    void shouldReportAlwaysOfAnActionNotInBoxForm() {
        List<String> errors = errors(HEADER + """
                Ok == [][x' = x]_x
                Bad == [](x' = x)
                ====
                """);

        assertEquals(List.of("E0210 Root.tla:6:8: error: [] followed by action not of form [A]_v."), errors);
    }

    @Test
    void shouldReportEventuallyOfAnActionNotInAngleForm() {
        List<String> errors = errors(HEADER + """
                Ok == <><<x' = x>>_x
                Bad == <>(x' = x)
                ====
                """);

        assertEquals(List.of("E0210 Root.tla:6:8: error: <> followed by action not of form <<A>>_v."), errors);
    }

    @Test
    void shouldReportEnabledOfATemporalFormula() {
        List<String> errors = errors(HEADER + """
                Bad == ENABLED []x
                ====
                """);

        assertEquals(List.of("E0212 Root.tla:5:8: error: Level error in applying operator ENABLED: argument 1 has "
                + "level 3 (temporal), but at most level 2 (action) is allowed."), errors);
    }

    @Test
    void shouldReportUnchangedOfAnAction() {
        List<String> errors = errors(HEADER + """
                Bad == UNCHANGED (x')
                ====
                """);

        assertEquals(List.of("E0210 Root.tla:5:8: error: Level error in applying operator UNCHANGED: argument 1 has "
                + "level 2 (action), but at most level 1 (state) is allowed."), errors);
    }

    @Test
    void shouldReportTemporalOperatorInsideAnAction() {
        List<String> errors = errors(HEADER + """
                Bad == x' = []x
                ====
                """);

        assertEquals(List.of("E0212 Root.tla:5:8: error: Level error in applying operator =: argument 2 has level "
                + "3 (temporal), but at most level 2 (action) is allowed."), errors);
    }

    @Test
    void shouldReportConjunctionOfActionAndTemporalFormula() {
        List<String> errors = errors(HEADER + """
                Bad == []x /\\ x' = x
                List == /\\ []x
                        /\\ x' = x
                ====
                """);

        assertEquals(List.of("E0212 Root.tla:5:8: error: /\\ has both temporal formula and action as arguments.",
                "E0212 Root.tla:6:9: error: Conjunction list has both temporal formula and action as arguments."),
                errors);
    }

    @Test
    void shouldReportActionOperandOfLeadsTo() {
        List<String> errors = errors(HEADER + """
                Bad == x' = x ~> x = 1
                ====
                """);

        assertEquals(List.of("E0210 Root.tla:5:8: error: Action used where only temporal formula or state predicate "
                + "allowed."), errors);
    }

    @Test
    void shouldReportActionLevelBoundOfTemporalQuantifier() {
        List<String> errors = errors(HEADER + """
                Bad == \\A v \\in {x'} : []v
                ====
                """);

        assertEquals(List.of("E0212 Root.tla:5:17: error: Action-level bound of quantified temporal formula."), errors);
    }

    @Test
    void shouldReportNonConstantAssumption() {
        List<String> errors = errors(HEADER + """
                ASSUME c > 0
                ASSUME x > 0
                ====
                """);

        assertEquals(List.of("E0211 Root.tla:6:8: error: Level error: an ASSUME must be constant-level, but this one "
                + "has level 1 (state)."), errors);
    }

    @Test
    void shouldReportArgumentAboveWhatAnOperatorAllows() {
        List<String> errors = errors(HEADER + """
                Next(e) == e'
                Ok == Next(x)
                Bad == Next(x')
                ====
                """);

        assertEquals(List.of("E0210 Root.tla:7:8: error: Level error in applying operator Next: argument 1 has level "
                + "2 (action), which exceeds the maximum level allowed by the operator."), errors);
    }

    @Test
    void shouldReportNonConstantSubstitutionForConstantOperator() {
        List<String> errors = errors(HEADER + """
                I == INSTANCE Inner WITH F <- LAMBDA a : a + x
                ====
                """, """
                ---- MODULE Inner ----
                CONSTANT F(_)
                ====
                """);

        assertEquals(List.of("E0211 Root.tla:5:31: error: Level error in instantiating module Inner: the substitution "
                + "for the constant operator `F' must be constant-level, but has level 1 (state)."), errors);
    }

    @Test
    void shouldReportActionLevelSubstitutionForVariable() {
        List<String> errors = errors(HEADER + """
                I == INSTANCE Inner WITH v <- x'
                ====
                """, """
                ---- MODULE Inner ----
                VARIABLE v
                ====
                """);

        assertEquals(List.of("E0210 Root.tla:5:31: error: Level error in instantiating module Inner: the substitution "
                + "for VARIABLE `v' has level 2 (action), but can be at most level 1 (state)."), errors);
    }

    @Test
    void shouldReportSubstitutionThatTheInstantiatedModuleCannotPrime() {
        List<String> errors = errors(HEADER + """
                I == INSTANCE Inner WITH k <- x'
                ====
                """, """
                ---- MODULE Inner ----
                CONSTANT k
                Step == k'
                ====
                """);

        assertEquals(List.of("E0210 Root.tla:5:31: error: Level error in instantiating module Inner: the substitution "
                + "for `k' has level 2 (action), which the definition of `Step' does not allow."), errors);
    }

    @Test
    void shouldHandleRecursiveOperatorsAtTheLevelOfTheirArguments() throws DiagnosticException {
        SemanticModel model = load(HEADER + """
                RECURSIVE Down(_)
                Down(n) == IF n = 0 THEN 0 ELSE Down(n - 1)
                OnVar == Down(x)
                ====
                """);

        assertEquals(List.of(0, 1), List.of(level(model, "Down"), level(model, "OnVar")));
    }
}
