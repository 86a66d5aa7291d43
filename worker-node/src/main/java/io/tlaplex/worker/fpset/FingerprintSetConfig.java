package io.tlaplex.worker.fpset;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;

/**
 * How much a fingerprint set may use: a memory budget (from TLC's {@code -fpmem}), an optional hint of how many
 * states to expect (sizes the first table so that it need not grow), and an optional spill directory with a disk
 * budget for when memory runs out.
 *
 * @param memoryBytes bytes of heap for tables and the filters of spilled runs
 * @param expectedStates distinct states expected, or 0 when unknown
 * @param spillDirectory where full tables are written as sorted runs, or null to stop when memory is full
 * @param diskBytes bytes of spill files allowed in {@code spillDirectory}
 */
public record FingerprintSetConfig(long memoryBytes, long expectedStates, Path spillDirectory, long diskBytes) {
    /** TLC's default {@code -fpmem}: a quarter of physical memory. */
    public static final double DEFAULT_FPMEM = 0.25;
    /** The tables live on the heap: at most this share of the maximum heap goes to them. */
    public static final double MAX_HEAP_SHARE = 0.75;

    public FingerprintSetConfig {
        if (memoryBytes <= 0 || expectedStates < 0 || diskBytes < 0) {
            throw new IllegalArgumentException("fingerprint set sizes must not be negative: memory " + memoryBytes
                    + ", expected states " + expectedStates + ", disk " + diskBytes);
        }
    }

    /** The budget {@code -fpmem} gives on this machine and in this JVM's heap. */
    public static FingerprintSetConfig fromFpMem(double fpmem) {
        return fromFpMem(fpmem, physicalMemoryBytes(), Runtime.getRuntime().maxMemory());
    }

    /**
     * {@code fpmem} of {@code physicalBytes}, but at most {@link #MAX_HEAP_SHARE} of {@code maxHeapBytes} because
     * the tables are Java arrays; the launcher raises {@code -Xmx} to match {@code -fpmem}.
     */
    public static FingerprintSetConfig fromFpMem(double fpmem, long physicalBytes, long maxHeapBytes) {
        if (!(fpmem > 0 && fpmem <= 1)) {
            throw new IllegalArgumentException("-fpmem must be a fraction of physical memory in (0, 1], got " + fpmem);
        }
        long wanted = (long) (fpmem * physicalBytes);
        long heapCap = (long) (MAX_HEAP_SHARE * maxHeapBytes);
        return new FingerprintSetConfig(Math.min(wanted, heapCap), 0, null, 0);
    }

    /** Whether {@link #fromFpMem(double, long, long)} had to cut the budget to fit the heap. */
    public static boolean heapLimited(double fpmem, long physicalBytes, long maxHeapBytes) {
        return (long) (fpmem * physicalBytes) > (long) (MAX_HEAP_SHARE * maxHeapBytes);
    }

    public static long physicalMemoryBytes() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
    }

    public FingerprintSetConfig withExpectedStates(long states) {
        return new FingerprintSetConfig(memoryBytes, states, spillDirectory, diskBytes);
    }

    public FingerprintSetConfig withSpill(Path directory, long maxDiskBytes) {
        return new FingerprintSetConfig(memoryBytes, expectedStates, directory, maxDiskBytes);
    }

    /** A new empty set with this budget. */
    public FingerprintSet create() {
        return new ConcurrentFingerprintSet(this);
    }
}
