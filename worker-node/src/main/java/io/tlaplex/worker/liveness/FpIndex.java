package io.tlaplex.worker.liveness;

import java.nio.file.Path;

/** Fingerprint to state number, open addressing over memory-mapped arrays; fingerprints are never 0. */
final class FpIndex implements AutoCloseable {
    private final MappedArray keys;
    private final MappedArray values;
    private final long mask;

    FpIndex(Path dir, int capacity) {
        long size = Long.highestOneBit(Math.max(16L, capacity * 2L - 1)) << 1;
        this.mask = size - 1;
        this.keys = MappedArray.longs(dir, "index-keys", size);
        this.values = MappedArray.ints(dir, "index-values", size);
    }

    void put(long fp, int value) {
        long at = mix(fp) & mask;
        while (true) {
            long k = keys.getLong(at);
            if (k == 0 || k == fp) {
                keys.setLong(at, fp);
                values.setInt(at, value);
                return;
            }
            at = (at + 1) & mask;
        }
    }

    /** The state of {@code fp}, or -1. */
    int get(long fp) {
        long at = mix(fp) & mask;
        while (true) {
            long k = keys.getLong(at);
            if (k == fp) {
                return values.getInt(at);
            }
            if (k == 0) {
                return -1;
            }
            at = (at + 1) & mask;
        }
    }

    private static long mix(long fp) {
        long h = fp * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 29);
    }

    @Override
    public void close() {
        keys.close();
        values.close();
    }
}
