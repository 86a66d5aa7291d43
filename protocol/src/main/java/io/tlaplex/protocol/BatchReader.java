package io.tlaplex.protocol;

import static io.tlaplex.protocol.BatchDescriptor.HEADER_LENGTH;

import java.util.Arrays;
import org.agrona.DirectBuffer;

/**
 * The receiving end of the data plane for one node: validates each frame with a {@link BatchValidator},
 * then checks its epoch and that its sequence number is exactly the next one expected from its source,
 * and only then hands its entries to a {@link BatchEntryHandler}. A rejected frame hands on nothing.
 *
 * <p>A frame beyond the next expected sequence is rejected and the expectation does not move:
 * transports deliver a channel in order, so a gap means data was lost, and the per-channel counters
 * will then never balance, which the coordinator turns into a rollback. Over Aeron, pass whole frames:
 * a 64 KiB frame spans many MTU-sized fragments, so wrap the handler in a FragmentAssembler. Never throws on bad input;
 * allocates nothing after construction. Owned by the node's receiver thread, which alone reads the
 * counters (publish them elsewhere through a control message).
 */
public final class BatchReader {
    private final BatchValidator validator;
    private final BatchHeaderFlyweight header = new BatchHeaderFlyweight();
    private final BatchEntryFlyweight entry = new BatchEntryFlyweight();
    private final long[] expectedSequence;
    private final long[] receivedBatches;
    private final long[] receivedStates;
    private final long[] verdictCounts = new long[BatchVerdict.values().length];
    private int epoch;

    /**
     * Creates a reader for frames addressed to {@code localNodeId} in run {@code runId}, in epoch 0.
     *
     * @param runId       the run id frames must carry
     * @param localNodeId this node's id
     * @param nodeCount   number of nodes in the run; valid sources are {@code 0 .. nodeCount - 1}
     */
    public BatchReader(long runId, int localNodeId, int nodeCount) {
        this.validator = new BatchValidator(runId, localNodeId, nodeCount);
        this.expectedSequence = new long[nodeCount];
        this.receivedBatches = new long[nodeCount];
        this.receivedStates = new long[nodeCount];
    }

    /**
     * Starts accepting frames of {@code epoch} only: every source's expected sequence restarts at 0 and
     * the per-source received counters restart at 0. Verdict counts are kept.
     *
     * @param epoch the new epoch, {@code >= 0}
     */
    public void startEpoch(int epoch) {
        this.epoch = Check.epoch(epoch);
        Arrays.fill(expectedSequence, 0);
        Arrays.fill(receivedBatches, 0);
        Arrays.fill(receivedStates, 0);
    }

    /**
     * Reads the frame occupying exactly {@code buffer[offset, offset + length)}.
     *
     * @param buffer  the buffer holding the frame
     * @param offset  index of the frame's first byte
     * @param length  number of bytes received
     * @param handler receives each entry if, and only if, the frame is accepted
     * @return the verdict, also counted in {@link #count(BatchVerdict)}
     */
    public BatchVerdict read(DirectBuffer buffer, int offset, int length, BatchEntryHandler handler) {
        BatchVerdict verdict = check(buffer, offset, length);
        verdictCounts[verdict.ordinal()]++;
        if (verdict == BatchVerdict.ACCEPTED) {
            deliver(buffer, offset, handler);
        }
        return verdict;
    }

    private BatchVerdict check(DirectBuffer buffer, int offset, int length) {
        BatchVerdict verdict = validator.validate(buffer, offset, length);
        if (verdict != BatchVerdict.ACCEPTED) {
            return verdict;
        }
        header.wrap(buffer, offset);
        int frameEpoch = header.epoch();
        if (frameEpoch < epoch) {
            return BatchVerdict.STALE_EPOCH;
        }
        if (frameEpoch > epoch) {
            return BatchVerdict.FUTURE_EPOCH;
        }
        long sequence = header.sequence();
        long expected = expectedSequence[header.sourceNode()];
        if (sequence < expected) {
            return BatchVerdict.DUPLICATE_SEQUENCE;
        }
        if (sequence > expected) {
            return BatchVerdict.OUT_OF_ORDER_SEQUENCE;
        }
        return BatchVerdict.ACCEPTED;
    }

    private void deliver(DirectBuffer buffer, int offset, BatchEntryHandler handler) {
        int source = header.sourceNode();
        int count = header.entryCount();
        // Count the frame before handing on entries, so a handler that throws cannot make the same
        // frame acceptable twice.
        expectedSequence[source]++;
        receivedBatches[source]++;
        receivedStates[source] += count;
        int position = offset + HEADER_LENGTH;
        for (int i = 0; i < count; i++) {
            entry.wrap(buffer, position);
            position += entry.entryLength();
            handler.onEntry(source, entry);
        }
    }

    /** Returns the epoch whose frames are accepted. */
    public int epoch() {
        return epoch;
    }

    /**
     * Returns how many frames got {@code verdict} since this reader was created.
     *
     * @param verdict a verdict
     * @return its count
     */
    public long count(BatchVerdict verdict) {
        return verdictCounts[verdict.ordinal()];
    }

    /** Returns how many frames were rejected, for any reason, since this reader was created. */
    public long rejectedFrames() {
        long total = 0;
        for (long count : verdictCounts) {
            total += count;
        }
        return total - verdictCounts[BatchVerdict.ACCEPTED.ordinal()];
    }

    /**
     * Returns the sequence number the next accepted frame from {@code sourceNode} must carry.
     *
     * @param sourceNode a node id below the node count
     * @return the expected sequence number
     */
    public long expectedSequence(int sourceNode) {
        return expectedSequence[sourceNode];
    }

    /**
     * Returns the frames accepted from {@code sourceNode} in this epoch.
     *
     * @param sourceNode a node id below the node count
     * @return the count
     */
    public long receivedBatches(int sourceNode) {
        return receivedBatches[sourceNode];
    }

    /**
     * Returns the states accepted from {@code sourceNode} in this epoch.
     *
     * @param sourceNode a node id below the node count
     * @return the count
     */
    public long receivedStates(int sourceNode) {
        return receivedStates[sourceNode];
    }
}
