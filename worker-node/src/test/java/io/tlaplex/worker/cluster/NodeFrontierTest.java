package io.tlaplex.worker.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tlaplex.worker.queue.StateBatch;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node's levels: what several producers queue for the next level is counted exactly (batches not yet handed over
 * included), spills to disk beyond the memory budget, comes back whole and in each producer's order once it is the
 * current level, and leaves no file behind.
 */
class NodeFrontierTest {
    private static final int STATES = 200_000;

    @TempDir
    Path dir;

    @Test
    void shouldSpillALevelLargerThanItsBudgetAndGiveItBackWhole() throws Exception {
        try (NodeFrontier frontier = new NodeFrontier(dir, 1 << 20)) {
            Outbox even = frontier.outbox();
            Outbox odd = frontier.outbox();
            for (long s = 0; s < STATES; s++) {
                byte[] bytes = ByteBuffer.allocate(24).putLong(s).putLong(~s).putLong(s * 31).array();
                (s % 2 == 0 ? even : odd).add(s, s + 1, bytes, 0, bytes.length);
            }
            assertEquals(STATES, frontier.queued(), "queued, with what the outboxes still hold");
            assertTrue(frontier.bytesOnDisk() > 0, "a level of ~12 MB spills beyond a 1 MiB budget");

            frontier.advance();
            assertEquals(STATES, frontier.queued());
            StateBatch batch = new StateBatch(1024);
            long lastEven = -2;
            long lastOdd = -1;
            long taken = 0;
            while (frontier.take(batch, 500) > 0) {
                for (int i = 0; i < batch.size(); i++) {
                    long fp = batch.fingerprint(i);
                    ByteBuffer payload = ByteBuffer.wrap(batch.array(), batch.payloadOffset(i), 24);
                    assertEquals(fp, payload.getLong());
                    assertEquals(~fp, payload.getLong());
                    assertEquals(fp + 1, batch.traceRef(i));
                    if (fp % 2 == 0) {
                        assertEquals(lastEven + 2, fp, "each producer's states come back in its order");
                        lastEven = fp;
                    } else {
                        assertEquals(lastOdd + 2, fp);
                        lastOdd = fp;
                    }
                    taken++;
                }
            }
            assertEquals(STATES, taken);
            assertEquals(0, frontier.queued());
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(0, left.count(), "spill segments left behind");
        }
    }
}
