package io.tlaplex.frontend.value;

/**
 * Fingerprints states and values under one seed (see {@link Fingerprint}); fingerprinting a state whose values are
 * built allocates nothing. Owned by one worker thread.
 */
public final class StateFingerprinter {
    private final long seed;

    public StateFingerprinter(long seed) {
        this.seed = seed;
    }

    public long seed() {
        return seed;
    }

    /** Fingerprint of the state's variable values, in variable order. */
    public long fingerprint(Value[] state) {
        return Fingerprint.ofState(state, seed);
    }

    /** Fingerprint of one value (for VIEW and symmetry). */
    public long fingerprint(Value value) {
        return Fingerprint.of(value, seed);
    }
}
