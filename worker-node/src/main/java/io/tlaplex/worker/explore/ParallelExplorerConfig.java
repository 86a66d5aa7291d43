package io.tlaplex.worker.explore;

import io.tlaplex.worker.nativeio.ThreadPlacement;
import io.tlaplex.worker.queue.StateQueue;
import io.tlaplex.worker.trace.TraceRef;
import java.nio.file.Path;

/**
 * How a {@link ParallelExplorer} runs: its workers, where its state queues spill and its trace logs live, and how
 * much memory the queues may hold, as objects and encoded.
 *
 * @param workers worker threads, 1 to 4096 (each writes its own trace log)
 * @param workDir a folder under the run's working directory; the explorer makes its own subfolder there for queue
 *     spill segments and trace logs and deletes it at the end of the run
 * @param queueMemoryBytes bytes of memory all state queues together may hold before they spill to disk: half for
 *     states kept as objects (unless {@code laneStates} says how many), half for encoded ones
 * @param segmentBytes size of one queue chunk and spill segment, or 0 to derive it from {@code queueMemoryBytes}
 * @param batchStates most states a worker takes from a queue at once (own queue or a peer's)
 * @param placement pins each worker thread to the node's CPUs when not null; a refused pin is ignored
 * @param auditOwnership test mode: checks at every level end that each queued state was expanded exactly once,
 *     and only after it was in the fingerprint set; a breach makes {@link ParallelExplorer#run()} throw
 * @param laneStates states each queue keeps as Java objects before it encodes the rest (which may spill), or 0 to
 *     derive it from {@code queueMemoryBytes}
 */
public record ParallelExplorerConfig(int workers, Path workDir, long queueMemoryBytes, int segmentBytes,
        int batchStates, ThreadPlacement placement, boolean auditOwnership, int laneStates) {
    public static final int DEFAULT_BATCH_STATES = 256;
    static final int MIN_DERIVED_SEGMENT_BYTES = 64 << 10;
    /**
     * Heap bytes a queued state is assumed to hold when the lane size is derived. A state shares most of its values
     * with its parent and siblings, so this is a rough average, not a deep size.
     */
    static final int ASSUMED_STATE_BYTES = 1024;

    public ParallelExplorerConfig {
        if (workers < 1 || workers > TraceRef.MAX_LOG_ID + 1) {
            throw new IllegalArgumentException(
                    "workers must be in 1.." + (TraceRef.MAX_LOG_ID + 1) + ", got " + workers);
        }
        if (queueMemoryBytes < 0 || segmentBytes < 0 || batchStates < 1 || laneStates < 0) {
            throw new IllegalArgumentException("queue memory " + queueMemoryBytes + ", segment " + segmentBytes
                    + " bytes, batch of " + batchStates + " and lane of " + laneStates
                    + " states must not be negative (batch at least 1)");
        }
    }

    /** As the canonical constructor, with the lane size derived from {@code queueMemoryBytes}. */
    public ParallelExplorerConfig(int workers, Path workDir, long queueMemoryBytes, int segmentBytes,
            int batchStates, ThreadPlacement placement, boolean auditOwnership) {
        this(workers, workDir, queueMemoryBytes, segmentBytes, batchStates, placement, auditOwnership, 0);
    }

    /** {@code workers} threads, derived segment and lane sizes, batches of {@value #DEFAULT_BATCH_STATES}, no pins. */
    public static ParallelExplorerConfig of(int workers, Path workDir, long queueMemoryBytes) {
        return new ParallelExplorerConfig(workers, workDir, queueMemoryBytes, 0, DEFAULT_BATCH_STATES, null, false);
    }

    public ParallelExplorerConfig withSegmentBytes(int bytes) {
        return new ParallelExplorerConfig(workers, workDir, queueMemoryBytes, bytes, batchStates, placement,
                auditOwnership, laneStates);
    }

    public ParallelExplorerConfig withBatchStates(int states) {
        return new ParallelExplorerConfig(workers, workDir, queueMemoryBytes, segmentBytes, states, placement,
                auditOwnership, laneStates);
    }

    public ParallelExplorerConfig withPlacement(ThreadPlacement pinTo) {
        return new ParallelExplorerConfig(workers, workDir, queueMemoryBytes, segmentBytes, batchStates, pinTo,
                auditOwnership, laneStates);
    }

    public ParallelExplorerConfig withOwnershipAudit(boolean audit) {
        return new ParallelExplorerConfig(workers, workDir, queueMemoryBytes, segmentBytes, batchStates, placement,
                audit, laneStates);
    }

    public ParallelExplorerConfig withLaneStates(int states) {
        return new ParallelExplorerConfig(workers, workDir, queueMemoryBytes, segmentBytes, batchStates, placement,
                auditOwnership, states);
    }

    /** Each worker has a current-level and a next-level queue; they share the budget evenly. */
    long memoryPerQueueBytes() {
        return queueMemoryBytes / (2L * workers);
    }

    /** Half of a queue's share is for states kept as objects, at {@link #ASSUMED_STATE_BYTES} each. */
    int effectiveLaneStates() {
        if (laneStates > 0) {
            return laneStates;
        }
        return (int) Math.min(Integer.MAX_VALUE, memoryPerQueueBytes() / 2 / ASSUMED_STATE_BYTES);
    }

    /** The other half is for encoded states, the ones beyond the lane; past it they spill to disk. */
    long encodedMemoryPerQueueBytes() {
        return memoryPerQueueBytes() / 2;
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
