package io.tlaplex.worker.cluster;

/** The fingerprint as the explorers store it: 0 is the fingerprint set's empty slot, so it is mapped away. */
final class Fingerprints {
    private Fingerprints() {
    }

    /** The same mapping as the single-JVM explorers use, so that every mode counts the same states. */
    static long normalize(long fp) {
        return fp == 0 ? 0x9E3779B97F4A7C15L : fp;
    }
}
