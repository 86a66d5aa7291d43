package io.tlaplex.worker.fpset;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.concurrent.CyclicBarrier;

/**
 * A quick insert benchmark the command line can run ({@code tlaplex bench fpset}): random fingerprints into a
 * table far larger than the CPU caches, by 1 and 2 threads, as a printable table. The JMH benchmark in
 * {@code src/jmh} measures the same more carefully; results are in {@code docs/bench/fpset.md}.
 */
public final class FingerprintSetBench {
    private FingerprintSetBench() {
    }

    /**
     * Fills a set of {@code slots} slots to load 0.75, once presized and once growing from its default first
     * table, for each thread count in {@code threadCounts}, and returns the table of results.
     */
    public static String run(long slots, int... threadCounts) throws InterruptedException {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "fingerprint set inserts: %,d slots (%,d MiB), random fingerprints,"
                + " JVM %s, %d cores, THP flag %s%n", slots, slots * 8 >> 20, Runtime.version(),
                Runtime.getRuntime().availableProcessors(), hugePagesFlag()));
        out.append(String.format(Locale.ROOT, "%-8s %-16s %-9s %14s %16s %17s %12s%n", "threads", "mode", "tables",
                "inserts", "load 0-0.5 M/s", "load 0.5-0.75 M/s", "bytes/entry"));
        for (int threads : threadCounts) {
            for (Mode mode : Mode.values()) {
                for (boolean offHeap : new boolean[] {true, false}) {
                    Result result = measure(slots, threads, mode, offHeap);
                    out.append(String.format(Locale.ROOT, "%-8d %-16s %-9s %,14d %16.1f %17.1f %12.1f%n", threads,
                            mode.label, offHeap ? "off-heap" : "heap", result.inserts, result.firstRate / 1e6,
                            result.secondRate / 1e6, result.bytesPerEntry));
                }
            }
        }
        return out.toString();
    }

    private enum Mode {
        SINGLE("insert, presized", true, 1), BATCHED("insertAll(16)", true, 16), GROWING("insert, growing", false, 1);

        final String label;
        final boolean presized;
        final int batch;

        Mode(String label, boolean presized, int batch) {
            this.label = label;
            this.presized = presized;
            this.batch = batch;
        }
    }

    private static final int BATCH = 16;

    private record Result(long inserts, double firstRate, double secondRate, double bytesPerEntry) {
    }

    private static Result measure(long slots, int threads, Mode mode, boolean offHeap) throws InterruptedException {
        long target = (long) (slots * ConcurrentFingerprintSet.LOAD_FACTOR) - 1;
        long half = slots / 2;
        FingerprintSetConfig config = new FingerprintSetConfig(slots * 12, mode.presized ? target : 0, null, 0)
                .withOffHeap(offHeap);
        try (FingerprintSet set = config.create()) {
            CyclicBarrier barrier = new CyclicBarrier(threads + 1);
            Thread[] workers = new Thread[threads];
            for (int t = 0; t < threads; t++) {
                long seed = 0x5DEECE66DL * (t + 1);
                long first = half / threads / BATCH * BATCH;
                long second = (target - half) / threads / BATCH * BATCH;
                int batch = mode.batch;
                workers[t] = new Thread(() -> insertPhases(set, barrier, seed, first, second, batch),
                        "fpset-bench-" + t);
                workers[t].start();
            }
            long[] times = new long[3];
            for (int phase = 0; phase < 3; phase++) {
                await(barrier);
                times[phase] = System.nanoTime();
            }
            for (Thread worker : workers) {
                worker.join();
            }
            long firstInserts = half / threads / BATCH * BATCH * threads;
            long secondInserts = (target - half) / threads / BATCH * BATCH * threads;
            return new Result(set.size(), firstInserts * 1e9 / (times[1] - times[0]),
                    secondInserts * 1e9 / (times[2] - times[1]), (double) set.memoryBytes() / set.size());
        }
    }

    private static void insertPhases(FingerprintSet set, CyclicBarrier barrier, long seed, long first, long second,
            int batch) {
        long[] fps = new long[batch];
        boolean[] added = new boolean[batch];
        long state = seed;
        await(barrier);
        state = insertRandom(set, state, first, fps, added);
        await(barrier);
        insertRandom(set, state, second, fps, added);
        await(barrier);
    }

    private static long insertRandom(FingerprintSet set, long state, long count, long[] fps, boolean[] added) {
        for (long i = 0; i < count; i += fps.length) {
            if (fps.length == 1) {
                state += 0x9E3779B97F4A7C15L;
                set.insert(mix(state));
            } else {
                for (int b = 0; b < fps.length; b++) {
                    state += 0x9E3779B97F4A7C15L;
                    fps[b] = mix(state);
                }
                set.insertAll(fps, fps.length, added);
            }
        }
        return state;
    }

    /** SplitMix64's output function: distinct inputs give distinct, random-looking fingerprints. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException("benchmark thread interrupted", e);
        }
    }

    private static String hugePagesFlag() {
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.equals("-XX:+UseTransparentHugePages")) {
                return "on";
            }
        }
        return "off";
    }

    /** Runs the benchmark on a 2 GiB table, or on the number of slots given as the first argument. */
    public static void main(String[] args) throws InterruptedException {
        long slots = args.length > 0 ? Long.parseLong(args[0]) : 1L << 28;
        System.out.print(run(slots, 1, 2));
    }
}
