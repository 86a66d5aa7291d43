package io.tlaplex.worker.explore;

/**
 * One worker's two queues: {@code current} holds the level being expanded and is shared, under this slot's
 * monitor, with workers that steal from it; {@code next} receives the worker's new states of the next level and
 * is touched by its owner only. The barrier action swaps them while every worker waits.
 */
final class WorkerSlot {
    private LevelQueue current;
    private LevelQueue next;
    /**
     * Set once {@code current} was seen empty. Within a level the current queue only shrinks, so the flag stays
     * true until the barrier clears it, and stealers may read it without the lock to skip an empty victim.
     */
    private volatile boolean exhausted;

    WorkerSlot(LevelQueue current, LevelQueue next) {
        this.current = current;
        this.next = next;
    }

    boolean exhausted() {
        return exhausted;
    }

    /**
     * Moves up to {@code batchStates} states, but no more than a {@code 1/share} of those left, from the current
     * queue into {@code batch}; returns how many, 0 once the queue is empty. Taking a share rather than a full
     * batch spreads the last states of a level over the workers.
     */
    synchronized int take(TakenBatch batch, int batchStates, int share) {
        long size = current.size();
        if (size == 0) {
            exhausted = true;
            batch.clear();
            return 0;
        }
        int max = (int) Math.max(1, Math.min(batchStates, size / share));
        return current.poll(batch, max);
    }

    /** The queue of next-level states; only the owning worker appends to it during a level. */
    LevelQueue next() {
        return next;
    }

    /** The queue of current-level states; only while no worker runs (before start, at the barrier, after join). */
    LevelQueue currentWhenIdle() {
        return current;
    }

    /** Makes the next level current; called by the barrier action while every worker waits. */
    synchronized void swap() {
        LevelQueue drained = current;
        current = next;
        next = drained;
        exhausted = false;
    }
}
