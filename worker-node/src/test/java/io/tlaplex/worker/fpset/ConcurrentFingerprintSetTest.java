package io.tlaplex.worker.fpset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class ConcurrentFingerprintSetTest {
    private static final long MIB = 1L << 20;

    @TempDir
    Path spillDir;

    @Test
    void shouldReportFingerprintNewOnlyOnFirstInsert() {
        try (FingerprintSet set = new FingerprintSetConfig(MIB, 0, null, 0).create()) {
            boolean first = set.insert(42);
            boolean second = set.insert(42);

            assertTrue(first);
            assertFalse(second);
            assertTrue(set.contains(42));
            assertFalse(set.contains(43));
            assertEquals(1, set.size());
        }
    }

    @Test
    void shouldStoreFingerprintZeroAndTheFingerprintThatMapsToTheFrozenMark() {
        long frozenPreimage = inverseOfSpread();
        assertEquals(FingerprintTable.FROZEN, frozenPreimage * 0x9E3779B97F4A7C15L);
        try (FingerprintSet set = new FingerprintSetConfig(MIB, 0, null, 0).create()) {
            assertFalse(set.contains(0));
            assertTrue(set.insert(0));
            assertTrue(set.insert(frozenPreimage));

            assertTrue(set.contains(0));
            assertTrue(set.contains(frozenPreimage));
            assertFalse(set.insert(0));
            assertFalse(set.insert(frozenPreimage));
            assertEquals(2, set.size());
        }
    }

    @Test
    void shouldKeepEveryFingerprintWhileGrowingFromASmallTable() {
        try (ConcurrentFingerprintSet set = new ConcurrentFingerprintSet(new FingerprintSetConfig(64 * MIB, 1000,
                null, 0))) {
            long firstCapacity = set.currentCapacity();
            for (long i = 0; i < 200_000; i++) {
                assertTrue(set.insert(i));
            }

            assertTrue(set.currentCapacity() >= 32 * firstCapacity, "capacity " + set.currentCapacity());
            for (long i = 0; i < 200_000; i++) {
                assertTrue(set.contains(i), "lost " + i);
                assertFalse(set.insert(i));
            }
            assertEquals(200_000, set.size());
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldReportEachFingerprintNewExactlyOnceAcrossThreadsWhileGrowing() throws InterruptedException {
        try (ConcurrentFingerprintSet set = new ConcurrentFingerprintSet(new FingerprintSetConfig(256 * MIB, 1000,
                null, 0))) {
            long firstCapacity = set.currentCapacity();

            int[] newCounts = StressInserter.insertFromThreads(set, 6, 400_000);

            StressInserter.assertEachNewOnce(newCounts);
            assertEquals(400_000, set.size());
            assertTrue(set.currentCapacity() >= 64 * firstCapacity, "capacity " + set.currentCapacity());
            for (int i = 0; i < 400_000; i++) {
                assertTrue(set.contains(StressInserter.fingerprint(i)), "lost " + i);
            }
        }
    }

    @Test
    void shouldKeepTablesOffTheHeapUnlessAskedForJavaArrays() {
        try (ConcurrentFingerprintSet offHeap = new ConcurrentFingerprintSet(new FingerprintSetConfig(MIB, 0, null, 0));
             ConcurrentFingerprintSet onHeap = new ConcurrentFingerprintSet(
                     new FingerprintSetConfig(MIB, 0, null, 0).withOffHeap(false))) {
            assertTrue(offHeap.offHeapTables());
            assertFalse(onHeap.offHeapTables());
        }
    }

    @Test
    void shouldKeepEveryFingerprintWhileGrowingInJavaArrays() {
        try (ConcurrentFingerprintSet set = new ConcurrentFingerprintSet(new FingerprintSetConfig(64 * MIB, 1000,
                null, 0).withOffHeap(false))) {
            for (long i = 0; i < 100_000; i++) {
                assertTrue(set.insert(i));
            }

            assertFalse(set.offHeapTables());
            for (long i = 0; i < 100_000; i++) {
                assertFalse(set.insert(i), "lost " + i);
            }
        }
    }

    @Test
    void shouldFreeReplacedTablesOnceNoCallCanReachThem() {
        try (ConcurrentFingerprintSet set = new ConcurrentFingerprintSet(new FingerprintSetConfig(64 * MIB, 1000,
                null, 0))) {
            long firstCapacity = set.currentCapacity();
            for (long i = 0; i < 100_000; i++) {
                set.insert(i);
            }
            long capacity = set.currentCapacity();
            // New keys make inserts look at the load now and then, which is when replaced tables are freed.
            for (int round = 0; round < 3; round++) {
                for (long i = 100_000; i < 110_000; i++) {
                    set.insert(i + round * 10_000L);
                }
            }

            assertEquals(capacity, set.currentCapacity(), "no growth in the second phase");
            assertTrue(capacity >= 16 * firstCapacity);
            assertEquals(capacity * Long.BYTES, set.memoryBytes(), "only the current table is left");
        }
    }

    @Test
    void shouldRefuseCallsAfterCloseInsteadOfTouchingFreedMemory() {
        FingerprintSet set = new FingerprintSetConfig(MIB, 0, null, 0).create();
        set.insert(7);
        set.close();
        set.close();

        assertThrows(IllegalStateException.class, () -> set.insert(8));
        assertThrows(IllegalStateException.class, () -> set.contains(7));
        assertThrows(IllegalStateException.class, () -> set.insertAll(new long[] {1}, 1, new boolean[1]));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldReportEachFingerprintNewExactlyOnceAcrossThreadsWhileSpilling() throws Exception {
        try (ConcurrentFingerprintSet set = new ConcurrentFingerprintSet(new FingerprintSetConfig(512 * 1024, 0,
                spillDir, 64 * MIB))) {

            int[] newCounts = StressInserter.insertFromThreads(set, 5, 150_000);

            StressInserter.assertEachNewOnce(newCounts);
            assertEquals(150_000, set.size());
            assertTrue(set.runCount() >= 3, "runs " + set.runCount());
            assertTrue(set.diskBytes() > 0);
            for (int i = 0; i < 150_000; i++) {
                assertTrue(set.contains(StressInserter.fingerprint(i)), "lost " + i);
            }
            for (int i = 150_000; i < 160_000; i++) {
                assertFalse(set.contains(StressInserter.fingerprint(i)), "phantom " + i);
            }
        }
        try (Stream<Path> files = Files.list(spillDir)) {
            assertEquals(0, files.count(), "close deletes the spill files");
        }
    }

    @Test
    void shouldStopWithExitCode153WhenMemoryIsFullAndThereIsNoSpillDirectory() {
        try (FingerprintSet set = new FingerprintSetConfig(96 * 1024, 0, null, 0).create()) {
            long inserted = 0;
            FingerprintSetExhaustedException error = null;
            while (error == null && inserted < 1_000_000) {
                try {
                    set.insert(inserted);
                } catch (FingerprintSetExhaustedException e) {
                    error = e;
                }
                inserted++;
            }

            assertTrue(error != null, "no exhaustion after " + inserted + " inserts");
            assertEquals(153, error.exitCode());
            assertTrue(error.getMessage().startsWith("out of memory for fingerprints: the fingerprint set is full: "),
                    error.getMessage());
            assertThrows(FingerprintSetExhaustedException.class, () -> set.insert(-1));
            for (long i = 0; i < inserted; i++) {
                assertTrue(set.contains(i), "dropped " + i);
            }
        }
    }

    @Test
    void shouldStopWhenSpillingWouldPassTheDiskBudget() {
        try (FingerprintSet set = new FingerprintSetConfig(96 * 1024, 0, spillDir, 16 * 1024).create()) {
            FingerprintSetExhaustedException error = assertThrows(FingerprintSetExhaustedException.class, () -> {
                for (long i = 0; i < 1_000_000; i++) {
                    set.insert(i);
                }
            });

            assertEquals(FingerprintSetExhaustedException.EXIT_CODE, error.exitCode());
            assertTrue(error.getMessage().contains("would pass the disk budget of 16384 bytes"), error.getMessage());
        }
    }

    @Test
    void shouldUseAtMost12BytesPerFingerprintAtTheDefaultLoad() {
        long slots = 1L << 20;
        try (FingerprintSet set = new FingerprintSetConfig(slots * 12, (long) (slots * 0.75) - 1, null, 0).create()) {
            for (long i = 0; i < (long) (slots * 0.75) - 1; i++) {
                set.insert(i);
            }

            double bytesPerEntry = (double) set.memoryBytes() / set.size();

            assertTrue(bytesPerEntry <= 12, "bytes per entry " + bytesPerEntry);
        }
    }

    @Test
    void shouldNotAllocateWhileInserting() {
        long slots = 1L << 22;
        try (FingerprintSet set = new FingerprintSetConfig(slots * 12, slots / 2, null, 0).create()) {
            long[] batch = new long[16];
            boolean[] added = new boolean[16];
            insertRange(set, 0, 400_000, batch, added);
            com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory
                    .getThreadMXBean();

            long before = threads.getCurrentThreadAllocatedBytes();
            insertRange(set, 400_000, 1_600_000, batch, added);
            insertRange(set, 0, 400_000, batch, added);
            long after = threads.getCurrentThreadAllocatedBytes();

            // A few hundred bytes can come from the JIT or the JVM itself; per insert it must be nothing.
            long allocated = after - before;
            assertTrue(allocated < 16_384, allocated + " bytes allocated by 2.4 million inserts and look-ups");
        }
    }

    private static void insertRange(FingerprintSet set, long from, long to, long[] batch, boolean[] added) {
        for (long i = from; i < to; i += 2 * batch.length) {
            set.insert(i);
            set.contains(i);
            for (int b = 0; b < batch.length; b++) {
                batch[b] = i + 1 + b;
            }
            set.insertAll(batch, batch.length, added);
            for (long j = i + 1 + batch.length; j < i + 2 * batch.length; j++) {
                set.insert(j);
            }
        }
    }

    @Test
    void shouldReportWhichBatchMembersWereNew() {
        try (FingerprintSet set = new FingerprintSetConfig(MIB, 0, null, 0).create()) {
            set.insert(2);
            long[] fps = {1, 2, 3, 1, 99};
            boolean[] added = new boolean[5];

            int count = set.insertAll(fps, 4, added);

            assertEquals(2, count);
            assertTrue(added[0]);
            assertFalse(added[1]);
            assertTrue(added[2]);
            assertFalse(added[3]);
            assertFalse(set.contains(99));
        }
    }

    @Test
    void shouldMapDistinctFingerprintsToDistinctStoredKeys() {
        assertNotEquals(ConcurrentFingerprintSet.storedKey(0), ConcurrentFingerprintSet.storedKey(inverseOfSpread()));
        assertNotEquals(FingerprintTable.EMPTY, ConcurrentFingerprintSet.storedKey(0));
        assertNotEquals(FingerprintTable.FROZEN, ConcurrentFingerprintSet.storedKey(inverseOfSpread()));
    }

    /** The multiplicative inverse modulo 2^64 of the odd spreading constant, by Newton's iteration. */
    private static long inverseOfSpread() {
        long a = 0x9E3779B97F4A7C15L;
        long x = a;
        for (int i = 0; i < 6; i++) {
            x *= 2 - a * x;
        }
        return x;
    }
}
