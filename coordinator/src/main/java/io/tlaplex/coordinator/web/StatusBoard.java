package io.tlaplex.coordinator.web;

import io.tlaplex.coordinator.web.StatusSnapshot.Checkpoint;
import io.tlaplex.coordinator.web.StatusSnapshot.Figures;
import io.tlaplex.coordinator.web.StatusSnapshot.NodeView;
import io.tlaplex.coordinator.web.StatusSnapshot.Plots;
import io.tlaplex.coordinator.web.StatusSnapshot.Times;
import io.tlaplex.coordinator.web.TimeSeries.Samples;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongSupplier;

/**
 * What the status page and {@code /metrics} know of a run. The thread that drives the run reports to it; the HTTP
 * thread reads consistent snapshots. Every method takes the board's lock briefly and never blocks otherwise.
 */
public final class StatusBoard {
    /** Default sampling: one plotted point per second, the last hour kept. */
    public static final long DEFAULT_SAMPLE_INTERVAL_MS = 1_000;
    public static final int DEFAULT_HISTORY = 3_600;

    /** Samples the queue-drain estimate looks back over. */
    private static final int ETA_WINDOW = 10;
    private static final long NODE_RATE_WINDOW_MS = 1_000;

    private final String spec;
    private final LongSupplier clockMs;
    private final long sampleIntervalMs;
    private final long startMs;
    private final TimeSeries distinctSeries;
    private final TimeSeries generatedRateSeries;
    private final TimeSeries queueSeries;
    private final TimeSeries pauseSeries;
    private final Map<Integer, NodeEntry> nodes = new TreeMap<>();
    private RunPhase phase = RunPhase.PARSING;
    private String verdict = "";
    private long endMs = -1;
    private int depth;
    private long generated;
    private long distinct;
    private long queued;
    private double generatedPerSecond;
    private long lastSampleMs = Long.MIN_VALUE;
    private long lastSampleGenerated;
    private long checkpoints;
    private long checkpointEpoch;
    private long checkpointMs;
    private long checkpointPauseNanos;
    /** Asks the run for a checkpoint, or null when it writes none. */
    private Runnable checkpointRequests;

    /** A board for the spec named {@code spec}, on the system clock, with the default sampling. */
    public StatusBoard(String spec) {
        this(spec, System::currentTimeMillis, DEFAULT_SAMPLE_INTERVAL_MS, DEFAULT_HISTORY);
    }

    /**
     * @param clockMs          wall clock in epoch milliseconds; the run starts at its first reading
     * @param sampleIntervalMs {@link #progress} adds a plotted point at most this often
     * @param history          points kept per plot; older ones are dropped
     */
    public StatusBoard(String spec, LongSupplier clockMs, long sampleIntervalMs, int history) {
        this.spec = spec;
        this.clockMs = clockMs;
        this.sampleIntervalMs = sampleIntervalMs;
        this.startMs = clockMs.getAsLong();
        this.distinctSeries = new TimeSeries(history);
        this.generatedRateSeries = new TimeSeries(history);
        this.queueSeries = new TimeSeries(history);
        this.pauseSeries = new TimeSeries(history);
    }

    /** The run entered {@code next}; {@link #finished} and {@link #failed} also give the end its words. */
    public synchronized void phase(RunPhase next) {
        if (next.isOver()) {
            end(next, "");
        } else if (!phase.isOver()) {
            phase = next;
        }
    }

    /**
     * The run's totals over all nodes (what TLC's progress line shows). Call as often as convenient: the figures are
     * always current, the plots get a point at most once per sample interval.
     */
    public synchronized void progress(int depth, long generated, long distinct, long queued) {
        this.depth = depth;
        this.generated = generated;
        this.distinct = distinct;
        this.queued = queued;
        long now = clockMs.getAsLong();
        if (lastSampleMs != Long.MIN_VALUE && now - lastSampleMs < sampleIntervalMs) {
            return;
        }
        long sinceMs = lastSampleMs == Long.MIN_VALUE ? now - startMs : now - lastSampleMs;
        long sinceGenerated = lastSampleMs == Long.MIN_VALUE ? generated : generated - lastSampleGenerated;
        generatedPerSecond = sinceMs > 0 ? sinceGenerated * 1000.0 / sinceMs : 0;
        lastSampleMs = now;
        lastSampleGenerated = generated;
        long atMs = now - startMs;
        distinctSeries.add(atMs, distinct);
        generatedRateSeries.add(atMs, generatedPerSecond);
        queueSeries.add(atMs, queued);
    }

    /** A node's latest figures; nodes are keyed by {@link NodeStatus#id()}, and a later report replaces an earlier. */
    public synchronized void node(NodeStatus status) {
        long now = clockMs.getAsLong();
        NodeEntry entry = nodes.get(status.id());
        if (entry == null) {
            nodes.put(status.id(), new NodeEntry(status, now));
            return;
        }
        entry.update(status, now);
    }

    /** A checkpoint of {@code epoch} was committed; the workers stood still for {@code pauseNanos}. */
    public synchronized void checkpoint(long epoch, long pauseNanos) {
        long now = clockMs.getAsLong();
        checkpoints++;
        checkpointEpoch = epoch;
        checkpointMs = now;
        checkpointPauseNanos = pauseNanos;
        pauseSeries.add(now - startMs, pauseNanos / 1e6);
    }

    /** From now on, {@link #requestCheckpoint} asks the run for a checkpoint through {@code requests}. */
    public synchronized void acceptCheckpointRequests(Runnable requests) {
        this.checkpointRequests = requests;
    }

    /**
     * Asks the run for a checkpoint, taken at its next chance (a batch boundary in one JVM, a level's end in a
     * cluster); false when the run writes no checkpoints or is over.
     */
    public synchronized boolean requestCheckpoint() {
        if (checkpointRequests == null || endMs >= 0) {
            return false;
        }
        checkpointRequests.run();
        return true;
    }

    /** The run ended with a verdict (TLC's words, e.g. "No error has been found." or "Invariant Inv is violated."). */
    public synchronized void finished(String verdict) {
        end(RunPhase.DONE, verdict);
    }

    /** The run broke off: an evaluation error, a lost node, an internal error. */
    public synchronized void failed(String message) {
        end(RunPhase.FAILED, message);
    }

    private void end(RunPhase last, String text) {
        if (phase.isOver()) {
            return;
        }
        phase = last;
        verdict = text;
        endMs = clockMs.getAsLong();
    }

    /** A consistent copy for rendering. */
    synchronized StatusSnapshot snapshot() {
        long now = clockMs.getAsLong();
        long elapsed = (endMs >= 0 ? endMs : now) - startMs;
        Times times = new Times(startMs, now, elapsed, phase.isOver() ? -1 : estimateRemainingMs());
        Figures figures = new Figures(depth, generated, distinct, queued, generatedPerSecond);
        Checkpoint checkpoint = new Checkpoint(checkpoints, checkpointEpoch, checkpointMs, checkpointPauseNanos);
        List<NodeView> views = new ArrayList<>(nodes.size());
        for (NodeEntry entry : nodes.values()) {
            views.add(new NodeView(entry.status, entry.statesPerSecond, entry.lastSeenMs));
        }
        Plots plots = new Plots(distinctSeries.samples(), generatedRateSeries.samples(), queueSeries.samples(),
                pauseSeries.samples());
        return new StatusSnapshot(spec, phase, verdict, times, figures, checkpoint, List.copyOf(views), plots);
    }

    /**
     * A breadth-first search cannot know its size in advance; the one sign of the end is a queue that shrinks. When
     * the queue has shrunk over the last samples, the estimate is the time to drain it at that pace; else none.
     */
    private long estimateRemainingMs() {
        Samples queue = queueSeries.samples();
        int n = queue.size();
        if (n < 3) {
            return -1;
        }
        int first = Math.max(0, n - ETA_WINDOW);
        double drained = queue.values()[first] - queue.values()[n - 1];
        long spanMs = queue.timesMs()[n - 1] - queue.timesMs()[first];
        if (drained <= 0 || spanMs <= 0 || queued <= 0) {
            return -1;
        }
        return Math.round(queued / (drained / spanMs));
    }

    /** A node's last report and the baseline of its rate; guarded by the board. */
    private static final class NodeEntry {
        private NodeStatus status;
        private long lastSeenMs;
        private double statesPerSecond;
        private long rateBaseMs;
        private long rateBaseGenerated;

        NodeEntry(NodeStatus status, long nowMs) {
            this.status = status;
            this.lastSeenMs = nowMs;
            this.rateBaseMs = nowMs;
            this.rateBaseGenerated = status.generated();
        }

        void update(NodeStatus next, long nowMs) {
            status = next;
            lastSeenMs = nowMs;
            // Reports may come many times a second; a rate over less than a window would jitter.
            if (nowMs - rateBaseMs >= NODE_RATE_WINDOW_MS) {
                statesPerSecond = (next.generated() - rateBaseGenerated) * 1000.0 / (nowMs - rateBaseMs);
                rateBaseMs = nowMs;
                rateBaseGenerated = next.generated();
            }
        }
    }
}
