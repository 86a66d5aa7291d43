package io.tlaplex.worker.explore;

import io.tlaplex.worker.queue.StateBatch;
import io.tlaplex.worker.queue.StateQueue;
import java.util.Arrays;

/**
 * The states a worker took to expand: objects from a {@link StateLane}, or encoded states from a queue's spilled
 * part, which the worker decodes one at a time. Owned by its worker and refilled, under a slot's monitor, by
 * {@link WorkerSlot#take}; its arrays grow to the largest batch taken and are reused after that.
 */
public final class TakenBatch {
    private final StateBatch encoded = new StateBatch(64 << 10);
    private Object[] states = new Object[0];
    private long[] fingerprints = new long[0];
    private long[] traceRefs = new long[0];
    private int[] depths = new int[0];
    private int count;
    private boolean isEncoded;

    public int size() {
        return isEncoded ? encoded.size() : count;
    }

    /** Whether the states are encoded: read them through {@link #bytes()}, else through {@link #state(int)}. */
    public boolean isEncoded() {
        return isEncoded;
    }

    public StateBatch bytes() {
        return encoded;
    }

    public Object state(int index) {
        return states[checked(index)];
    }

    public long fingerprint(int index) {
        return isEncoded ? encoded.fingerprint(index) : fingerprints[checked(index)];
    }

    public long traceRef(int index) {
        return isEncoded ? encoded.traceRef(index) : traceRefs[checked(index)];
    }

    public int depth(int index) {
        return isEncoded ? encoded.depth(index) : depths[checked(index)];
    }

    /** Empties the batch and lets go of its states. */
    public void clear() {
        Arrays.fill(states, 0, count, null);
        count = 0;
        isEncoded = false;
        encoded.clear();
    }

    /** Replaces the contents with up to {@code max} of the oldest states of {@code queue}; returns how many. */
    public int pollEncoded(StateQueue queue, int max) {
        clear();
        isEncoded = true;
        return queue.poll(encoded, max);
    }

    /** Empties the batch for up to {@code max} objects, added by {@link #addObjects}. */
    void startObjects(int max) {
        clear();
        if (states.length < max) {
            states = new Object[max];
            fingerprints = new long[max];
            traceRefs = new long[max];
            depths = new int[max];
        }
    }

    void addObjects(Object[] fromStates, long[] fromFingerprints, long[] fromTraceRefs, int[] fromDepths, int from,
            int n) {
        System.arraycopy(fromStates, from, states, count, n);
        System.arraycopy(fromFingerprints, from, fingerprints, count, n);
        System.arraycopy(fromTraceRefs, from, traceRefs, count, n);
        System.arraycopy(fromDepths, from, depths, count, n);
        count += n;
    }

    private int checked(int index) {
        if (index < 0 || index >= count) {
            throw new IndexOutOfBoundsException("state " + index + " of " + count);
        }
        return index;
    }
}
