package io.tlaplex.coordinator.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tlaplex.coordinator.phase.CheckSummary;
import io.tlaplex.coordinator.phase.CheckpointOptions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A cluster check of a spec with temporal properties that cannot record the behaviour graph stops before any node
 * is started, saying why.
 */
class LiveClusterTest {
    private static final Path LIVE_LOOP = TestSpecs.REPO.resolve("coordinator/src/test/resources/cluster/LiveLoop.tla");

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @Test
    void shouldRefuseATemporalSpecWhenTheNodesHaveNoFolderSharedWithTheCoordinator() {
        CheckSummary summary = new ClusterCheck(out, out, System::nanoTime).run(TestSpecs.load(LIVE_LOOP, 1),
                run(null));

        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(255, summary.exitCode());
        assertTrue(printed.contains("\nError: the spec has temporal properties: give the coordinator and every node "
                + "-live-dir DIR, a folder they share, where the nodes record the behaviour graph.\n"), printed);
        assertFalse(printed.contains("Computing initial states"), printed);
    }

    @Test
    void shouldRefuseToRecoverATemporalSpecFromACheckpoint() {
        CheckpointOptions recover = new CheckpointOptions(Path.of("states"), 0, true, false, "spec", "config");

        CheckSummary summary = new ClusterCheck(out, out, System::nanoTime).withLiveDir(Path.of("live"))
                .run(TestSpecs.load(LIVE_LOOP, 1), run(recover));

        assertEquals(153, summary.exitCode());
        assertTrue(bytes.toString(StandardCharsets.UTF_8).contains("\nError: -recover cannot resume a run with "
                + "temporal properties yet: their behaviour graph is not part of checkpoints.\n"),
                bytes.toString(StandardCharsets.UTF_8));
    }

    /** A run whose nodes must never be started. */
    private static ClusterCheck.Run run(CheckpointOptions checkpoints) {
        return new ClusterCheck.Run(2, new PekkoSettings("127.0.0.1", 0, List.of(), CoordinatorSingleton.ROLE, false,
                null), ClusterSecret.generate(), (seed, onFailure) -> {
                    throw new AssertionError("no node may start");
                }, Duration.ofSeconds(1), false, checkpoints);
    }
}
