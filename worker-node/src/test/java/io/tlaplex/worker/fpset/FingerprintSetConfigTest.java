package io.tlaplex.worker.fpset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FingerprintSetConfigTest {
    private static final long GIB = 1L << 30;

    @Test
    void shouldTakeTheFpMemFractionOfPhysicalMemory() {
        FingerprintSetConfig config = FingerprintSetConfig.fromFpMem(0.25, 16 * GIB, 64 * GIB);

        assertEquals(4 * GIB, config.memoryBytes());
        assertFalse(FingerprintSetConfig.heapLimited(0.25, 16 * GIB, 64 * GIB));
    }

    @Test
    void shouldCapTheBudgetAtThreeQuartersOfTheMaximumHeapWhenTablesLiveOnTheHeap() {
        FingerprintSetConfig config = FingerprintSetConfig.fromFpMem(0.5, 16 * GIB, 4 * GIB, false);

        assertEquals(3 * GIB, config.memoryBytes());
        assertFalse(config.offHeap());
    }

    @Test
    void shouldNotCapTheBudgetByTheHeapWhenTablesLiveOffTheHeap() {
        FingerprintSetConfig config = FingerprintSetConfig.fromFpMem(0.5, 16 * GIB, 4 * GIB, true);

        assertEquals(8 * GIB, config.memoryBytes());
        assertTrue(config.offHeap());
    }

    @Test
    void shouldUseOffHeapTablesInTheTestJvm() {
        // The build runs tests with the flags the launcher uses; off-heap tables must work there.
        assertEquals("", FingerprintSetConfig.offHeapUnavailableReason());
        assertTrue(FingerprintSetConfig.offHeapAvailable());
        assertFalse(FingerprintSetConfig.heapLimited(0.5, 16 * GIB, 4 * GIB));
    }

    @Test
    void shouldRejectAnFpMemOutsideZeroToOne() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> FingerprintSetConfig.fromFpMem(1.5, 16 * GIB, 4 * GIB));

        assertEquals("-fpmem must be a fraction of physical memory in (0, 1], got 1.5", error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FingerprintSetConfig.fromFpMem(0, 16 * GIB, 4 * GIB));
    }

    @Test
    void shouldSizeFromThisMachine() {
        FingerprintSetConfig config = FingerprintSetConfig.fromFpMem(FingerprintSetConfig.DEFAULT_FPMEM);

        assertTrue(config.memoryBytes() > 0);
        assertTrue(config.memoryBytes() <= FingerprintSetConfig.physicalMemoryBytes() / 4 + 1);
    }

    @Test
    void shouldStartWithATableJustLargeEnoughForTheExpectedStates() {
        TableSizing sizing = new TableSizing(12L << 30, 0.75);

        long capacity = sizing.initialCapacity(100_000_000);

        long largest = (12L << 30) / 8 / 3 * 2;
        assertTrue(capacity >= 100_000_000 / 0.75, "capacity " + capacity);
        assertEquals(largest >> 3, capacity);
    }

    @Test
    void shouldStartSmallAndGrowByDoublingToTwoThirdsOfTheBudget() {
        long budget = 3L << 30;
        TableSizing sizing = new TableSizing(budget, 0.75);

        long capacity = sizing.initialCapacity(0);
        int growths = 0;
        for (long next = sizing.grownCapacity(capacity, 0); next > 0; next = sizing.grownCapacity(capacity, 0)) {
            assertEquals(2 * capacity, next);
            capacity = next;
            growths++;
        }

        assertTrue(sizing.initialCapacity(0) < 2 * TableSizing.DEFAULT_INITIAL_SLOTS);
        assertEquals(budget / 8 / 3 * 2, capacity);
        assertTrue(growths >= 8);
        assertTrue(capacity * 8 + capacity / 2 * 8 <= budget, "largest and its predecessor fit together");
    }

    @Test
    void shouldGiveTheSpillTableWhatTheFullTableLeaves() {
        long budget = 12L * 1024 * 1024;
        TableSizing sizing = new TableSizing(budget, 0.75);
        long largest = budget / 8 / 3 * 2;

        long spill = sizing.spillCapacity(largest, 0);

        assertEquals(budget / 8 - largest, spill);
    }

    @Test
    void shouldRejectABudgetTooSmallForOneTable() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new TableSizing(4096, 0.75).initialCapacity(0));

        assertEquals("fingerprint memory budget of 4096 bytes is too small: need at least 12288 bytes",
                error.getMessage());
    }
}
