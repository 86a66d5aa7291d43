package io.tlaplex.worker.cluster;

import io.tlaplex.frontend.value.MutableBuffer;
import io.tlaplex.worker.explore.StateCodec;
import io.tlaplex.worker.explore.StateLane;
import io.tlaplex.worker.queue.StateBatch;

/**
 * One producer's states for the next level: the first ones as objects in a lane of its own, the rest encoded into
 * a batch of its own and handed to the node's {@link NodeFrontier} a few hundred KiB at a time, so that producers
 * rarely meet on the frontier's lock. Owned by one thread; the frontier flushes it, and takes its lane, while that
 * thread is idle.
 */
final class Outbox {
    private static final int FLUSH_BYTES = 256 << 10;

    private final NodeFrontier frontier;
    private final StateBatch batch = new StateBatch(FLUSH_BYTES + (64 << 10));
    private final MutableBuffer encoded = new MutableBuffer(256);
    private int objectLimit;
    private StateLane lane = new StateLane(0);
    /** States in {@link #batch}; read by other threads for progress (exactly, once this producer is idle). */
    private int pending;

    Outbox(NodeFrontier frontier) {
        this.frontier = frontier;
    }

    /** Queues {@code state}: as an object while the lane has room, else encoded with {@code codec}. */
    <S> void add(StateCodec<S> codec, S state, long fingerprint, long traceRef) {
        if (lane.hasRoom()) {
            lane.add(state, fingerprint, traceRef, 0);
            return;
        }
        encoded.reset();
        codec.encode(state, encoded);
        add(fingerprint, traceRef, encoded.array(), 0, encoded.length());
    }

    /**
     * Queues {@code state}, already encoded in {@code bytes[offset, offset + length)}: as an object while the lane
     * has room, else those bytes.
     */
    void add(Object state, long fingerprint, long traceRef, byte[] bytes, int offset, int length) {
        if (lane.hasRoom()) {
            lane.add(state, fingerprint, traceRef, 0);
            return;
        }
        add(fingerprint, traceRef, bytes, offset, length);
    }

    /** Queues a state already encoded in {@code bytes[offset, offset + length)}. */
    void add(long fingerprint, long traceRef, byte[] bytes, int offset, int length) {
        int at = batch.reserve(fingerprint, 0, traceRef, 0, 0, length);
        System.arraycopy(bytes, offset, batch.array(), at, length);
        pending = batch.size();
        if (batch.lengthBytes() >= FLUSH_BYTES) {
            flush();
        }
    }

    void flush() {
        if (batch.size() > 0) {
            frontier.append(batch);
            batch.clear();
            pending = 0;
        }
    }

    int pending() {
        return pending;
    }

    /** States queued as objects (exactly, once this producer is idle). */
    int objects() {
        return lane.size();
    }

    /** How many objects each lane of this outbox holds from now on; only while the producer is idle. */
    void limitObjects(int states) {
        objectLimit = states;
        if (lane.size() == 0) {
            lane = newLane();
        }
    }

    StateLane newLane() {
        return new StateLane(objectLimit);
    }

    /** Hands over the lane filled so far and starts an empty one; only while the producer is idle. */
    StateLane takeLane() {
        StateLane filled = lane;
        lane = newLane();
        return filled;
    }

    /** Puts back a lane taken by {@link #takeLane}, with the same states; only while the producer is idle. */
    void restoreLane(StateLane filled) {
        lane = filled;
    }
}
