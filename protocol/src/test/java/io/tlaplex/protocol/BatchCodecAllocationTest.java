package io.tlaplex.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import org.agrona.BufferUtil;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

/** Proves that writing and reading a batch allocates nothing once the JIT has warmed up. */
class BatchCodecAllocationTest {
    private static final int WARM_UP_BATCHES = 20_000;
    private static final int MEASURED_BATCHES = 2_000;

    /** Sums what it sees, so the reads are not optimised away. */
    private static final class SummingHandler implements BatchEntryHandler {
        long sum;

        @Override
        public void onEntry(int sourceNode, BatchEntryFlyweight entry) {
            sum += entry.fingerprint() + entry.parentFingerprint() + entry.actionId() + entry.stateLength();
        }
    }

    private final UnsafeBuffer state = new UnsafeBuffer(new byte[100]);
    private final BatchWriter heapWriter = new BatchWriter(new UnsafeBuffer(new byte[16 * 1024]), 1L, 0, 1);
    private final BatchWriter directWriter = new BatchWriter(
            new UnsafeBuffer(BufferUtil.allocateDirectAligned(16 * 1024, 64)), 1L, 2, 1);
    private final BatchReader reader = new BatchReader(1L, 1, 3);
    private final SummingHandler handler = new SummingHandler();

    private int writeAndRead(BatchWriter writer, long seed) {
        long fp = seed;
        while (writer.append(fp, fp - 1, (int) fp, state, 0, (int) (fp & 63) + 36)) {
            fp++;
        }
        int length = writer.seal();
        BatchVerdict verdict = reader.read(writer.buffer(), 0, length, handler);
        writer.markSent();
        return verdict == BatchVerdict.ACCEPTED ? 1 : 0;
    }

    @Test
    void shouldNotAllocateWhenWritingAndReadingBatchesAfterWarmUp() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isThreadAllocatedMemorySupported(), "allocation counting not supported by this JVM");
        threads.setThreadAllocatedMemoryEnabled(true);
        for (int i = 0; i < WARM_UP_BATCHES; i++) {
            writeAndRead(heapWriter, i);
            writeAndRead(directWriter, i);
        }
        threads.getCurrentThreadAllocatedBytes();

        long before = threads.getCurrentThreadAllocatedBytes();
        int accepted = 0;
        for (int i = 0; i < MEASURED_BATCHES; i++) {
            accepted += writeAndRead(heapWriter, i);
            accepted += writeAndRead(directWriter, i);
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertEquals(2 * MEASURED_BATCHES, accepted);
        assertTrue(handler.sum != 0);
        // A few hundred bytes can come from the JIT or the JVM itself; per batch it must be nothing.
        assertTrue(allocated < 16_384, allocated + " bytes allocated over " + 2 * MEASURED_BATCHES + " batches");
    }
}
