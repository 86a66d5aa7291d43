package io.tlaplex.frontend.value;

/**
 * Fingerprints states and values through a reusable encoding buffer: once the buffer has grown to the largest
 * state, fingerprinting an already-built state allocates nothing. Owned by one worker thread.
 */
public final class StateFingerprinter {
    private final MutableBuffer buffer;
    private final long seed;

    public StateFingerprinter(long seed) {
        this.seed = seed;
        this.buffer = new MutableBuffer(1024);
    }

    public long seed() {
        return seed;
    }

    /** Fingerprint of the state's variable values, in variable order. */
    public long fingerprint(Value[] state) {
        buffer.reset();
        ValueCodec.encodeState(state, buffer);
        return Fingerprint.hash(buffer.array(), 0, buffer.length(), seed);
    }

    /** Fingerprint of one value (for VIEW and symmetry). */
    public long fingerprint(Value value) {
        buffer.reset();
        value.encode(buffer);
        return Fingerprint.hash(buffer.array(), 0, buffer.length(), seed);
    }

    /** The encoding made by the last call, valid until the next one: ship or store it as is. */
    public MutableBuffer lastEncoding() {
        return buffer;
    }
}
