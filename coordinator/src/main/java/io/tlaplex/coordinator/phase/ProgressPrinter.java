package io.tlaplex.coordinator.phase;

import io.tlaplex.coordinator.report.TlcReporter;
import io.tlaplex.worker.explore.ProgressListener;
import java.io.PrintStream;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Turns the explorer's periodic counters into TLC's progress lines (once a minute, with per-minute
 * rates since the last line) and, on a terminal, a status line rewritten in place between them.
 * Called on one exploring thread at a time.
 */
final class ProgressPrinter implements ProgressListener {
    private final TlcReporter reporter;
    private final LongSupplier nanoClock;
    private final PrintStream live;
    private final long lineIntervalNs;
    private long lastLineNs;
    private long lastGenerated;
    private long lastDistinct;
    private boolean liveShown;

    /** {@code live} is the terminal for the status line, or null when output is not interactive. */
    ProgressPrinter(TlcReporter reporter, LongSupplier nanoClock, PrintStream live, long lineIntervalNs) {
        this.reporter = reporter;
        this.nanoClock = nanoClock;
        this.live = live;
        this.lineIntervalNs = lineIntervalNs;
        this.lastLineNs = nanoClock.getAsLong();
    }

    @Override
    public void initialStatesDone(long distinct) {
        reporter.initialStatesDone(distinct, LocalDateTime.now());
    }

    @Override
    public void progress(int depth, long generated, long distinct, long queued) {
        long now = nanoClock.getAsLong();
        if (live != null && now - lastLineNs < lineIntervalNs) {
            live.printf(Locale.US, "\r  depth %d: %,d states generated, %,d distinct, %,d on queue\033[K", depth,
                    generated, distinct, queued);
            live.flush();
            liveShown = true;
            return;
        }
        clearLive();
        double minutes = Math.max(1e-9, (now - lastLineNs) / 60e9);
        reporter.progress(depth, generated, (generated - lastGenerated) / minutes, distinct,
                (distinct - lastDistinct) / minutes, queued, LocalDateTime.now());
        lastLineNs = now;
        lastGenerated = generated;
        lastDistinct = distinct;
    }

    /** Removes the status line, before the run's final lines are printed. */
    void clearLive() {
        if (liveShown) {
            live.print("\r\033[K");
            live.flush();
            liveShown = false;
        }
    }
}
