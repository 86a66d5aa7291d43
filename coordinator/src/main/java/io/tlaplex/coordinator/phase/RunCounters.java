package io.tlaplex.coordinator.phase;

import io.tlaplex.frontend.eval.std.RunStatistics;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The run's counters as TLCGet and {@code -coverage} read them: the sum of the workers' tallies, each written only
 * by its worker and read here without locks (values may be a moment old, as TLC's are). The depth comes from the
 * workers that track levels, else from the last progress report.
 */
final class RunCounters implements RunStatistics {
    private final List<WorkerTally> tallies;
    private final LongSupplier nanoClock;
    private final long startNs;
    private volatile long reportedDepth;
    private final AtomicLong traces = new AtomicLong();

    RunCounters(List<WorkerTally> tallies, LongSupplier nanoClock) {
        this.tallies = tallies;
        this.nanoClock = nanoClock;
        this.startNs = nanoClock.getAsLong();
    }

    WorkerTally tally(int worker) {
        return tallies.get(worker);
    }

    List<WorkerTally> tallies() {
        return tallies;
    }

    /** The depth of the last progress report (used when no worker tracks levels). */
    void reportedDepth(long depth) {
        this.reportedDepth = depth;
    }

    /** A simulated behaviour started (TLCGet("traces")). */
    void traceStarted() {
        traces.incrementAndGet();
    }

    @Override
    public long generated() {
        long sum = 0;
        for (WorkerTally t : tallies) {
            sum += t.generated();
        }
        return sum;
    }

    @Override
    public long distinct() {
        long sum = 0;
        for (WorkerTally t : tallies) {
            sum += t.distinct();
        }
        return sum;
    }

    @Override
    public long queue() {
        long expanded = 0;
        for (WorkerTally t : tallies) {
            expanded += t.expanded();
        }
        return Math.max(0, distinct() - expanded);
    }

    @Override
    public long diameter() {
        long max = reportedDepth;
        for (WorkerTally t : tallies) {
            max = Math.max(max, t.maxLevel());
        }
        return max;
    }

    @Override
    public long durationSeconds() {
        return (nanoClock.getAsLong() - startNs) / 1_000_000_000L;
    }

    @Override
    public long traces() {
        return traces.get();
    }
}
