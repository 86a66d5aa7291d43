package io.tlaplex.worker.transport;

import io.aeron.Publication;
import io.tlaplex.protocol.BatchVerdict;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Per-channel counters of one node's data plane, for progress reports and termination detection (sent to a peer
 * must equal what that peer received from us). The sender agent writes the send-side slots and the receiver agent
 * the receive-side ones, each slot by one thread with release stores; any thread may read.
 */
public final class TransportCounters {
    private static final int SENT_BATCHES = 0;
    private static final int SENT_STATES = 1;
    private static final int APPENDED_STATES = 2;
    private static final int BACK_PRESSURED = 3;
    private static final int NOT_CONNECTED = 4;
    private static final int OTHER_OFFER_FAILURES = 5;
    private static final int RECEIVED_BATCHES = 6;
    private static final int RECEIVED_STATES = 7;
    private static final int SENT_BYTES = 8;
    private static final int ADMIN_ACTION = 9;
    private static final int SLOTS_PER_NODE = 10;

    private final int nodeCount;
    private final AtomicLongArray slots;

    TransportCounters(int nodeCount) {
        this.nodeCount = nodeCount;
        this.slots = new AtomicLongArray(nodeCount * SLOTS_PER_NODE + BatchVerdict.values().length);
    }

    /** Returns the number of nodes, hence of channels each way. */
    public int nodeCount() {
        return nodeCount;
    }

    /** Returns the batches handed to Aeron for {@code node} in this epoch. */
    public long sentBatches(int node) {
        return get(node, SENT_BATCHES);
    }

    /** Returns the states handed to Aeron for {@code node} in this epoch. */
    public long sentStates(int node) {
        return get(node, SENT_STATES);
    }

    /** Returns the batch frame bytes handed to Aeron for {@code node} in this epoch. */
    public long sentBytes(int node) {
        return get(node, SENT_BYTES);
    }

    /** Returns the states taken from the workers' queue for {@code node} but not yet handed to Aeron. */
    public long pendingStates(int node) {
        return get(node, APPENDED_STATES) - get(node, SENT_STATES);
    }

    /** Returns the offers to {@code node} refused because its receiver lagged (the batch was kept and retried). */
    public long backPressured(int node) {
        return get(node, BACK_PRESSURED);
    }

    /** Returns the offers to {@code node} refused because no receiver was connected yet (kept and retried). */
    public long notConnected(int node) {
        return get(node, NOT_CONNECTED);
    }

    /**
     * Returns the offers to {@code node} refused while Aeron rotated the log or the like (the batch was kept and
     * retried, as Aeron asks).
     */
    public long adminActions(int node) {
        return get(node, ADMIN_ACTION);
    }

    /** Returns offers to {@code node} refused for another reason: a closed publication or its maximum position. */
    public long otherOfferFailures(int node) {
        return get(node, OTHER_OFFER_FAILURES);
    }

    /** Returns the batches accepted from {@code node} in this epoch. */
    public long receivedBatches(int node) {
        return get(node, RECEIVED_BATCHES);
    }

    /** Returns the states accepted from {@code node} in this epoch. */
    public long receivedStates(int node) {
        return get(node, RECEIVED_STATES);
    }

    /** Returns how many received frames got {@code verdict} since the transport started. */
    public long frames(BatchVerdict verdict) {
        return slots.get(nodeCount * SLOTS_PER_NODE + verdict.ordinal());
    }

    /** Returns how many received frames were rejected, for any reason, since the transport started. */
    public long rejectedFrames() {
        long total = 0;
        for (BatchVerdict verdict : BatchVerdict.values()) {
            total += verdict == BatchVerdict.ACCEPTED ? 0 : frames(verdict);
        }
        return total;
    }

    void onAppended(int node) {
        add(node, APPENDED_STATES, 1);
    }

    void onSent(int node, int states, int bytes) {
        add(node, SENT_BATCHES, 1);
        add(node, SENT_STATES, states);
        add(node, SENT_BYTES, bytes);
    }

    void onOfferFailed(int node, long result) {
        if (result == Publication.BACK_PRESSURED) {
            add(node, BACK_PRESSURED, 1);
        } else if (result == Publication.NOT_CONNECTED) {
            add(node, NOT_CONNECTED, 1);
        } else if (result == Publication.ADMIN_ACTION) {
            add(node, ADMIN_ACTION, 1);
        } else {
            add(node, OTHER_OFFER_FAILURES, 1);
        }
    }

    void resetSent(int node) {
        set(node, SENT_BATCHES, 0);
        set(node, SENT_STATES, 0);
        set(node, APPENDED_STATES, 0);
        set(node, SENT_BYTES, 0);
    }

    void received(int node, long batches, long states) {
        set(node, RECEIVED_BATCHES, batches);
        set(node, RECEIVED_STATES, states);
    }

    void frames(BatchVerdict verdict, long count) {
        slots.setRelease(nodeCount * SLOTS_PER_NODE + verdict.ordinal(), count);
    }

    private long get(int node, int slot) {
        return slots.get(index(node, slot));
    }

    private void add(int node, int slot, long delta) {
        int i = index(node, slot);
        slots.setRelease(i, slots.getPlain(i) + delta);
    }

    private void set(int node, int slot, long value) {
        slots.setRelease(index(node, slot), value);
    }

    private int index(int node, int slot) {
        if (node < 0 || node >= nodeCount) {
            throw new IndexOutOfBoundsException("node " + node + " outside 0.." + (nodeCount - 1));
        }
        return node * SLOTS_PER_NODE + slot;
    }
}
