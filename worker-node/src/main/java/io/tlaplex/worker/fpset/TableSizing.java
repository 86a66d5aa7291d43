package io.tlaplex.worker.fpset;

/**
 * Picks table capacities within a memory budget. The largest table has two thirds of the budget's slots, so that
 * it and its half-size predecessor fit together while keys are migrated; the first table is that size halved until
 * it is just large enough for the expected states, and each growth doubles it.
 */
final class TableSizing {
    static final long MIN_SLOTS = 1024;
    static final long DEFAULT_INITIAL_SLOTS = 1L << 20;

    private final long memoryBytes;
    private final double loadFactor;

    TableSizing(long memoryBytes, double loadFactor) {
        this.memoryBytes = memoryBytes;
        this.loadFactor = loadFactor;
    }

    long initialCapacity(long expectedStates) {
        long largest = maxSlots(0) / 3 * 2;
        if (largest < MIN_SLOTS) {
            throw new IllegalArgumentException("fingerprint memory budget of " + memoryBytes
                    + " bytes is too small: need at least " + MIN_SLOTS * 12 + " bytes");
        }
        long wanted = expectedStates > 0 ? (long) Math.ceil(expectedStates / loadFactor) + 1 : DEFAULT_INITIAL_SLOTS;
        long capacity = largest;
        while (capacity / 2 >= Math.max(wanted, MIN_SLOTS)) {
            capacity /= 2;
        }
        return capacity;
    }

    /** The capacity to grow a table of {@code current} slots to, or 0 when growing is not worth it. */
    long grownCapacity(long current, long reservedBytes) {
        long grown = Math.min(2 * current, maxSlots(reservedBytes) - current);
        return grown >= current + current / 8 ? grown : 0;
    }

    /** The capacity of the table that takes inserts while a table of {@code current} slots spills, or 0. */
    long spillCapacity(long current, long reservedBytes) {
        long spill = Math.min(current, maxSlots(reservedBytes) - current);
        return spill >= MIN_SLOTS ? spill : 0;
    }

    private long maxSlots(long reservedBytes) {
        return Math.max(0, (memoryBytes - reservedBytes) / Long.BYTES);
    }
}
