package io.tlaplex.worker.fpset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.LongConsumer;
import java.util.concurrent.atomic.LongAdder;

/**
 * The node's fingerprint shard: a chain of lock-free {@link FingerprintTable}s in which a full table is replaced by
 * a larger one (keys copied by all inserting threads, a chunk at a time) or, when memory is used up, by a fresh one
 * while the full one is written to a sorted {@link SpillRun}. Any number of threads may call it; the algorithm is
 * specified in {@code docs/specs/FingerprintSet.tla}. Tables live off the heap where possible; a replaced table
 * is freed once {@link ReaderEpochs} shows that no call can still be probing it.
 */
final class ConcurrentFingerprintSet implements FingerprintSet {
    static final double LOAD_FACTOR = 0.75;
    /** Odd, so multiplying by it is a bijection: stored keys are as distinct as fingerprints and well spread. */
    private static final long SPREAD = 0x9E3779B97F4A7C15L;
    /** SPREAD's inverse modulo 2^64: turns a stored key back into its fingerprint. */
    private static final long SPREAD_INVERSE = inverse(SPREAD);
    /** Stored in place of a key that equals a sentinel; costs one more possible collision each. */
    private static final long EMPTY_SUBSTITUTE = 0x6A09E667F3BCC909L;
    private static final long FROZEN_SUBSTITUTE = 0xBB67AE8584CAA73BL;

    private static final long TOUCH_SENTINEL = 0x0123456789ABCDEFL;

    private final TableSizing sizing;
    private final Path spillDirectory;
    private final long diskBudgetBytes;
    private final boolean offHeap;
    private final ReaderEpochs readers = new ReaderEpochs();
    /** A LongAdder gives each contending thread its own padded cell, so counting costs no shared cache line. */
    private final LongAdder distinct = new LongAdder();
    /** The oldest table still taking part in inserts; a migration ends by moving it to the successor. */
    private volatile FingerprintTable current;
    private volatile RuntimeException failure;
    /** Every run written so far; written only by the thread that finishes a spill. */
    private volatile SpillRun[] spilled = SpillRun.NONE;

    ConcurrentFingerprintSet(FingerprintSetConfig config) {
        this.sizing = new TableSizing(config.memoryBytes(), LOAD_FACTOR);
        this.spillDirectory = config.spillDirectory();
        this.diskBudgetBytes = config.diskBytes();
        this.offHeap = config.offHeap();
        long capacity = sizing.initialCapacity(config.expectedStates());
        this.current = new FingerprintTable(SlotMemory.allocate(capacity, offHeap), LOAD_FACTOR, 0, true,
                SpillRun.NONE);
    }

    /** The inverse of an odd number modulo 2^64, by Newton's iteration (each step doubles the correct bits). */
    static long inverse(long odd) {
        long x = odd;
        for (int i = 0; i < 5; i++) {
            x *= 2 - odd * x;
        }
        return x;
    }

    static long storedKey(long fp) {
        long key = fp * SPREAD;
        if (key == FingerprintTable.EMPTY) {
            return EMPTY_SUBSTITUTE;
        }
        return key == FingerprintTable.FROZEN ? FROZEN_SUBSTITUTE : key;
    }

    @Override
    public boolean insert(long fp) {
        int counter = readers.enter();
        try {
            return insertKey(fp);
        } finally {
            readers.exit(counter);
        }
    }

    private boolean insertKey(long fp) {
        throwIfFailed();
        long key = storedKey(fp);
        FingerprintTable table = current;
        if (table.next != null) {
            helpMigrate(table);
        }
        SpillRun[] runs = table.runs;
        SpillRun[] olderRuns = runs.length == 0 ? null : runs;
        while (true) {
            int result = table.insert(key, olderRuns);
            if (result == FingerprintTable.INSERTED) {
                distinct.increment();
                // About one new key in checkMask + 1 looks at the load: the key bits are as good as random.
                if ((key >>> 24 & table.checkMask) == 0) {
                    checkLoad(table);
                }
                return true;
            }
            if (result == FingerprintTable.PRESENT) {
                return false;
            }
            if (result == FingerprintTable.FULL) {
                awaitSuccessor(table);
            }
            // The key is not in this table and never will be: it belongs in the successor.
            table = table.next;
        }
    }

    @Override
    public int insertAll(long[] fps, int count, boolean[] added) {
        int counter = readers.enter();
        try {
            return insertBatch(fps, count, added);
        } finally {
            readers.exit(counter);
        }
    }

    private int insertBatch(long[] fps, int count, boolean[] added) {
        throwIfFailed();
        FingerprintTable table = current;
        long touched = 0;
        for (int i = 0; i < count; i++) {
            touched += table.touch(storedKey(fps[i]));
        }
        // Using the sum keeps the compiler from dropping the reads; the branch is practically never taken.
        if (touched == TOUCH_SENTINEL) {
            Thread.onSpinWait();
        }
        int addedCount = 0;
        for (int i = 0; i < count; i++) {
            boolean isNew = insertKey(fps[i]);
            added[i] = isNew;
            if (isNew) {
                addedCount++;
            }
        }
        return addedCount;
    }

    @Override
    public boolean contains(long fp) {
        int counter = readers.enter();
        try {
            return find(storedKey(fp));
        } finally {
            readers.exit(counter);
        }
    }

    private boolean find(long key) {
        if (failure instanceof ClosedException closed) {
            throw closed;
        }
        FingerprintTable table = current;
        SpillRun[] runs = table.runs;
        while (true) {
            int result = table.find(key);
            if (result == FingerprintTable.PRESENT) {
                return true;
            }
            if (result != FingerprintTable.MOVED) {
                return SpillRun.anyContains(runs, key);
            }
            table = table.next;
        }
    }

    @Override
    public long size() {
        return distinct.sum();
    }

    @Override
    public long memoryBytes() {
        long bytes = 0;
        for (SpillRun run : spilled) {
            bytes += run.memoryBytes();
        }
        for (FingerprintTable table = current; table != null; table = table.next) {
            bytes += FingerprintTable.bytesFor(table.capacity);
        }
        return bytes + readers.pendingBytes();
    }

    @Override
    public long diskBytes() {
        long bytes = 0;
        for (SpillRun run : spilled) {
            bytes += run.diskBytes();
        }
        return bytes;
    }

    /** The number of spilled runs; for tests and progress reports. */
    int runCount() {
        return spilled.length;
    }

    /** The capacity of the table inserts start in; for tests. */
    long currentCapacity() {
        return current.capacity;
    }

    @Override
    public void forEach(LongConsumer action) {
        FingerprintTable table = settledTable();
        forEachIn(table.slots, table.runs, action);
    }

    @Override
    public Snapshot snapshot() {
        FingerprintTable table = settledTable();
        SlotMemory copy = table.slots.copy();
        SpillRun[] runs = table.runs;
        long size = size();
        return new Snapshot() {
            @Override
            public long size() {
                return size;
            }

            @Override
            public void forEach(LongConsumer action) {
                forEachIn(copy, runs, action);
            }

            @Override
            public void close() {
                copy.release();
            }
        };
    }

    /** The current table once any migration under way is finished; only while no other call runs. */
    private FingerprintTable settledTable() {
        throwIfFailed();
        FingerprintTable table = current;
        while (table.next != null) {
            helpMigrate(table);
            table = current;
        }
        return table;
    }

    private static void forEachIn(SlotMemory slots, SpillRun[] runs, LongConsumer action) {
        for (long i = 0; i < slots.capacity; i++) {
            long key = slots.get(i);
            if (key != FingerprintTable.EMPTY && key != FingerprintTable.FROZEN) {
                action.accept(fingerprintOf(key));
            }
        }
        for (SpillRun run : runs) {
            for (long i = 0; i < run.count; i++) {
                action.accept(fingerprintOf(run.keyAt(i)));
            }
        }
    }

    /** The fingerprint whose stored key is {@code key} (for a substitute: the fingerprint it stands for). */
    static long fingerprintOf(long key) {
        if (key == EMPTY_SUBSTITUTE) {
            return 0;
        }
        if (key == FROZEN_SUBSTITUTE) {
            return FingerprintTable.FROZEN * SPREAD_INVERSE;
        }
        return key * SPREAD_INVERSE;
    }

    /** Whether the current table lives outside the Java heap. */
    boolean offHeapTables() {
        return current.slots.offHeap();
    }

    @Override
    public void close() {
        if (failure instanceof ClosedException) {
            return;
        }
        failure = new ClosedException();
        readers.releaseAll();
        for (FingerprintTable table = current; table != null; table = table.next) {
            table.slots.release();
        }
        SpillRun[] runs = spilled;
        spilled = SpillRun.NONE;
        try {
            for (SpillRun run : runs) {
                run.delete();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete fingerprint spill file", e);
        }
    }

    /** Called every few hundred inserts: starts a successor at the load limit, waits at the hard limit. */
    private void checkLoad(FingerprintTable table) {
        readers.reclaim();
        while (true) {
            RuntimeException failed = failure;
            if (failed != null) {
                throw failed;
            }
            long keys = distinct.sum() - table.excludedKeys;
            if (keys < table.growAt || table.next != null) {
                return;
            }
            if (table == current && table.claimGrowth()) {
                startSuccessor(table);
                return;
            }
            if (keys < table.waitAt) {
                return;
            }
            // Over the hard limit: another thread is allocating the successor, or an older table is spilling.
            helpOrYield();
        }
    }

    private void awaitSuccessor(FingerprintTable table) {
        while (table.next == null) {
            RuntimeException failed = failure;
            if (failed != null) {
                throw failed;
            }
            if (table == current && table.claimGrowth()) {
                startSuccessor(table);
            } else {
                helpOrYield();
            }
        }
    }

    private void helpOrYield() {
        FingerprintTable table = current;
        if (table.next != null && !table.allChunksClaimed()) {
            helpMigrate(table);
        } else {
            Thread.yield();
        }
    }

    private void helpMigrate(FingerprintTable table) {
        if (table.migrateOneChunk()) {
            finishMigration(table);
        }
    }

    /** Run by the one thread that won {@link FingerprintTable#claimGrowth()} for the current table. */
    private void startSuccessor(FingerprintTable table) {
        long reserved = spilledMemoryBytes();
        long grown = sizing.grownCapacity(table.capacity, reserved);
        FingerprintTable successor;
        try {
            if (grown > 0) {
                successor = new FingerprintTable(SlotMemory.allocate(grown, offHeap), LOAD_FACTOR, table.excludedKeys,
                        true, table.runs);
            } else if (spillDirectory != null) {
                long filterBytes = table.capacity * BlockedBloomFilter.BITS_PER_KEY / 8;
                long capacity = sizing.spillCapacity(table.capacity, reserved + filterBytes);
                if (capacity == 0) {
                    throw fail("the fingerprint memory budget cannot hold another table beside the spill filters",
                            null);
                }
                successor = new FingerprintTable(SlotMemory.allocate(capacity, offHeap), LOAD_FACTOR, distinct.sum(),
                        false, SpillRun.NONE);
            } else {
                throw fail("the fingerprint set is full: " + size() + " distinct states fill the memory budget"
                        + " and no spill directory was given", null);
            }
        } catch (OutOfMemoryError e) {
            throw fail(offHeap ? "the system cannot map the next fingerprint table: lower -fpmem"
                    : "the Java heap cannot hold the next fingerprint table: raise -Xmx or lower -fpmem", e);
        }
        table.next = successor;
    }

    /** Run by the thread that finished freezing {@code table}: publishes the successor as the current table. */
    private void finishMigration(FingerprintTable table) {
        FingerprintTable successor = table.next;
        if (!successor.copyTarget) {
            successor.runs = spill(table);
        }
        current = successor;
        readers.retire(FingerprintTable.bytesFor(table.capacity), table.slots::release);
        readers.reclaim();
    }

    private SpillRun[] spill(FingerprintTable table) {
        long keys = SpillRunWriter.countKeys(table);
        long diskBytes = diskBytes() + keys * Long.BYTES;
        if (diskBytes > diskBudgetBytes) {
            throw fail("the fingerprint set is full: memory is used up and spilling " + keys
                    + " fingerprints would pass the disk budget of " + diskBudgetBytes + " bytes", null);
        }
        SpillRun run;
        try {
            run = SpillRunWriter.write(table, keys, spillDirectory);
        } catch (IOException e) {
            throw fail("the fingerprint set is full: memory is used up and the spill to " + spillDirectory
                    + " failed: " + e.getMessage(), e);
        }
        SpillRun[] runs = Arrays.copyOf(table.runs, table.runs.length + 1);
        runs[runs.length - 1] = run;
        spilled = runs;
        return runs;
    }

    private long spilledMemoryBytes() {
        long bytes = 0;
        for (SpillRun run : spilled) {
            bytes += run.memoryBytes();
        }
        return bytes;
    }

    private void throwIfFailed() {
        RuntimeException failed = failure;
        if (failed != null) {
            throw failed;
        }
    }

    /** Thrown by every call after {@link #close()}: the memory behind the tables is gone. */
    static final class ClosedException extends IllegalStateException {
        ClosedException() {
            super("the fingerprint set is closed");
        }
    }

    private FingerprintSetExhaustedException fail(String message, Throwable cause) {
        FingerprintSetExhaustedException exhausted = new FingerprintSetExhaustedException(
                "out of memory for fingerprints: " + message, cause);
        failure = exhausted;
        return exhausted;
    }
}
