package io.tlaplex.worker.explore;

/**
 * Open-addressing table from fingerprint to the fingerprint of the state it was first reached from
 * and the action that reached it: the seen-set and the trace links of a single-threaded search.
 * Linear probing over parallel primitive arrays; grows at 3/4 load. Owned by one thread.
 */
final class FingerprintMap {
    /** Stored in place of the fingerprint 0, which marks an empty slot. */
    private static final long ZERO_SUBSTITUTE = 0x9E3779B97F4A7C15L;
    static final long NO_PARENT = 0;

    private long[] keys;
    private long[] parents;
    private int[] actions;
    private int size;
    private int mask;

    FingerprintMap(int initialCapacity) {
        int capacity = Integer.highestOneBit(Math.max(16, initialCapacity - 1)) << 1;
        allocate(capacity);
    }

    /**
     * Records {@code fp} if it is new. Returns true when it was absent (and is now present).
     */
    boolean insert(long fp, long parentFp, int actionId) {
        if (size + 1 > (mask + 1) - ((mask + 1) >>> 2)) {
            grow();
        }
        long key = fp == 0 ? ZERO_SUBSTITUTE : fp;
        int slot = slotOf(key);
        while (true) {
            long current = keys[slot];
            if (current == 0) {
                keys[slot] = key;
                parents[slot] = parentFp;
                actions[slot] = actionId;
                size++;
                return true;
            }
            if (current == key) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
    }

    boolean contains(long fp) {
        return find(fp == 0 ? ZERO_SUBSTITUTE : fp) >= 0;
    }

    /** The parent fingerprint recorded for {@code fp}, or {@link #NO_PARENT} for an initial state. */
    long parentOf(long fp) {
        int slot = find(fp == 0 ? ZERO_SUBSTITUTE : fp);
        if (slot < 0) {
            throw new IllegalArgumentException("fingerprint not recorded: " + fp);
        }
        return parents[slot];
    }

    int actionOf(long fp) {
        int slot = find(fp == 0 ? ZERO_SUBSTITUTE : fp);
        if (slot < 0) {
            throw new IllegalArgumentException("fingerprint not recorded: " + fp);
        }
        return actions[slot];
    }

    int size() {
        return size;
    }

    private int find(long key) {
        int slot = slotOf(key);
        while (true) {
            long current = keys[slot];
            if (current == key) {
                return slot;
            }
            if (current == 0) {
                return -1;
            }
            slot = (slot + 1) & mask;
        }
    }

    private int slotOf(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 32) & mask;
    }

    private void allocate(int capacity) {
        keys = new long[capacity];
        parents = new long[capacity];
        actions = new int[capacity];
        mask = capacity - 1;
        size = 0;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldParents = parents;
        int[] oldActions = actions;
        allocate(oldKeys.length << 1);
        for (int i = 0; i < oldKeys.length; i++) {
            long key = oldKeys[i];
            if (key != 0) {
                int slot = slotOf(key);
                while (keys[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = key;
                parents[slot] = oldParents[i];
                actions[slot] = oldActions[i];
                size++;
            }
        }
    }
}
