package io.tlaplex.worker.fpset;

import java.util.function.LongConsumer;

/** Fingerprints that can be listed: a whole set while nothing inserts, or a snapshot of one at any time. */
public interface FingerprintSource {
    /** How many fingerprints {@link #forEach} hands out. */
    long size();

    /** Hands every fingerprint to {@code action}, each once. */
    void forEach(LongConsumer action);
}
