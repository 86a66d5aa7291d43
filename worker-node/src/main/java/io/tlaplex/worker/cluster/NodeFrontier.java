package io.tlaplex.worker.cluster;

import io.tlaplex.worker.queue.StateBatch;
import io.tlaplex.worker.queue.StateQueue;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A node's two levels as encoded states, in queues that spill to disk beyond their memory budget: the current one,
 * which workers take in batches, and the next one, which workers and the receiver fill through {@link Outbox}es of
 * their own. {@link #advance()} makes the next level current while no worker runs and nothing arrives.
 */
final class NodeFrontier implements AutoCloseable {
    private final Path spillDir;
    private final long budgetPerLevel;
    private final List<Outbox> outboxes = new CopyOnWriteArrayList<>();
    private int queues;
    private StateQueue current;
    private StateQueue next;

    /** Queues that spill to {@code spillDir}, each holding up to half of {@code memoryBudgetBytes} in memory. */
    NodeFrontier(Path spillDir, long memoryBudgetBytes) {
        this.spillDir = spillDir;
        this.budgetPerLevel = Math.max(0, memoryBudgetBytes / 2);
        this.current = newQueue();
        this.next = newQueue();
    }

    /** A new producer's outbox for the next level (a worker's or the receiver's). */
    Outbox outbox() {
        Outbox outbox = new Outbox(this);
        outboxes.add(outbox);
        return outbox;
    }

    /** Takes up to {@code max} states of the current level into {@code batch}; returns how many, 0 when none left. */
    synchronized int take(StateBatch batch, int max) {
        return current.poll(batch, max);
    }

    /** Queues every state of {@code batch} for the next level. */
    synchronized void append(StateBatch batch) {
        next.append(batch);
    }

    /** Makes the next level current and starts an empty next one; only while no producer runs. */
    synchronized void advance() {
        flushOutboxes();
        current.close();
        current = next;
        next = newQueue();
    }

    /** States queued for the next level; only while no producer runs. */
    synchronized long nextCount() {
        flushOutboxes();
        return next.size();
    }

    /**
     * Hands every state queued for the next level to {@code each}, batch by batch and in order, and keeps them
     * queued; only while no producer runs (a checkpoint at a level's end).
     */
    synchronized void forEachNext(Consumer<StateBatch> each) {
        flushOutboxes();
        StateQueue kept = newQueue();
        StateBatch batch = new StateBatch(64 << 10);
        try {
            while (next.poll(batch, 1024) > 0) {
                each.accept(batch);
                kept.append(batch);
            }
        } catch (RuntimeException e) {
            kept.close();
            throw e;
        }
        next.close();
        next = kept;
    }

    /** States not yet taken from this level plus those queued for the next, outboxes included. */
    synchronized long queued() {
        long pending = 0;
        for (Outbox outbox : outboxes) {
            pending += outbox.pending();
        }
        return current.size() + next.size() + pending;
    }

    /** Bytes of queued states spilled to disk. */
    synchronized long bytesOnDisk() {
        return current.bytesOnDisk() + next.bytesOnDisk();
    }

    @Override
    public synchronized void close() {
        current.close();
        next.close();
    }

    private void flushOutboxes() {
        for (Outbox outbox : outboxes) {
            outbox.flush();
        }
    }

    private StateQueue newQueue() {
        return new StateQueue(spillDir, "level-" + queues++, budgetPerLevel, StateQueue.DEFAULT_SEGMENT_BYTES);
    }
}
