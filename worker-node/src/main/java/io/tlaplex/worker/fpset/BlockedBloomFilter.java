package io.tlaplex.worker.fpset;

/**
 * A Bloom filter whose bits for one key all lie in one 64-bit word, so that a look-up costs one cache miss; with 8
 * bits per key and 4 bits set per key about 3 % of absent keys pass. Written by one thread before it is
 * published, then read-only.
 */
final class BlockedBloomFilter {
    static final int BITS_PER_KEY = 8;
    private static final long MIX = 0xC2B2AE3D27D4EB4FL;

    private final long[] words;

    BlockedBloomFilter(long keys) {
        long wordCount = Math.max(1, (keys * BITS_PER_KEY + 63) / 64);
        if (wordCount > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("too many keys for one filter: " + keys);
        }
        this.words = new long[(int) wordCount];
    }

    void add(long key) {
        words[word(key)] |= mask(key);
    }

    boolean mightContain(long key) {
        long mask = mask(key);
        return (words[word(key)] & mask) == mask;
    }

    long memoryBytes() {
        return (long) words.length * Long.BYTES;
    }

    private int word(long key) {
        return (int) Math.unsignedMultiplyHigh(key, words.length);
    }

    /** Four bit positions taken from a second hash, independent of the high bits that chose the word. */
    private static long mask(long key) {
        long h = (key ^ (key >>> 29)) * MIX;
        return 1L << (h >>> 58) | 1L << (h >>> 52) | 1L << (h >>> 46) | 1L << (h >>> 40);
    }
}
