package io.tlaplex.frontend.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tlaplex.frontend.diag.DiagnosticException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SYMMETRY and VIEW change what counts as a distinct state; PROPERTIES are split as TLC splits them. */
class ReductionAndPropertyTest {
    private static final String TOKENS = """
            ---- MODULE T ----
            EXTENDS Naturals, TLC
            CONSTANT Proc
            VARIABLES has, steps
            Init == has = [p \\in Proc |-> FALSE] /\\ steps = 0
            Take(p) == ~has[p] /\\ has' = [has EXCEPT ![p] = TRUE] /\\ steps' = steps + 1
            Next == \\E p \\in Proc : Take(p)
            Sym == Permutations(Proc)
            View == has
            AllTaken == [](steps <= 3)
            Grows == [][steps' > steps]_steps
            StartsAtZero == steps = 0
            Eventually == <>(steps = 3)
            ====
            """;
    private static final String CFG = "CONSTANT Proc = {a, b, c}\nINIT Init\nNEXT Next\nCHECK_DEADLOCK FALSE\n";

    @Test
    void shouldCountEveryStateWithoutReduction() throws Exception {
        assertEquals(new Specs.Counts(8, 13, 4, "success"), Specs.bfs(Specs.compile(CFG, TOKENS)));
    }

    @Test
    void shouldCountSymmetricStatesOnceUnderSymmetry() throws Exception {
        assertEquals(new Specs.Counts(4, 7, 4, "success"), Specs.bfs(Specs.compile(CFG + "SYMMETRY Sym\n", TOKENS)));
    }

    @Test
    void shouldIdentifyStatesByTheirViewValue() throws Exception {
        String spec = TOKENS.replace("/\\ steps' = steps + 1", "/\\ steps' = steps + 1 + 0 * steps")
                .replace("Next == \\E p \\in Proc : Take(p)", "Next == \\E p \\in Proc : Take(p)\nV2 == steps");
        CompiledSpec withView = Specs.compile(CFG + "VIEW V2\n", spec);

        assertEquals(new Specs.Counts(4, 7, 4, "success"), Specs.bfs(withView));
    }

    @Test
    void shouldSplitPropertiesIntoInvariantsActionPropertiesInitialPredicatesAndLiveness() throws Exception {
        CompiledSpec spec = Specs.compile(CFG + "PROPERTIES AllTaken Grows StartsAtZero Eventually\n", TOKENS);

        assertEquals(1, spec.invariantCount());
        assertEquals("AllTaken", spec.invariantName(0));
        assertEquals(1, spec.actionPropertyCount());
        assertEquals("Grows", spec.actionPropertyName(0));
        assertEquals(1, spec.impliedInitCount());
        assertEquals(List.of("Eventually"), spec.temporalProperties());
        assertEquals(new Specs.Counts(8, 13, 4, "success"), Specs.bfs(spec));
    }

    @Test
    void shouldReportAViolatedActionProperty() throws Exception {
        String spec = TOKENS.replace("steps' = steps + 1", "steps' = steps").replace("]_steps", "]_has");
        CompiledSpec compiled = Specs.compile(CFG + "PROPERTY Grows\n", spec);

        assertEquals("action property", Specs.bfs(compiled).outcome());
    }

    @Test
    void shouldRejectAnInvariantThatIsNotAStatePredicateWithExitCode76() {
        DiagnosticException e = assertThrows(DiagnosticException.class,
                () -> Specs.compile(CFG + "INVARIANT Grows\n", TOKENS));

        assertEquals(76, e.exitCode());
        assertEquals("The invariant Grows is not a state predicate (one with no primes or temporal operators).",
                e.diagnostics().get(0).message());
    }

    @Test
    void shouldPrintStatesAsTlcTraces() throws Exception {
        CompiledSpec spec = Specs.compile(CFG, TOKENS);
        Worker w = spec.newWorker();
        StringBuilder out = new StringBuilder();
        w.initialStates((s, a) -> out.append(w.format(s)));

        assertEquals("/\\ has = (a :> FALSE @@ b :> FALSE @@ c :> FALSE)\n/\\ steps = 0", out.toString());
    }
}
