package io.tlaplex.worker.fpset;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * Inserts of new random fingerprints into a presized set far larger than the CPU caches, filled to load 0.55
 * before every one-second iteration (so an iteration ends below the 0.75 growth limit), by 1 and 2 threads, one at a
 * time and in batches of 16. Run with {@code -Pjmh}; see docs/bench/fpset.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g", "-XX:+UseParallelGC", "-XX:+UseTransparentHugePages"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 4, time = 1)
public class FingerprintSetInsertBenchmark {
    private static final int BATCH = 16;

    /** 2^27 slots: a 1 GiB table, twice this machine's last-level cache. */
    @Param("134217728")
    long slots;

    private FingerprintSet set;

    @Setup(Level.Iteration)
    public void fillToHalf() {
        set = new FingerprintSetConfig(slots * 12, (long) (slots * 0.75), null, 0).create();
        long[] fps = new long[BATCH];
        boolean[] added = new boolean[BATCH];
        for (long i = 0; i < (long) (slots * 0.55); i += BATCH) {
            for (int b = 0; b < BATCH; b++) {
                fps[b] = FingerprintSetBench.mix(i + b);
            }
            set.insertAll(fps, BATCH, added);
        }
    }

    @TearDown(Level.Iteration)
    public void close() {
        set.close();
    }

    /** Each thread draws its own fingerprints, none of which the fill used. */
    @State(Scope.Thread)
    public static class Inserter {
        long next;
        final long[] fps = new long[BATCH];
        final boolean[] added = new boolean[BATCH];

        @Setup(Level.Iteration)
        public void start(ThreadParams params) {
            next = (long) (params.getThreadIndex() + 1) << 56;
        }
    }

    @Benchmark
    @Threads(1)
    public boolean insertOneThread(Inserter inserter) {
        return set.insert(FingerprintSetBench.mix(inserter.next++));
    }

    @Benchmark
    @Threads(2)
    public boolean insertTwoThreads(Inserter inserter) {
        return set.insert(FingerprintSetBench.mix(inserter.next++));
    }

    @Benchmark
    @Threads(1)
    @OperationsPerInvocation(BATCH)
    public int insertAllOneThread(Inserter inserter) {
        return insertBatch(inserter);
    }

    @Benchmark
    @Threads(2)
    @OperationsPerInvocation(BATCH)
    public int insertAllTwoThreads(Inserter inserter) {
        return insertBatch(inserter);
    }

    private int insertBatch(Inserter inserter) {
        for (int b = 0; b < BATCH; b++) {
            inserter.fps[b] = FingerprintSetBench.mix(inserter.next++);
        }
        return set.insertAll(inserter.fps, BATCH, inserter.added);
    }
}
