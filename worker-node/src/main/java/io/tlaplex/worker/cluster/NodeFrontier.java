package io.tlaplex.worker.cluster;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A node's two levels: the current one, which workers claim in slices through an atomic cursor, and the next one,
 * which workers and the receiver fill. {@link #advance()} swaps them while no worker runs (the level gate orders
 * it before the workers' reads).
 */
final class NodeFrontier {
    private StateList current = new StateList();
    private StateList next = new StateList();
    private final AtomicInteger cursor = new AtomicInteger();
    private volatile int currentSize;

    /** Makes the next level current and empties the next; only while no worker expands. */
    synchronized void advance() {
        StateList done = current;
        done.clear();
        current = next;
        next = done;
        currentSize = current.size();
        cursor.set(0);
    }

    synchronized StateList current() {
        return current;
    }

    synchronized StateList next() {
        return next;
    }

    /** Claims up to {@code count} states of the current level; returns the first index, or -1 when none are left. */
    int claim(int count) {
        int size = currentSize;
        if (cursor.get() >= size) {
            return -1;
        }
        int start = cursor.getAndAdd(count);
        return start < size ? start : -1;
    }

    int currentSize() {
        return currentSize;
    }

    /** States not yet expanded in this level plus those queued for the next. */
    long queued() {
        long left = Math.max(0, currentSize - cursor.get());
        return left + next().size();
    }
}
