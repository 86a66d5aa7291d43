package io.tlaplex.protocol;

import static io.tlaplex.protocol.BatchDescriptor.ENTRY_HEADER_LENGTH;
import static io.tlaplex.protocol.BatchDescriptor.HEADER_LENGTH;

import org.agrona.DirectBuffer;

/**
 * Decides whether a received frame is a well-formed, intact batch for this run and this node.
 * It checks, in order: that the frame lies inside the buffer and is as long as it says; the CRC32C;
 * magic, version, flags and reserved field; that the entries exactly fill the frame; and run id,
 * destination and source. Epoch and sequence are the {@link BatchReader}'s business.
 *
 * <p>It never throws on bad input and never reads outside {@code [offset, offset + length)}: every
 * length read from the frame is checked before it is used. Allocates nothing; owned by one thread.
 */
public final class BatchValidator {
    private final long runId;
    private final int localNodeId;
    private final int nodeCount;
    private final BatchHeaderFlyweight header = new BatchHeaderFlyweight();
    private final FrameChecksum checksum = new FrameChecksum();

    /**
     * Creates a validator for frames addressed to {@code localNodeId} in run {@code runId}.
     *
     * @param runId       the run id frames must carry
     * @param localNodeId the destination node id frames must carry
     * @param nodeCount   node ids of valid sources are {@code 0 .. nodeCount - 1}
     */
    public BatchValidator(long runId, int localNodeId, int nodeCount) {
        this.runId = runId;
        this.localNodeId = Check.nodeId(localNodeId, "localNodeId");
        this.nodeCount = Check.positive(nodeCount, "nodeCount");
        if (localNodeId >= nodeCount) {
            throw new IllegalArgumentException("localNodeId " + localNodeId + " outside 0.." + (nodeCount - 1));
        }
    }

    /**
     * Validates the frame occupying exactly {@code buffer[offset, offset + length)}.
     *
     * @param buffer the buffer holding the frame
     * @param offset index of the frame's first byte
     * @param length number of bytes received
     * @return {@link BatchVerdict#ACCEPTED} or the first reason to reject the frame
     */
    public BatchVerdict validate(DirectBuffer buffer, int offset, int length) {
        if (offset < 0 || length < HEADER_LENGTH || (long) offset + length > buffer.capacity()) {
            return BatchVerdict.TRUNCATED;
        }
        header.wrap(buffer, offset);
        int frameLength = header.frameLength();
        if (frameLength > length) {
            return BatchVerdict.TRUNCATED;
        }
        if (frameLength != length) {
            return BatchVerdict.MALFORMED;
        }
        // Checksum before layout: a frame damaged in transit is counted as corruption, and a
        // malformed verdict then means a sender that checksummed nonsense.
        if (checksum.compute(buffer, offset, length) != header.checksum()) {
            return BatchVerdict.CHECKSUM_MISMATCH;
        }
        if (header.magic() != BatchDescriptor.MAGIC || header.version() != BatchDescriptor.VERSION
                || header.flags() != 0 || header.reserved() != 0 || !entriesFillFrame(buffer, offset, length)) {
            return BatchVerdict.MALFORMED;
        }
        if (header.runId() != runId) {
            return BatchVerdict.FOREIGN_RUN;
        }
        if (header.destinationNode() != localNodeId) {
            return BatchVerdict.WRONG_DESTINATION;
        }
        int source = header.sourceNode();
        if (source < 0 || source >= nodeCount) {
            return BatchVerdict.UNKNOWN_SOURCE;
        }
        return BatchVerdict.ACCEPTED;
    }

    /** Walks the entries: each must fit in what is left of the frame, and together they must fill it. */
    private boolean entriesFillFrame(DirectBuffer buffer, int offset, int length) {
        int count = header.entryCount();
        if (count < 0) {
            return false;
        }
        long end = (long) offset + length;
        long position = (long) offset + HEADER_LENGTH;
        for (int i = 0; i < count; i++) {
            if (position + ENTRY_HEADER_LENGTH > end) {
                return false;
            }
            int stateLength = buffer.getInt((int) position + BatchDescriptor.STATE_LENGTH_OFFSET,
                    BatchDescriptor.BYTE_ORDER);
            if (stateLength < 0) {
                return false;
            }
            position += BatchDescriptor.entryLength(stateLength);
            if (position > end) {
                return false;
            }
        }
        return position == end;
    }

    /** Returns the run id frames must carry. */
    public long runId() {
        return runId;
    }

    /** Returns the node id frames must be addressed to. */
    public int localNodeId() {
        return localNodeId;
    }

    /** Returns the number of nodes; valid source ids are below it. */
    public int nodeCount() {
        return nodeCount;
    }
}
