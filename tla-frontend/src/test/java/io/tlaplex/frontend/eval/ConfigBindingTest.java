package io.tlaplex.frontend.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tlaplex.frontend.diag.DiagCode;
import io.tlaplex.frontend.diag.DiagnosticException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Constants and overrides from the configuration, its errors (exit 151), and ASSUME. */
class ConfigBindingTest {
    private static final String SPEC = """
            ---- MODULE M ----
            EXTENDS Naturals
            CONSTANTS N, Proc, Null
            VARIABLE x
            Limit == 100
            Init == x = 0
            Next == x < N /\\ x' = x + 1
            Members == {p \\in Proc : p # Null}
            ASSUME N < Limit
            ====
            """;

    @Test
    void shouldBindConstantsToValuesAndBareNamesToModelValues() throws Exception {
        CompiledSpec spec = Specs.compile("CONSTANTS N = 3 Proc = {p1, p2} Null = Null\nINIT Init\nNEXT Next\n"
                + "CHECK_DEADLOCK FALSE\n", SPEC);

        assertEquals(new Specs.Counts(4, 4, 4, "success"), Specs.bfs(spec));
        assertEquals("{p1, p2}", Eval.valueOfConfigured(spec, "Members").toString());
    }

    @Test
    void shouldReplaceConstantsAndDefinitionsWithDefinitions() throws Exception {
        String spec = SPEC.replace("ASSUME", "Two == 2\nSmall == 1\nASSUME");
        CompiledSpec compiled = Specs.compile("CONSTANTS N <- Two Proc = {} Null = Null Limit <- Small\n"
                + "INIT Init\nNEXT Next\nCHECK_DEADLOCK FALSE\n", spec);

        assertEquals(new Specs.Counts(3, 3, 3, "success"), Specs.bfs(compiled));
        assertEquals(1, compiled.checkAssumptions().size());
    }

    @Test
    void shouldReplaceADefinitionOfAGivenModule() throws Exception {
        String other = "---- MODULE Other ----\nLimit2 == 7\nUse == Limit2\n====\n";
        String spec = SPEC.replace("EXTENDS Naturals", "EXTENDS Naturals, Other");
        CompiledSpec compiled = Specs.compile("CONSTANTS N = 1 Proc = {} Null = Null Limit2 <- [Other] Limit\n"
                + "INIT Init\nNEXT Next\nCHECK_DEADLOCK FALSE\n", spec, other);

        assertEquals("100", Eval.valueOfConfigured(compiled, "Use").toString());
    }

    @Test
    void shouldRejectAConstantWithoutValueWithExitCode151() {
        DiagnosticException e = assertThrows(DiagnosticException.class,
                () -> Specs.compile("CONSTANTS N = 3 Proc = {}\nINIT Init\nNEXT Next\n", SPEC));

        assertEquals(151, e.exitCode());
        assertEquals(DiagCode.E0306_CFG_MISSING_CONSTANT, e.diagnostics().get(0).code());
    }

    @Test
    void shouldRejectAnUnknownInvariantWithExitCode151() {
        DiagnosticException e = assertThrows(DiagnosticException.class,
                () -> Specs.compile("CONSTANTS N = 3 Proc = {} Null = Null\nINIT Init\nNEXT Next\nINVARIANT Nope\n",
                        SPEC));

        assertEquals(151, e.exitCode());
        assertEquals(DiagCode.E0304_CFG_UNDEFINED_NAME, e.diagnostics().get(0).code());
    }

    @Test
    void shouldRejectAReplacementOfTheWrongArity() {
        String spec = SPEC.replace("ASSUME", "F(a) == a\nASSUME");
        DiagnosticException e = assertThrows(DiagnosticException.class,
                () -> Specs.compile("CONSTANTS N <- F Proc = {} Null = Null\nINIT Init\nNEXT Next\n", spec));

        assertEquals(151, e.exitCode());
        assertEquals(DiagCode.E0308_CFG_WRONG_ARITY, e.diagnostics().get(0).code());
    }

    @Test
    void shouldReportAFalseAssumptionAsTlcWithExitCode10() throws Exception {
        CompiledSpec spec = Specs.compile("CONSTANTS N = 300 Proc = {} Null = Null\nINIT Init\nNEXT Next\n", SPEC);

        List<EvalError> failures = spec.checkAssumptions();

        assertEquals(1, failures.size());
        assertEquals("Assumption line 9, col 8 to line 9, col 16 of module M is false.", failures.get(0).getMessage());
        assertEquals(EvalError.EXIT_ASSUMPTION, failures.get(0).exitCode());
    }

    @Test
    void shouldReportAnAssumptionThatCannotBeEvaluated() throws Exception {
        CompiledSpec spec = Specs.compile("CONSTANTS N = \"a\" Proc = {} Null = Null\nINIT Init\nNEXT Next\n", SPEC);

        List<EvalError> failures = spec.checkAssumptions();

        assertEquals(EvalError.EXIT_ASSUMPTION, failures.get(0).exitCode());
        assertEquals(true, failures.get(0).getMessage().startsWith(
                "Evaluating assumption line 9, col 8 to line 9, col 16 of module M failed.\n"));
    }
}
