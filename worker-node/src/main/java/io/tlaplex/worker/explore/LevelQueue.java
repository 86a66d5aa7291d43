package io.tlaplex.worker.explore;

import io.tlaplex.worker.queue.StateBatch;
import io.tlaplex.worker.queue.StateQueue;

/**
 * One worker's queued states of one level: the first ones as objects in a {@link StateLane}, as many as it holds,
 * and only the rest encoded, in a {@link StateQueue} that spills to disk past its memory budget. A level's states
 * may be expanded in any order, so taking drains the lane first. Used by one thread at a time, as its
 * {@link WorkerSlot} says.
 */
final class LevelQueue {
    private final StateLane lane;
    private final StateQueue encoded;

    LevelQueue(StateLane lane, StateQueue encoded) {
        this.lane = lane;
        this.encoded = encoded;
    }

    /** States queued: objects, encoded ones in memory and on disk. */
    long size() {
        return lane.size() + encoded.size();
    }

    /** Whether the next state can be queued as an object, by {@link #add}; else it is encoded for {@link #append}. */
    boolean hasRoom() {
        return lane.hasRoom();
    }

    void add(Object state, long fingerprint, long traceRef, int depth) {
        lane.add(state, fingerprint, traceRef, depth);
    }

    /** Queues every encoded state of {@code batch}; may spill to disk, and throws as {@link StateQueue#append}. */
    void append(StateBatch batch) {
        encoded.append(batch);
    }

    /**
     * Replaces the contents of {@code batch} with up to {@code max} states, objects while there are any, else
     * encoded ones; returns how many, 0 only when the queue is empty.
     */
    int poll(TakenBatch batch, int max) {
        if (lane.size() > 0) {
            return lane.poll(batch, max);
        }
        return batch.pollEncoded(encoded, max);
    }

    /** States held as objects; for tests. */
    int objects() {
        return lane.size();
    }

    /** The encoded part; for tests. */
    StateQueue encoded() {
        return encoded;
    }
}
