package io.tlaplex.coordinator.web;

import io.tlaplex.coordinator.web.TimeSeries.Samples;
import java.util.List;

/** A consistent copy of the board at one instant, read by the page and metrics renderers on the HTTP thread. */
record StatusSnapshot(String spec, RunPhase phase, String verdict, Times times, Figures figures,
        Checkpoint checkpoint, List<NodeView> nodes, Plots plots) {

    /** Wall-clock start and now (epoch ms), elapsed time, and the estimate of what is left ({@code -1}: none). */
    record Times(long startMs, long nowMs, long elapsedMs, long etaMs) {
    }

    /** The run's summed counters and the generated-states rate of the latest sample. */
    record Figures(int depth, long generated, long distinct, long queued, double generatedPerSecond) {
    }

    /** The last committed checkpoint; {@code count == 0} means none yet. */
    record Checkpoint(long count, long epoch, long atMs, long pauseNanos) {
    }

    /** A node's report with the rate the board derived and when it last reported (epoch ms). */
    record NodeView(NodeStatus status, double statesPerSecond, long lastSeenMs) {
    }

    /** The plotted series; times are milliseconds since the start. */
    record Plots(Samples distinct, Samples generatedPerSecond, Samples queued, Samples checkpointPauseMs) {
    }
}
