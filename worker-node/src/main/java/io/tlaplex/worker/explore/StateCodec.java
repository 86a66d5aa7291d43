package io.tlaplex.worker.explore;

import io.tlaplex.frontend.value.MutableBuffer;

/**
 * Turns states into bytes and back, so that queued states can spill to disk and move between workers (and
 * later between nodes). Each worker owns its codec: {@link #decode} may reuse decoder state between calls.
 */
public interface StateCodec<S> {

    /** Appends the encoding of {@code state} to {@code out}; the caller resets {@code out} before each state. */
    void encode(S state, MutableBuffer out);

    /** The state encoded in {@code bytes[offset, offset + length)}, as {@link #encode} wrote it. */
    S decode(byte[] bytes, int offset, int length);
}
