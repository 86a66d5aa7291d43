package io.tlaplex.worker.explore;

import io.tlaplex.worker.nativeio.ThreadPlacement;
import io.tlaplex.worker.queue.StateQueue;
import io.tlaplex.worker.trace.TraceRef;
import java.nio.file.Path;

/**
 * How a {@link ParallelExplorer} runs: its workers, where its state queues spill and its trace logs live, and how
 * much memory the queues may hold.
 *
 * @param workers worker threads, 1 to 4096 (each writes its own trace log)
 * @param workDir a folder under the run's working directory; the explorer makes its own subfolder there for queue
 *     spill segments and trace logs and deletes it at the end of the run
 * @param queueMemoryBytes bytes of memory all state queues together may hold before they spill to disk
 * @param segmentBytes size of one queue chunk and spill segment, or 0 to derive it from {@code queueMemoryBytes}
 * @param batchStates most states a worker takes from a queue at once (own queue or a peer's)
 * @param placement pins each worker thread to the node's CPUs when not null; a refused pin is ignored
 * @param auditOwnership test mode: checks at every level end that each queued state was expanded exactly once,
 *     and only after it was in the fingerprint set; a breach makes {@link ParallelExplorer#run()} throw
 */
public record ParallelExplorerConfig(int workers, Path workDir, long queueMemoryBytes, int segmentBytes,
        int batchStates, ThreadPlacement placement, boolean auditOwnership) {
    public static final int DEFAULT_BATCH_STATES = 256;
    static final int MIN_DERIVED_SEGMENT_BYTES = 64 << 10;

    public ParallelExplorerConfig {
        if (workers < 1 || workers > TraceRef.MAX_LOG_ID + 1) {
            throw new IllegalArgumentException(
                    "workers must be in 1.." + (TraceRef.MAX_LOG_ID + 1) + ", got " + workers);
        }
        if (queueMemoryBytes < 0 || segmentBytes < 0 || batchStates < 1) {
            throw new IllegalArgumentException("queue memory " + queueMemoryBytes + ", segment " + segmentBytes
                    + " bytes and batch of " + batchStates + " states must not be negative (batch at least 1)");
        }
    }

    /** {@code workers} threads, derived segment size, batches of {@value #DEFAULT_BATCH_STATES}, no pinning. */
    public static ParallelExplorerConfig of(int workers, Path workDir, long queueMemoryBytes) {
        return new ParallelExplorerConfig(workers, workDir, queueMemoryBytes, 0, DEFAULT_BATCH_STATES, null, false);
    }

    public ParallelExplorerConfig withSegmentBytes(int bytes) {
        return new ParallelExplorerConfig(workers, workDir, queueMemoryBytes, bytes, batchStates, placement,
                auditOwnership);
    }

    public ParallelExplorerConfig withBatchStates(int states) {
        return new ParallelExplorerConfig(workers, workDir, queueMemoryBytes, segmentBytes, states, placement,
                auditOwnership);
    }

    public ParallelExplorerConfig withPlacement(ThreadPlacement pinTo) {
        return new ParallelExplorerConfig(workers, workDir, queueMemoryBytes, segmentBytes, batchStates, pinTo,
                auditOwnership);
    }

    public ParallelExplorerConfig withOwnershipAudit(boolean audit) {
        return new ParallelExplorerConfig(workers, workDir, queueMemoryBytes, segmentBytes, batchStates, placement,
                audit);
    }

    /** Each worker has a current-level and a next-level queue; they share the budget evenly. */
    long memoryPerQueueBytes() {
        return queueMemoryBytes / (2L * workers);
    }

    /** The given segment size, or a quarter of one queue's share, kept within 64 KiB and the queue's default. */
    int effectiveSegmentBytes() {
        if (segmentBytes > 0) {
            return segmentBytes;
        }
        long quarter = memoryPerQueueBytes() / 4;
        return (int) Math.max(MIN_DERIVED_SEGMENT_BYTES, Math.min(StateQueue.DEFAULT_SEGMENT_BYTES, quarter));
    }
}
