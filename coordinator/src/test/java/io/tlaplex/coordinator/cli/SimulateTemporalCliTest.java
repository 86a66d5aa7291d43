package io.tlaplex.coordinator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Temporal properties in {@code -simulate}: each finished behaviour is checked, as TLC does. */
@Timeout(60)
class SimulateTemporalCliTest {
    private static final String CYCLE = """
            ---- MODULE Cycle ----
            EXTENDS Naturals
            VARIABLE x
            Init == x = 0
            Next == x' = (x + 1) % 3
            Fair == Init /\\ [][Next]_x /\\ WF_x(Next)
            Unfair == Init /\\ [][Next]_x
            Never == <>(x = 5)
            Often == []<>(x = 0)
            Reach == <>(x = 2)
            ====
            """;

    @TempDir
    Path dir;

    private record Run(int status, String out) {
    }

    private Run simulate(String cfg, String workers) throws IOException {
        Files.writeString(dir.resolve("Cycle.tla"), CYCLE);
        Files.writeString(dir.resolve("Cycle.cfg"), cfg);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = Tlaplex.standard().run(new String[] {"check", dir.resolve("Cycle.tla").toString(), "-simulate",
            "num=200", "-depth", "20", "-workers", workers}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8));
    }

    private static String counterexample(String out) {
        return out.substring(out.indexOf("Error: Temporal properties were violated."),
                out.indexOf("The number of states generated"));
    }

    @Test
    void shouldReportTheCycleOfABehaviourThatViolatesAProperty() throws IOException {
        Run run = simulate("SPECIFICATION Fair\nPROPERTY Never\n", "1");

        assertEquals(13, run.status(), run.out());
        assertEquals("""
                Error: Temporal properties were violated.

                Error: The following behavior constitutes a counter-example:

                State 1: <Initial predicate>
                x = 0

                State 2: <Next line 5, col 9 to line 5, col 24 of module Cycle>
                x = 1

                State 3: <Next line 5, col 9 to line 5, col 24 of module Cycle>
                x = 2

                State 4: Back to state 1: <Next line 5, col 9 to line 5, col 24 of module Cycle>

                """, counterexample(run.out()));
    }

    @Test
    void shouldReportStutteringWithoutFairness() throws IOException {
        Run run = simulate("SPECIFICATION Unfair\nPROPERTY Reach\n", "1");

        assertEquals(13, run.status(), run.out());
        assertTrue(counterexample(run.out()).endsWith("Stuttering\n\n"), run.out());
    }

    @Test
    void shouldPassBehavioursThatSatisfyTheProperties() throws IOException {
        Run run = simulate("SPECIFICATION Fair\nPROPERTY Often Reach\n", "2");

        assertEquals(0, run.status(), run.out());
        assertTrue(run.out().contains("Implied-temporal checking--satisfiability problem has 2 branches."), run.out());
        assertFalse(run.out().contains("Temporal properties were violated"), run.out());
        assertTrue(run.out().contains("200 traces generated"), run.out());
    }

    @Test
    void shouldReportTheSameCounterexampleWithAnyNumberOfWorkers() throws IOException {
        String one = counterexample(simulate("SPECIFICATION Unfair\nPROPERTY Reach\n", "1").out());

        assertEquals(one, counterexample(simulate("SPECIFICATION Unfair\nPROPERTY Reach\n", "3").out()));
    }
}
