package io.tlaplex.coordinator.phase;

import io.tlaplex.coordinator.report.TlcReporter;
import io.tlaplex.coordinator.web.NodeStatus;
import io.tlaplex.coordinator.web.RunPhase;
import io.tlaplex.coordinator.web.StatusBoard;
import io.tlaplex.worker.explore.ProgressListener;
import io.tlaplex.worker.fpset.FingerprintSet;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * What the explorer reports during a run, passed on to TLC's progress lines, a line per committed checkpoint (as
 * TLC prints one), and the status page's board when {@code -http} is on. Called on one exploring thread at a time,
 * and for checkpoints also from the thread that finishes writing one.
 */
final class RunListener implements ProgressListener {
    private static final String HOST = hostName();
    private final ProgressPrinter printer;
    private final PrintStream out;
    private final Path checkpointDir;
    private final StatusBoard board;
    private final LongSupplier nanoClock;
    private final long printerIntervalNs;
    private long nextPrinterNs;
    private RunCounters counters;
    private Runnable coverage;
    /** The run's fingerprint set, for the page's shard fill; null while unknown (the one-worker explorer). */
    private volatile FingerprintSet shard;
    private long coverageIntervalNs;
    private long nextCoverageNs;

    /**
     * {@code checkpointDir} and {@code board} may be null: no checkpoints, no status page. With a board the explorer
     * reports every second, more often than the printer wants; the printer then gets a call only every
     * {@code printerIntervalNs}.
     */
    RunListener(ProgressPrinter printer, PrintStream out, Path checkpointDir, StatusBoard board,
            LongSupplier nanoClock, long printerIntervalNs) {
        this.printer = printer;
        this.out = out;
        this.checkpointDir = checkpointDir;
        this.board = board;
        this.nanoClock = nanoClock;
        this.printerIntervalNs = printerIntervalNs;
        this.nextPrinterNs = nanoClock.getAsLong() + printerIntervalNs;
    }

    /** The fingerprint set the run fills, whose fill the status page shows. */
    void shard(FingerprintSet set) {
        this.shard = set;
    }

    /** Tells {@code runCounters} each reported depth (TLCGet's diameter when no worker tracks levels). */
    RunListener withCounters(RunCounters runCounters) {
        this.counters = runCounters;
        return this;
    }

    /** Runs {@code printCoverage} with the progress report after every {@code intervalNs} ({@code -coverage MIN}). */
    RunListener withCoverage(Runnable printCoverage, long intervalNs) {
        this.coverage = printCoverage;
        this.coverageIntervalNs = intervalNs;
        this.nextCoverageNs = nanoClock.getAsLong() + intervalNs;
        return this;
    }

    @Override
    public synchronized void progress(int depth, long generated, long distinct, long queued) {
        long now = nanoClock.getAsLong();
        if (counters != null) {
            counters.reportedDepth(depth);
        }
        if (coverage != null && coverageIntervalNs > 0 && now - nextCoverageNs >= 0) {
            nextCoverageNs = now + coverageIntervalNs;
            printer.clearLive();
            coverage.run();
        }
        if (board == null || now - nextPrinterNs >= 0) {
            nextPrinterNs = now + printerIntervalNs;
            printer.progress(depth, generated, distinct, queued);
        }
        if (board != null) {
            board.progress(depth, generated, distinct, queued);
            FingerprintSet set = shard;
            double fill = set == null || set.memoryBytes() == 0 ? 0 : (double) set.size() * Long.BYTES
                    / set.memoryBytes();
            board.node(new NodeStatus(0, HOST, true, generated, queued, fill, 0, 0));
        }
    }

    @Override
    public void initialStatesDone(long distinct) {
        printer.initialStatesDone(distinct);
        if (board != null) {
            board.progress(1, distinct, distinct, distinct);
            board.phase(RunPhase.EXPLORING);
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }

    @Override
    public synchronized void checkpointed(int epoch, int level, long queuedStates, long pauseNanos) {
        if (checkpointDir != null) {
            printer.clearLive();
            out.printf(Locale.ROOT, "Checkpointing of run %s completed at (%s): epoch %d, level %d, %,d states queued,"
                    + " %d ms pause.%n", checkpointDir, TlcReporter.time(LocalDateTime.now()), epoch, level,
                    queuedStates, pauseNanos / 1_000_000);
        }
        if (board != null) {
            board.checkpoint(epoch, pauseNanos);
        }
    }
}
