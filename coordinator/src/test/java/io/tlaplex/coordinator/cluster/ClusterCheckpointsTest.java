package io.tlaplex.coordinator.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tlaplex.worker.checkpoint.CheckpointException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The coordinator's checkpoints of a cluster run: due by the interval or when asked for, committed epochs resumed
 * with their level and counters, a folder that already holds checkpoints refused for a fresh run.
 */
class ClusterCheckpointsTest {
    private static final RunHashes HASHES = new RunHashes("spec-1", "config-1");

    @TempDir
    Path dir;

    @Test
    void shouldBeDueWhenAskedForEvenWithoutAnIntervalAndNotAfterTheCommit() throws Exception {
        AtomicLong clock = new AtomicLong();
        ClusterCheckpoints checkpoints = ClusterCheckpoints.fresh(dir, 0, clock::get, HASHES, 7);

        assertFalse(checkpoints.due());
        checkpoints.request();
        assertTrue(checkpoints.due());
        int epoch = checkpoints.beginEpoch();
        checkpoints.commit(1, epoch, 5, 100, 40, 2, 1, List.of());
        assertFalse(checkpoints.due(), "the request was served");

        ClusterCheckpoints.Resume resume = ClusterCheckpoints.resume(dir, 0, clock::get, HASHES, 7).resumed();
        assertEquals(new ClusterCheckpoints.Resume(1, 5, 100, 40, 2, 2, List.of()), resume);
    }

    @Test
    void shouldBeDueByTheIntervalAndRefuseAFolderThatHoldsCheckpoints() throws Exception {
        AtomicLong clock = new AtomicLong();
        ClusterCheckpoints checkpoints = ClusterCheckpoints.fresh(dir, 1_000, clock::get, HASHES, 7);
        clock.set(999);
        assertFalse(checkpoints.due());
        clock.set(1_000);
        assertTrue(checkpoints.due());
        checkpoints.commit(1, checkpoints.beginEpoch(), 3, 10, 4, 1, 1, List.of());
        assertFalse(checkpoints.due());

        CheckpointException e = assertThrows(CheckpointException.class,
                () -> ClusterCheckpoints.fresh(dir, 0, clock::get, HASHES, 7));
        assertEquals(dir + " already holds checkpoints: resume them with -recover " + dir
                + ", or choose another -metadir", e.getMessage());
    }
}
