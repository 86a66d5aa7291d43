package io.tlaplex.worker.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tlaplex.frontend.value.MutableBuffer;
import io.tlaplex.worker.explore.StateCodec;
import io.tlaplex.worker.explore.TakenBatch;
import io.tlaplex.worker.queue.StateBatch;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
            TakenBatch taken = new TakenBatch();
            StateBatch batch = taken.bytes();
            long lastEven = -2;
            long lastOdd = -1;
            long count = 0;
            while (frontier.take(taken, 500) > 0) {
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
                    count++;
                }
            }
            assertEquals(STATES, count);
            assertEquals(0, frontier.queued());
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(0, left.count(), "spill segments left behind");
        }
    }

    @Test
    void shouldKeepTheFirstStatesAsObjectsAndEncodeTheRestIntoCheckpointsToo() throws Exception {
        StateCodec<long[]> codec = new StateCodec<>() {
            @Override
            public void encode(long[] state, MutableBuffer out) {
                out.putVarInt((int) state[0]);
            }

            @Override
            public long[] decode(byte[] bytes, int offset, int length) {
                return new long[] {bytes[offset] & 0x7F | (length > 1 ? (bytes[offset + 1] & 0x7F) << 7 : 0)};
            }
        };
        List<long[]> states = new ArrayList<>();
        // Half of a level's half of the budget, at 1 KiB an object: 1000 objects, 500 per outbox.
        try (NodeFrontier frontier = new NodeFrontier(dir, 4L * 1000 * 1024, codec)) {
            Outbox even = frontier.outbox();
            Outbox odd = frontier.outbox();
            for (int s = 0; s < 3000; s++) {
                long[] state = {s};
                states.add(state);
                (s % 2 == 0 ? even : odd).add(codec, state, s, s + 1);
            }
            assertEquals(3000, frontier.queued());
            Set<Long> checkpointed = new HashSet<>();
            frontier.forEachNext(batch -> {
                for (int i = 0; i < batch.size(); i++) {
                    long[] state = codec.decode(batch.array(), batch.payloadOffset(i), batch.payloadLength(i));
                    assertEquals(batch.fingerprint(i), state[0]);
                    assertEquals(state[0] + 1, batch.traceRef(i));
                    checkpointed.add(state[0]);
                }
            });
            assertEquals(3000, checkpointed.size(), "objects and encoded states both written");
            assertEquals(3000, frontier.queued(), "still queued after the checkpoint");

            frontier.advance();
            TakenBatch taken = new TakenBatch();
            Set<Long> seen = new HashSet<>();
            int objects = 0;
            while (frontier.take(taken, 64) > 0) {
                for (int i = 0; i < taken.size(); i++) {
                    long fp = taken.fingerprint(i);
                    if (taken.isEncoded()) {
                        StateBatch bytes = taken.bytes();
                        assertEquals(fp, codec.decode(bytes.array(), bytes.payloadOffset(i), bytes.payloadLength(i))[0]);
                    } else {
                        assertSame(states.get((int) fp), taken.state(i), "an object comes back as itself");
                        objects++;
                    }
                    assertEquals(fp + 1, taken.traceRef(i));
                    assertTrue(seen.add(fp));
                }
            }
            assertEquals(1000, objects);
            assertEquals(3000, seen.size());
            assertEquals(0, frontier.queued());
        }
    }
}
