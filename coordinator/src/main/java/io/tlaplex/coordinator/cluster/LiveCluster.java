package io.tlaplex.coordinator.cluster;

import io.tlaplex.coordinator.phase.CheckpointOptions;
import io.tlaplex.coordinator.phase.LiveGather;
import io.tlaplex.frontend.eval.EvalError;
import io.tlaplex.frontend.eval.live.LiveSpec;
import io.tlaplex.worker.liveness.Lasso;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The coordinator's side of temporal properties in a cluster run: whether the run can check them (the nodes need a
 * folder shared with the coordinator; checkpoints do not hold the behaviour graph), and the search over the graph
 * the nodes recorded there. Used on the CLI's thread.
 */
final class LiveCluster {
    /** How long the nodes may take, once the run is over, to seal their part of the graph. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final int EXIT_RECOVERY = 153;

    private final Path dir;
    private final int nodes;
    private final LongSupplier nanoClock;

    LiveCluster(Path dir, int nodes, LongSupplier nanoClock) {
        this.dir = dir;
        this.nodes = nodes;
        this.nanoClock = nanoClock;
    }

    /** Why a run of a spec with temporal properties cannot start, or null when it can. */
    static String refusal(Path liveDir, CheckpointOptions checkpoints) {
        if (checkpoints != null && checkpoints.recover()) {
            return "-recover cannot resume a run with temporal properties yet: their behaviour graph is not part of "
                    + "checkpoints.";
        }
        if (liveDir == null) {
            return "the spec has temporal properties: give the coordinator and every node -live-dir DIR, a folder "
                    + "they share, where the nodes record the behaviour graph.";
        }
        return null;
    }

    /** The exit status of a {@link #refusal}: TLC's for a checkpoint that cannot be used, else a plain error. */
    static int exitCode(CheckpointOptions checkpoints) {
        return checkpoints != null && checkpoints.recover() ? EXIT_RECOVERY : EvalError.EXIT_OTHER;
    }

    /** {@code run} without checkpoints, saying so on {@code err} when it had some (as the single-JVM check does). */
    static ClusterCheck.Run withoutCheckpoints(ClusterCheck.Run run, PrintStream err) {
        if (run.checkpoints() == null) {
            return run;
        }
        err.println("tlaplex: no checkpoints are written for a run with temporal properties yet (their behaviour "
                + "graph is not part of checkpoints); checking without them.");
        return new ClusterCheck.Run(run.nodes(), run.pekko(), run.secret(), run.launcher(), run.joinTimeout(),
                run.verbose());
    }

    /** The search of {@code live} over the parts of the graph the nodes recorded, to run once the run is over. */
    Supplier<Lasso> search(LiveSpec live) {
        return () -> new LiveGather(dir, nodes, PATIENCE, nanoClock).check(live);
    }
}
