package io.tlaplex.worker.explore;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * A FIFO of up to {@code capacity} queued states kept as Java objects, each with its fingerprint, trace reference
 * and depth, in chunks of parallel arrays that are reused once drained: no object per state, nothing encoded. One
 * thread at a time uses it, as its {@link WorkerSlot} says: the owner fills a next-level lane, takers drain a
 * current-level one under the slot's monitor, and the barrier orders the two.
 */
public final class StateLane {
    static final int CHUNK_STATES = 256;

    private final int capacity;
    /** Head (being drained) first, tail (being filled) last; drained chunks leave at once. */
    private final ArrayDeque<Chunk> chunks = new ArrayDeque<>();
    private final ArrayDeque<Chunk> spare = new ArrayDeque<>();
    private Chunk tail;
    private int size;

    public StateLane(int capacityStates) {
        if (capacityStates < 0) {
            throw new IllegalArgumentException("lane capacity must not be negative: " + capacityStates);
        }
        this.capacity = capacityStates;
    }

    public int size() {
        return size;
    }

    public boolean hasRoom() {
        return size < capacity;
    }

    /** Appends a state; only when {@link #hasRoom()}. */
    public void add(Object state, long fingerprint, long traceRef, int depth) {
        if (size >= capacity) {
            throw new IllegalStateException("lane is full: " + capacity + " states");
        }
        if (tail == null || tail.count == CHUNK_STATES) {
            tail = spare.isEmpty() ? new Chunk() : spare.pop();
            chunks.addLast(tail);
        }
        int i = tail.count++;
        tail.states[i] = state;
        tail.fingerprints[i] = fingerprint;
        tail.traceRefs[i] = traceRef;
        tail.depths[i] = depth;
        size++;
    }

    /** Moves up to {@code max} of the oldest states into {@code batch}, after clearing it; returns how many. */
    public int poll(TakenBatch batch, int max) {
        batch.startObjects(max);
        int taken = 0;
        while (taken < max && size > 0) {
            Chunk head = chunks.peekFirst();
            int k = Math.min(max - taken, head.count - head.read);
            batch.addObjects(head.states, head.fingerprints, head.traceRefs, head.depths, head.read, k);
            // The lane lets go of the states it handed out, so that they die with their expansion.
            Arrays.fill(head.states, head.read, head.read + k, null);
            head.read += k;
            taken += k;
            size -= k;
            if (head.read == head.count) {
                recycle(chunks.pollFirst());
            }
        }
        return taken;
    }

    private void recycle(Chunk drained) {
        if (drained == tail) {
            tail = null;
        }
        drained.count = 0;
        drained.read = 0;
        spare.push(drained);
    }

    /** One run of states in parallel arrays; entries {@code [read, count)} are queued. */
    private static final class Chunk {
        final Object[] states = new Object[CHUNK_STATES];
        final long[] fingerprints = new long[CHUNK_STATES];
        final long[] traceRefs = new long[CHUNK_STATES];
        final int[] depths = new int[CHUNK_STATES];
        int count;
        int read;
    }
}
