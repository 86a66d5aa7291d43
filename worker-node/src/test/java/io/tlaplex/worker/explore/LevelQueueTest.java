package io.tlaplex.worker.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tlaplex.worker.queue.StateBatch;
import io.tlaplex.worker.queue.StateQueue;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LevelQueueTest {
    @TempDir
    Path dir;

    private StateQueue encoded;
    private LevelQueue queue;
    private final TakenBatch batch = new TakenBatch();

    @BeforeEach
    void open() {
        encoded = new StateQueue(dir, "q", 1 << 20, 4096);
        queue = new LevelQueue(new StateLane(2), encoded);
    }

    @AfterEach
    void close() {
        encoded.close();
    }

    /** Queues "a" and "b" as objects, then 3 and 4 encoded (one payload byte each), as a worker would. */
    private void fill() {
        queue.add("a", 1, 10, 2);
        queue.add("b", 2, 20, 2);
        StateBatch out = new StateBatch(256);
        for (int n = 3; n <= 4; n++) {
            int at = out.reserve(n, 0, 10L * n, 0, 2, 1);
            out.array()[at] = (byte) n;
        }
        queue.append(out);
    }

    @Test
    void shouldKeepStatesAsObjectsOnlyWhileItsLaneHasRoom() {
        assertTrue(queue.hasRoom());
        queue.add("a", 1, 10, 2);
        queue.add("b", 2, 20, 2);

        assertFalse(queue.hasRoom());
        assertEquals(2, queue.size());
        assertEquals(2, queue.objects());
    }

    @Test
    void shouldCountObjectsAndEncodedStates() {
        fill();

        assertEquals(4, queue.size());
        assertEquals(2, queue.objects());
        assertEquals(2, queue.encoded().size());
    }

    @Test
    void shouldHandOutObjectsBeforeEncodedStates() {
        fill();

        assertEquals(2, queue.poll(batch, 3));
        assertFalse(batch.isEncoded());
        assertSame("a", batch.state(0));
        assertSame("b", batch.state(1));
        assertEquals(20, batch.traceRef(1));

        assertEquals(2, queue.poll(batch, 3));
        assertTrue(batch.isEncoded());
        assertEquals(3, batch.fingerprint(0));
        assertEquals(40, batch.traceRef(1));
        assertEquals(2, batch.depth(1));
        assertEquals(4, batch.bytes().array()[batch.bytes().payloadOffset(1)]);

        assertEquals(0, queue.poll(batch, 3));
        assertEquals(0, queue.size());
    }
}
