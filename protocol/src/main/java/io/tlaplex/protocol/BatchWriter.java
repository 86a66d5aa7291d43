package io.tlaplex.protocol;

import static io.tlaplex.protocol.BatchDescriptor.HEADER_LENGTH;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * Fills one reusable frame buffer with states bound for one destination node, and stamps each
 * sealed frame with the next sequence number of that channel. Allocates nothing after construction.
 * Owned by the single thread that sends to the destination.
 *
 * <p>The cycle: {@link #append} until it returns {@code false} (full) or the batch is old enough;
 * {@link #seal()}; hand {@code buffer()[0, frameLength)} to the transport, retrying on back-pressure
 * with the same sealed frame; {@link #markSent()}; append the state that did not fit. The frame
 * always starts at index 0 of the buffer.
 */
public final class BatchWriter {
    private final MutableDirectBuffer buffer;
    private final int capacityBytes;
    private final long runId;
    private final int sourceNode;
    private final int destinationNode;
    private final BatchHeaderFlyweight header = new BatchHeaderFlyweight();
    private final BatchEntryFlyweight entry = new BatchEntryFlyweight();
    private final FrameChecksum checksum = new FrameChecksum();

    private int epoch;
    private long nextSequence;
    private int position = HEADER_LENGTH;
    private int entryCount;
    private boolean sealed;
    private long sentBatches;
    private long sentStates;

    /**
     * Creates a writer for the channel {@code sourceNode -> destinationNode}, in epoch 0.
     *
     * @param buffer          the frame buffer, reused for every batch; typically
     *                        {@link BatchDescriptor#DEFAULT_CAPACITY_BYTES}, and at least large enough for
     *                        a header and one empty entry
     * @param runId           run id stamped on every frame
     * @param sourceNode      this node's id
     * @param destinationNode the receiving node's id
     */
    public BatchWriter(MutableDirectBuffer buffer, long runId, int sourceNode, int destinationNode) {
        if (BatchDescriptor.maxStateLength(buffer.capacity()) < 0) {
            throw new IllegalArgumentException("buffer of " + buffer.capacity() + " bytes cannot hold one entry");
        }
        this.buffer = buffer;
        this.capacityBytes = buffer.capacity();
        this.runId = runId;
        this.sourceNode = Check.nodeId(sourceNode, "sourceNode");
        this.destinationNode = Check.nodeId(destinationNode, "destinationNode");
    }

    /**
     * Starts a new epoch: drops the batch being filled, restarts the sequence at 0 and zeroes the
     * sent counters. Called after a checkpoint or a recovery, once the receiver does the same.
     *
     * @param epoch the new epoch, {@code >= 0}
     */
    public void startEpoch(int epoch) {
        this.epoch = Check.epoch(epoch);
        nextSequence = 0;
        sentBatches = 0;
        sentStates = 0;
        clear();
    }

    /**
     * Appends one state to the batch being filled.
     *
     * @param fingerprint       the state's fingerprint
     * @param parentFingerprint its parent's fingerprint (0 for an initial state)
     * @param actionId          the action that produced it
     * @param state             buffer holding the encoded state
     * @param stateIndex        index of the encoded state's first byte
     * @param stateLength       length of the encoded state, at most {@link #maxStateLength()}
     * @return {@code false} when the state does not fit; the batch is then unchanged and should be sent
     * @throws IllegalStateException when the batch is sealed and not yet marked sent
     */
    public boolean append(long fingerprint, long parentFingerprint, int actionId, DirectBuffer state,
                          int stateIndex, int stateLength) {
        if (sealed) {
            throw new IllegalStateException("batch " + nextSequence + " is sealed; call markSent() first");
        }
        if (stateLength < 0 || position + BatchDescriptor.entryLength(stateLength) > capacityBytes) {
            return false;
        }
        entry.wrap(buffer, position)
                .fingerprint(fingerprint)
                .parentFingerprint(parentFingerprint)
                .actionId(actionId)
                .putState(state, stateIndex, stateLength);
        position += (int) BatchDescriptor.entryLength(stateLength);
        entryCount++;
        return true;
    }

    /**
     * Writes the header and checksum of the batch being filled. The frame is then
     * {@code buffer()[0, frameLength())} and stays unchanged until {@link #markSent()}.
     *
     * @return the frame length in bytes
     */
    public int seal() {
        if (!sealed) {
            header.wrap(buffer, 0)
                    .frameLength(position)
                    .magic(BatchDescriptor.MAGIC)
                    .version(BatchDescriptor.VERSION)
                    .flags((byte) 0)
                    .runId(runId)
                    .sequence(nextSequence)
                    .epoch(epoch)
                    .sourceNode(sourceNode)
                    .destinationNode(destinationNode)
                    .entryCount(entryCount)
                    .reserved(0);
            header.checksum(checksum.compute(buffer, 0, position));
            sealed = true;
        }
        return position;
    }

    /**
     * Records that the sealed frame reached the transport: counts it, advances the sequence and
     * starts an empty batch.
     *
     * @throws IllegalStateException when the batch is not sealed
     */
    public void markSent() {
        if (!sealed) {
            throw new IllegalStateException("no sealed batch to mark sent");
        }
        sentBatches++;
        sentStates += entryCount;
        nextSequence++;
        clear();
    }

    private void clear() {
        position = HEADER_LENGTH;
        entryCount = 0;
        sealed = false;
    }

    /** Returns the frame buffer; the frame starts at index 0. */
    public DirectBuffer buffer() {
        return buffer;
    }

    /** Returns the length in bytes of the batch so far (header included), or of the sealed frame. */
    public int frameLength() {
        return position;
    }

    /** Returns the number of states in the batch being filled or sealed. */
    public int entryCount() {
        return entryCount;
    }

    /** Returns true when the batch holds no state. */
    public boolean isEmpty() {
        return entryCount == 0;
    }

    /** Returns true when the batch is sealed and waiting for {@link #markSent()}. */
    public boolean isSealed() {
        return sealed;
    }

    /** Returns the sequence number the current batch has, or will have when sealed. */
    public long sequence() {
        return nextSequence;
    }

    /** Returns the epoch stamped on frames. */
    public int epoch() {
        return epoch;
    }

    /** Returns the largest state that fits in an empty batch; a larger one never fits. */
    public int maxStateLength() {
        return BatchDescriptor.maxStateLength(capacityBytes);
    }

    /** Returns the batches marked sent in this epoch. */
    public long sentBatches() {
        return sentBatches;
    }

    /** Returns the states in batches marked sent in this epoch. */
    public long sentStates() {
        return sentStates;
    }

    /** Returns the receiving node's id. */
    public int destinationNode() {
        return destinationNode;
    }
}
