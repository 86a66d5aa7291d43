package io.tlaplex.worker.cluster;

import io.tlaplex.frontend.value.MutableBuffer;
import io.tlaplex.worker.explore.StateCodec;
import io.tlaplex.worker.queue.StateBatch;

/**
 * One producer's states for the next level, encoded into a batch of its own and handed to the node's
 * {@link NodeFrontier} a few hundred KiB at a time, so that producers rarely meet on the frontier's lock. Owned by
 * one thread; the frontier flushes it while that thread is idle.
 */
final class Outbox {
    private static final int FLUSH_BYTES = 256 << 10;

    private final NodeFrontier frontier;
    private final StateBatch batch = new StateBatch(FLUSH_BYTES + (64 << 10));
    private final MutableBuffer encoded = new MutableBuffer(256);
    /** States in {@link #batch}; read by other threads for progress (exactly, once this producer is idle). */
    private int pending;

    Outbox(NodeFrontier frontier) {
        this.frontier = frontier;
    }

    /** Queues {@code state}, encoded with {@code codec}. */
    <S> void add(StateCodec<S> codec, S state, long fingerprint, long traceRef) {
        encoded.reset();
        codec.encode(state, encoded);
        add(fingerprint, traceRef, encoded.array(), 0, encoded.length());
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
}
