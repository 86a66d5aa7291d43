package io.tlaplex.worker.fpset;

import java.util.concurrent.atomic.AtomicLong;

/**
 * One open-addressing table of stored keys with linear probing, insert-if-absent by CAS, and the per-slot freeze
 * that moves inserts on to the next table while this one is migrated or spilled (FingerprintSet.tla, actions
 * Insert, Freeze and Copy). Shared by all inserting threads; only {@link ConcurrentFingerprintSet} links tables.
 */
final class FingerprintTable {
    static final long EMPTY = 0;
    /** Marks a slot that was empty when its table stopped taking keys: probes continue in {@link #next}. */
    static final long FROZEN = 1;

    static final int INSERTED = 0;
    static final int PRESENT = 1;
    static final int MOVED = 2;
    static final int FULL = 3;

    static final int CHUNK_SLOTS = 4096;

    final long capacity;
    /** Keys at which the table should be replaced by a larger one or spilled. */
    final long growAt;
    /** Keys at which inserters wait for the replacement rather than fill the table further. */
    final long waitAt;
    /** Distinct keys that were already on disk, not in this table or its predecessors, when it was made. */
    final long excludedKeys;
    /** Inserters look at the load when the bits of the new key under this mask are zero. */
    final int checkMask;
    /** Whether migration copies keys into this table (growth) or leaves them to a spilled run. */
    final boolean copyTarget;
    final SlotMemory slots;
    private final long chunks;
    private final AtomicLong claimedChunks = new AtomicLong();
    private final AtomicLong doneChunks = new AtomicLong();
    private final AtomicLong growthClaim = new AtomicLong();

    /** The table that takes inserts once this one is frozen; written once. */
    volatile FingerprintTable next;
    /** The spilled runs holding the keys that are older than this table; written before it becomes current. */
    volatile SpillRun[] runs;

    FingerprintTable(SlotMemory slots, double loadFactor, long excludedKeys, boolean copyTarget, SpillRun[] runs) {
        long capacity = slots.capacity;
        this.capacity = capacity;
        this.growAt = (long) (capacity * loadFactor);
        this.waitAt = growAt + (capacity - growAt) / 2;
        this.excludedKeys = excludedKeys;
        this.checkMask = (int) Math.min(1023, Math.max(1, Long.highestOneBit(capacity >>> 12)) - 1);
        this.copyTarget = copyTarget;
        this.runs = runs;
        this.slots = slots;
        this.chunks = (capacity + CHUNK_SLOTS - 1) / CHUNK_SLOTS;
    }

    static long bytesFor(long capacity) {
        return capacity * Long.BYTES;
    }

    /** The home slot: monotone in the key read as unsigned, so that a frozen table is nearly sorted. */
    long home(long key) {
        return Math.unsignedMultiplyHigh(key, capacity);
    }

    long slot(long index) {
        return slots.get(index);
    }

    /** Reads the home slot of {@code key} and the one a cache line further, to start their cache misses early. */
    long touch(long key) {
        long index = home(key);
        return slot(index) + slot(Math.min(index + 8, capacity - 1));
    }

    /**
     * Inserts {@code key} unless present. Before taking an empty slot it asks {@code olderRuns} (if not null)
     * whether the key was spilled. Returns {@link #INSERTED}, {@link #PRESENT}, {@link #MOVED} (the probe met a
     * frozen slot: go on in {@link #next}) or {@link #FULL}.
     */
    int insert(long key, SpillRun[] olderRuns) {
        long index = home(key);
        for (long probes = 0; probes < capacity; probes++) {
            // A plain read is enough: a stale EMPTY only makes the CAS below fail and return the real value.
            long seen = slots.get(index);
            if (seen == EMPTY) {
                if (olderRuns != null) {
                    if (SpillRun.anyContains(olderRuns, key)) {
                        return PRESENT;
                    }
                    olderRuns = null;
                }
                // Once a successor exists, freeze rather than fill: the key then goes to the successor.
                long want = next == null ? key : FROZEN;
                seen = slots.compareAndExchange(index, EMPTY, want);
                if (seen == EMPTY) {
                    return want == key ? INSERTED : MOVED;
                }
            }
            if (seen == key) {
                return PRESENT;
            }
            if (seen == FROZEN) {
                return MOVED;
            }
            index = index + 1 == capacity ? 0 : index + 1;
        }
        return FULL;
    }

    /** Like {@link #insert} without writing: {@link #PRESENT}, {@link #MOVED}, or {@link #EMPTY}-hit as -1. */
    int find(long key) {
        long index = home(key);
        for (long probes = 0; probes < capacity; probes++) {
            long seen = slots.getAcquire(index);
            if (seen == key) {
                return PRESENT;
            }
            if (seen == FROZEN) {
                return MOVED;
            }
            if (seen == EMPTY) {
                return -1;
            }
            index = index + 1 == capacity ? 0 : index + 1;
        }
        return -1;
    }

    /** Adds a key migrated from a frozen predecessor; no inserter can add the same key here meanwhile. */
    void copyIn(long key) {
        long index = home(key);
        for (long probes = 0; probes < capacity; probes++) {
            if (slots.get(index) == EMPTY && slots.compareAndExchange(index, EMPTY, key) == EMPTY) {
                return;
            }
            index = index + 1 == capacity ? 0 : index + 1;
        }
        throw new IllegalStateException("fingerprint table full while migrating " + capacity + " slots");
    }

    /** Claims the right to plan this table's successor; true for exactly one caller. */
    boolean claimGrowth() {
        return growthClaim.get() == 0 && growthClaim.compareAndSet(0, 1);
    }

    boolean migrationDone() {
        return doneChunks.get() == chunks;
    }

    /**
     * Claims one chunk of slots, freezes its empty slots and, when the successor is a copy target, copies its keys
     * there. Returns true when this call finished the last chunk; false also when no chunk was left to claim.
     */
    boolean migrateOneChunk() {
        long chunk = claimedChunks.getAndIncrement();
        if (chunk >= chunks) {
            return false;
        }
        FingerprintTable to = next;
        long end = Math.min(capacity, (chunk + 1) * CHUNK_SLOTS);
        for (long index = chunk * CHUNK_SLOTS; index < end; index++) {
            long seen = slots.get(index);
            if (seen == EMPTY) {
                seen = slots.compareAndExchange(index, EMPTY, FROZEN);
            }
            if (seen != EMPTY && seen != FROZEN && to.copyTarget) {
                to.copyIn(seen);
            }
        }
        return doneChunks.incrementAndGet() == chunks;
    }

    /** Whether every chunk has been claimed (the remaining ones may still be in progress). */
    boolean allChunksClaimed() {
        return claimedChunks.get() >= chunks;
    }
}
