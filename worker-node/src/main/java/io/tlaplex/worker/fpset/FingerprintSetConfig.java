package io.tlaplex.worker.fpset;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;

/**
 * How much a fingerprint set may use: a memory budget (from TLC's {@code -fpmem}), an optional hint of how many
 * states to expect (sizes the first table so that it need not grow), and an optional spill directory with a disk
 * budget for when memory runs out.
 *
 * @param memoryBytes bytes of memory for tables and the filters of spilled runs
 * @param expectedStates distinct states expected, or 0 when unknown
 * @param spillDirectory where full tables are written as sorted runs, or null to stop when memory is full
 * @param diskBytes bytes of spill files allowed in {@code spillDirectory}
 * @param offHeap tables in memory mapped outside the Java heap where this JVM allows it (Java arrays otherwise)
 */
public record FingerprintSetConfig(long memoryBytes, long expectedStates, Path spillDirectory, long diskBytes,
                                   boolean offHeap) {
    /** TLC's default {@code -fpmem}: a quarter of physical memory. */
    public static final double DEFAULT_FPMEM = 0.25;
    /** Tables on the heap (where off-heap memory is unavailable) get at most this share of the maximum heap. */
    public static final double MAX_HEAP_SHARE = 0.75;

    public FingerprintSetConfig {
        if (memoryBytes <= 0 || expectedStates < 0 || diskBytes < 0) {
            throw new IllegalArgumentException("fingerprint set sizes must not be negative: memory " + memoryBytes
                    + ", expected states " + expectedStates + ", disk " + diskBytes);
        }
    }

    /** A configuration with off-heap tables. */
    public FingerprintSetConfig(long memoryBytes, long expectedStates, Path spillDirectory, long diskBytes) {
        this(memoryBytes, expectedStates, spillDirectory, diskBytes, true);
    }

    /** The budget {@code -fpmem} gives on this machine (and in this JVM's heap when tables must live there). */
    public static FingerprintSetConfig fromFpMem(double fpmem) {
        return fromFpMem(fpmem, physicalMemoryBytes(), Runtime.getRuntime().maxMemory());
    }

    /**
     * {@code fpmem} of {@code physicalBytes}; where tables cannot live off the heap, at most
     * {@link #MAX_HEAP_SHARE} of {@code maxHeapBytes}.
     */
    public static FingerprintSetConfig fromFpMem(double fpmem, long physicalBytes, long maxHeapBytes) {
        return fromFpMem(fpmem, physicalBytes, maxHeapBytes, offHeapAvailable());
    }

    static FingerprintSetConfig fromFpMem(double fpmem, long physicalBytes, long maxHeapBytes, boolean offHeap) {
        if (!(fpmem > 0 && fpmem <= 1)) {
            throw new IllegalArgumentException("-fpmem must be a fraction of physical memory in (0, 1], got " + fpmem);
        }
        long wanted = (long) (fpmem * physicalBytes);
        long heapCap = offHeap ? Long.MAX_VALUE : (long) (MAX_HEAP_SHARE * maxHeapBytes);
        return new FingerprintSetConfig(Math.min(wanted, heapCap), 0, null, 0, offHeap);
    }

    /** Whether {@link #fromFpMem(double, long, long)} had to cut the budget to fit the heap. */
    public static boolean heapLimited(double fpmem, long physicalBytes, long maxHeapBytes) {
        return !offHeapAvailable() && (long) (fpmem * physicalBytes) > (long) (MAX_HEAP_SHARE * maxHeapBytes);
    }

    /** Whether tables can live outside the heap in this JVM. */
    public static boolean offHeapAvailable() {
        return SlotMemory.nativeUsable();
    }

    /** Why tables live on the heap in this JVM, or "" when they can live outside it. */
    public static String offHeapUnavailableReason() {
        return SlotMemory.nativeUnavailableReason();
    }

    public static long physicalMemoryBytes() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
    }

    public FingerprintSetConfig withExpectedStates(long states) {
        return new FingerprintSetConfig(memoryBytes, states, spillDirectory, diskBytes, offHeap);
    }

    public FingerprintSetConfig withSpill(Path directory, long maxDiskBytes) {
        return new FingerprintSetConfig(memoryBytes, expectedStates, directory, maxDiskBytes, offHeap);
    }

    /** The same budget with tables in Java arrays ({@code false}) or off the heap where possible. */
    public FingerprintSetConfig withOffHeap(boolean wanted) {
        return new FingerprintSetConfig(memoryBytes, expectedStates, spillDirectory, diskBytes, wanted);
    }

    /** A new empty set with this budget. */
    public FingerprintSet create() {
        return new ConcurrentFingerprintSet(this);
    }
}
