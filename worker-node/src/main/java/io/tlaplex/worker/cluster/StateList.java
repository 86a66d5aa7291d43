package io.tlaplex.worker.cluster;

import java.util.Arrays;

/**
 * The states of one level on one node, as objects with their fingerprints and trace positions, in parallel arrays
 * that grow by doubling and are reused from level to level. Appends hold the list's monitor (workers and the
 * receiver add to the next level at once); reads of a level being expanded need none, as nothing is added to it
 * then and the level start publishes it.
 */
final class StateList {
    private Object[] states = new Object[1024];
    private long[] fingerprints = new long[1024];
    private long[] traceRefs = new long[1024];
    private int size;

    synchronized void add(Object state, long fingerprint, long traceRef) {
        if (size == states.length) {
            int capacity = size * 2;
            states = Arrays.copyOf(states, capacity);
            fingerprints = Arrays.copyOf(fingerprints, capacity);
            traceRefs = Arrays.copyOf(traceRefs, capacity);
        }
        states[size] = state;
        fingerprints[size] = fingerprint;
        traceRefs[size] = traceRef;
        size++;
    }

    synchronized int size() {
        return size;
    }

    /** Only while the list is not appended to. */
    Object state(int index) {
        return states[index];
    }

    /** Only while the list is not appended to. */
    long fingerprint(int index) {
        return fingerprints[index];
    }

    /** Only while the list is not appended to. */
    long traceRef(int index) {
        return traceRefs[index];
    }

    /** Lets go of every state; called between levels. */
    synchronized void clear() {
        Arrays.fill(states, 0, size, null);
        size = 0;
    }

    /** Lets go of the state at {@code index} once it has been expanded, so it can die young. */
    void release(int index) {
        states[index] = null;
    }
}
