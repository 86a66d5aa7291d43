package io.tlaplex.worker.cluster;

/**
 * The fingerprints one worker sent to their owners lately, in a direct-mapped table: a successor found here is
 * dropped before it is encoded, since its owner has it or will have it before the level ends (the wave detector
 * waits for every state in flight). A miss only costs a send the owner deduplicates, so collisions overwrite.
 * Owned by one worker thread; 0 marks an empty slot (fingerprints are normalised away from 0).
 */
final class SentCache {
    private final long[] slots;
    private final int shift;

    /** @param slots a power of two, or 0 for no cache */
    SentCache(int slots) {
        if (slots < 0 || Integer.bitCount(slots) > 1) {
            throw new IllegalArgumentException("sent cache slots must be 0 or a power of two, got " + slots);
        }
        this.slots = new long[slots];
        this.shift = 64 - Integer.numberOfTrailingZeros(Math.max(1, slots));
    }

    /** Whether {@code fp} must be sent: false when this worker sent it lately; remembers it either way. */
    boolean firstSend(long fp) {
        if (slots.length == 0) {
            return true;
        }
        // Fibonacci hashing of the whole fingerprint: the owner function and the shard use its high and low bits.
        int slot = (int) ((fp * 0x9E3779B97F4A7C15L) >>> shift);
        if (slots[slot] == fp) {
            return false;
        }
        slots[slot] = fp;
        return true;
    }
}
