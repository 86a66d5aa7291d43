package io.tlaplex.coordinator.phase;

import io.tlaplex.coordinator.report.TlcReporter;
import io.tlaplex.worker.explore.ProgressListener;
import java.time.LocalDateTime;
import java.util.function.LongSupplier;

/** Turns the explorer's periodic counters into TLC's progress lines, with per-minute rates since the last line. */
final class ProgressPrinter implements ProgressListener {
    private final TlcReporter reporter;
    private final LongSupplier nanoClock;
    private long lastNs;
    private long lastGenerated;
    private long lastDistinct;

    ProgressPrinter(TlcReporter reporter, LongSupplier nanoClock) {
        this.reporter = reporter;
        this.nanoClock = nanoClock;
        this.lastNs = nanoClock.getAsLong();
    }

    @Override
    public void initialStatesDone(long distinct) {
        reporter.initialStatesDone(distinct, LocalDateTime.now());
    }

    @Override
    public void progress(int depth, long generated, long distinct, long queued) {
        long now = nanoClock.getAsLong();
        double minutes = Math.max(1e-9, (now - lastNs) / 60e9);
        reporter.progress(depth, generated, (generated - lastGenerated) / minutes, distinct,
                (distinct - lastDistinct) / minutes, queued, LocalDateTime.now());
        lastNs = now;
        lastGenerated = generated;
        lastDistinct = distinct;
    }
}
