package io.tlaplex.coordinator.phase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tlaplex.frontend.eval.live.LiveSpec;
import io.tlaplex.worker.liveness.GraphRecorder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The coordinator's wait for the nodes' parts of the behaviour graph, and its cleaning up after a missing part. */
class LiveGatherTest {
    private static final LiveSpec ONE_WORD = new LiveSpec(1, 1, List.of(), List.of());

    @TempDir
    Path dir;

    @Test
    void shouldNameTheNodeWhosePartIsMissingAndRemoveTheOthersParts() throws IOException {
        new GraphRecorder<Integer>(dir, "live-node0-", 1, 1).seal(LiveNode.index(dir, 0));
        long[] now = {0};
        LiveGather gather = new LiveGather(dir, 2, Duration.ofSeconds(5), () -> now[0] += 1_000_000_000L);

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> gather.check(ONE_WORD));

        assertEquals("node 1 did not hand over its part of the behaviour graph (" + LiveNode.index(dir, 1)
                + ") within 5 s", e.getMessage());
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.toList());
        }
    }

    @Test
    void shouldReportNoCounterexampleWithoutChecksOverTheGatheredParts() throws IOException {
        for (int node = 0; node < 2; node++) {
            new GraphRecorder<Integer>(dir, "live-node" + node + "-", 1, 1).seal(LiveNode.index(dir, node));
        }

        assertEquals(null, new LiveGather(dir, 2, Duration.ZERO, System::nanoTime).check(ONE_WORD));

        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.toList());
        }
    }
}
