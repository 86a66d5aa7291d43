package io.tlaplex.worker.cluster;

import io.tlaplex.frontend.value.MutableBuffer;
import io.tlaplex.worker.explore.StateCodec;
import io.tlaplex.worker.explore.StateLane;
import io.tlaplex.worker.explore.TakenBatch;
import io.tlaplex.worker.queue.StateBatch;
import io.tlaplex.worker.queue.StateQueue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A node's two levels: the current one, which workers take in batches, and the next one, which workers and the
 * receiver fill through {@link Outbox}es of their own. As in a single-JVM search, each outbox keeps its first
 * states as objects (so that a successor shares its parent's values and cached hashes instead of being decoded
 * afresh), and encodes the rest into a queue that spills to disk beyond its memory budget. {@link #advance()} makes
 * the next level current while no worker runs and nothing arrives.
 */
final class NodeFrontier implements AutoCloseable {
    /** What a queued object is assumed to hold on the heap, to turn the budget into a number of objects. */
    private static final int ASSUMED_STATE_BYTES = 1024;

    private final Path spillDir;
    private final long budgetPerLevel;
    /** Encodes the objects of a checkpoint, or null when every state is queued encoded. */
    private final StateCodec<Object> codec;
    private final List<Outbox> outboxes = new CopyOnWriteArrayList<>();
    private int queues;
    private StateQueue current;
    private StateQueue next;
    private List<StateLane> currentLanes = List.of();
    private int lane;

    /** Encoded queues only, spilling to {@code spillDir}, each holding up to half of {@code memoryBudgetBytes}. */
    NodeFrontier(Path spillDir, long memoryBudgetBytes) {
        this(spillDir, memoryBudgetBytes, null);
    }

    /**
     * Levels that keep states as objects in half of their share of {@code memoryBudgetBytes} and encode the rest
     * with {@code codec} into queues spilling to {@code spillDir}.
     */
    @SuppressWarnings("unchecked")
    NodeFrontier(Path spillDir, long memoryBudgetBytes, StateCodec<?> codec) {
        this.spillDir = spillDir;
        this.budgetPerLevel = Math.max(0, memoryBudgetBytes / 2);
        this.codec = (StateCodec<Object>) codec;
        this.current = newQueue();
        this.next = newQueue();
    }

    /** A new producer's outbox for the next level (a worker's or the receiver's). */
    synchronized Outbox outbox() {
        Outbox outbox = new Outbox(this);
        outboxes.add(outbox);
        int each = (int) Math.min(Integer.MAX_VALUE, laneBudgetStates() / outboxes.size());
        for (Outbox producer : outboxes) {
            producer.limitObjects(each);
        }
        return outbox;
    }

    private long laneBudgetStates() {
        return codec == null ? 0 : budgetPerLevel / 2 / ASSUMED_STATE_BYTES;
    }

    /** Takes up to {@code max} states of the current level into {@code batch}; returns how many, 0 when none left. */
    synchronized int take(TakenBatch batch, int max) {
        while (lane < currentLanes.size()) {
            StateLane objects = currentLanes.get(lane);
            if (objects.size() > 0) {
                return objects.poll(batch, max);
            }
            lane++;
        }
        return batch.pollEncoded(current, max);
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
        List<StateLane> lanes = new ArrayList<>();
        for (Outbox outbox : outboxes) {
            lanes.add(outbox.takeLane());
        }
        currentLanes = lanes;
        lane = 0;
    }

    /** States queued for the next level; only while no producer runs. */
    synchronized long nextCount() {
        flushOutboxes();
        long objects = 0;
        for (Outbox outbox : outboxes) {
            objects += outbox.objects();
        }
        return next.size() + objects;
    }

    /**
     * Hands every state queued for the next level to {@code each}, batch by batch and in order, and keeps them
     * queued; only while no producer runs (a checkpoint at a level's end).
     */
    synchronized void forEachNext(Consumer<StateBatch> each) {
        flushOutboxes();
        StateQueue kept = newQueue();
        StateBatch batch = new StateBatch(64 << 10);
        if (codec != null) {
            forEachObject(batch, each);
        }
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

    /** The objects queued for the next level, encoded batch by batch; they stay queued as objects. */
    private void forEachObject(StateBatch batch, Consumer<StateBatch> each) {
        MutableBuffer encoded = new MutableBuffer(256);
        TakenBatch objects = new TakenBatch();
        for (Outbox outbox : outboxes) {
            StateLane lane = outbox.takeLane();
            StateLane kept = outbox.newLane();
            while (lane.poll(objects, 1024) > 0) {
                batch.clear();
                for (int i = 0; i < objects.size(); i++) {
                    encoded.reset();
                    codec.encode(objects.state(i), encoded);
                    int at = batch.reserve(objects.fingerprint(i), 0, objects.traceRef(i), 0, 0, encoded.length());
                    System.arraycopy(encoded.array(), 0, batch.array(), at, encoded.length());
                    kept.add(objects.state(i), objects.fingerprint(i), objects.traceRef(i), 0);
                }
                each.accept(batch);
            }
            outbox.restoreLane(kept);
        }
        batch.clear();
    }

    /** States not yet taken from this level plus those queued for the next, outboxes included. */
    synchronized long queued() {
        long pending = 0;
        for (Outbox outbox : outboxes) {
            pending += outbox.pending() + outbox.objects();
        }
        for (StateLane objects : currentLanes) {
            pending += objects.size();
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
