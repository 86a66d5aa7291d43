package io.tlaplex.worker.transport;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.ringbuffer.RingBuffer;

/**
 * How workers hand states owned by another node to the {@link SenderAgent}: one ring buffer per destination, so
 * a back-pressured peer only fills its own queue. Thread-safe for many workers when the queues are many-to-one;
 * allocates nothing. A refused offer leaves the worker free to do other work and offer again later.
 */
public final class SenderProxy {
    static final int STATE_MSG_TYPE_ID = 1;
    static final int FINGERPRINT_OFFSET = 0;
    static final int PARENT_FINGERPRINT_OFFSET = 8;
    static final int ACTION_ID_OFFSET = 16;
    static final int STATE_OFFSET = 20;

    private final RingBuffer[] queues;
    private final int maxStateLength;

    /**
     * @param queues         {@code queues[n]} carries states for node {@code n}; null for this node itself
     * @param maxStateLength the largest state a batch holds
     */
    SenderProxy(RingBuffer[] queues, int maxStateLength) {
        int queueLimit = Integer.MAX_VALUE;
        for (RingBuffer queue : queues) {
            queueLimit = queue == null ? queueLimit : Math.min(queueLimit, queue.maxMsgLength() - STATE_OFFSET);
        }
        this.queues = queues.clone();
        this.maxStateLength = Math.min(maxStateLength, queueLimit);
    }

    /**
     * Queues one state for {@code destinationNode}.
     *
     * @param destinationNode   the owning node, not this one
     * @param fingerprint       the state's fingerprint
     * @param parentFingerprint its parent's fingerprint (0 for an initial state)
     * @param actionId          the action that produced it
     * @param state             buffer holding the encoded state
     * @param stateOffset       index of its first byte
     * @param stateLength       its length, at most {@link #maxStateLength()}
     * @return false when the destination's queue is full: nothing was queued, offer again later
     * @throws IllegalArgumentException for this node, an unknown node, or a state longer than any batch holds
     */
    public boolean offer(int destinationNode, long fingerprint, long parentFingerprint, int actionId,
                         DirectBuffer state, int stateOffset, int stateLength) {
        RingBuffer queue = queue(destinationNode);
        if (stateLength < 0 || stateLength > maxStateLength) {
            throw new IllegalArgumentException("state of " + stateLength + " bytes; a batch holds at most "
                    + maxStateLength);
        }
        int index = queue.tryClaim(STATE_MSG_TYPE_ID, STATE_OFFSET + stateLength);
        if (index < 0) {
            return false;
        }
        MutableDirectBuffer buffer = queue.buffer();
        buffer.putLong(index + FINGERPRINT_OFFSET, fingerprint);
        buffer.putLong(index + PARENT_FINGERPRINT_OFFSET, parentFingerprint);
        buffer.putInt(index + ACTION_ID_OFFSET, actionId);
        buffer.putBytes(index + STATE_OFFSET, state, stateOffset, stateLength);
        queue.commit(index);
        return true;
    }

    /** Returns the largest state {@link #offer} accepts. */
    public int maxStateLength() {
        return maxStateLength;
    }

    /** Returns the bytes waiting in the queue to {@code destinationNode} (a snapshot; it moves as we read it). */
    public int queuedBytes(int destinationNode) {
        return queue(destinationNode).size();
    }

    private RingBuffer queue(int destinationNode) {
        RingBuffer queue = destinationNode >= 0 && destinationNode < queues.length ? queues[destinationNode] : null;
        if (queue == null) {
            throw new IllegalArgumentException("no channel to node " + destinationNode);
        }
        return queue;
    }
}
