package io.tlaplex.coordinator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The cluster's termination protocol (docs/specs/ClusterTermination.tla) is checked by tlaplex in every build: the
 * protocol as implemented (idle reports counted as the first of two waves) keeps every invariant; the first version,
 * which swapped a node's queues only when it started the next level, files a state in the wrong level; and a
 * shortcut that reads the counters before the idle flag and ends a level on one wave ends it too early.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ClusterTerminationSpecTest {
    private static final Path SPECS = Path.of("..", "docs", "specs");

    private record Run(int status, String out) {
    }

    private static Run check(String config) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        int status = Tlaplex.standard().run(new String[] {"check", SPECS.resolve("ClusterTermination.tla").toString(),
            "-config", SPECS.resolve(config).toString(), "-workers", "2"}, print, print);
        return new Run(status, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void shouldKeepEveryInvariantOfTheTwoPhaseLevelProtocol() {
        Run run = check("ClusterTermination.cfg");

        assertEquals(0, run.status(), run.out());
        assertTrue(run.out().contains("Model checking completed. No error has been found."), run.out());
    }

    @Test
    void shouldFileAStateInTheWrongLevelWhenNodesSwapTheirQueuesOnlyWhenTheyStart() {
        Run run = check("ClusterTerminationOnePhase.cfg");

        assertEquals(12, run.status(), run.out());
        assertTrue(run.out().contains("Error: Invariant NoMisfiledState is violated."), run.out());
    }

    @Test
    void shouldEndALevelWithAStateInFlightWhenCountersAreReadBeforeTheIdleFlagAndOneWaveSuffices() {
        Run run = check("ClusterTerminationCountersFirst.cfg");

        assertEquals(12, run.status(), run.out());
        assertTrue(run.out().contains("Error: Invariant EndOnlyWhenDone is violated."), run.out());
    }
}
