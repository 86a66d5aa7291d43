package io.tlaplex.coordinator.cluster;

import io.tlaplex.coordinator.phase.CheckFeatures;
import io.tlaplex.coordinator.phase.CheckSummary;
import io.tlaplex.coordinator.phase.CheckpointOptions;
import io.tlaplex.coordinator.phase.LivePhase;
import io.tlaplex.coordinator.phase.LocalCheck;
import io.tlaplex.coordinator.phase.TraceDumper;
import io.tlaplex.coordinator.report.TlcReporter;
import io.tlaplex.coordinator.report.ToolMessages;
import io.tlaplex.coordinator.web.StatusBoard;
import io.tlaplex.frontend.diag.DiagnosticException;
import io.tlaplex.frontend.diag.DiagnosticPrinter;
import io.tlaplex.frontend.eval.EvalError;
import io.tlaplex.frontend.eval.live.LiveSpec;
import io.tlaplex.protocol.AssignedNode;
import io.tlaplex.protocol.LevelStatus;
import io.tlaplex.protocol.Refuse;
import io.tlaplex.worker.checkpoint.CheckpointException;
import io.tlaplex.worker.spec.SpecStateModel;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.LongSupplier;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.cluster.typed.Cluster;

/**
 * A check run by a cluster, seen from the coordinator's JVM (the CLI's for {@code check -nodes N}): prints TLC's
 * opening lines, compiles the spec and checks its assumptions here, starts the coordinator singleton and the
 * nodes, prints aggregated progress, and prints the end exactly as the single-JVM check does. Owned by the
 * command's thread; the observer runs on the coordinator actor's.
 */
public final class ClusterCheck {
    private static final long TLC_PROGRESS_INTERVAL_NS = 60_000_000_000L;

    /**
     * @param nodes       nodes in the run
     * @param pekko       the coordinator's cluster settings (role coordinator; it seeds itself)
     * @param secret      the run's secret
     * @param launcher    starts the nodes (or does nothing when they start elsewhere)
     * @param joinTimeout how long to wait for every node to join
     * @param verbose     whether progress lines carry a per-node table
     * @param checkpoints where and how often to checkpoint, and whether to resume, or null for no checkpoints
     */
    public record Run(int nodes, PekkoSettings pekko, ClusterSecret secret, NodeLauncher launcher,
                      Duration joinTimeout, boolean verbose, CheckpointOptions checkpoints) {

        /** A run without checkpoints. */
        public Run(int nodes, PekkoSettings pekko, ClusterSecret secret, NodeLauncher launcher, Duration joinTimeout,
                   boolean verbose) {
            this(nodes, pekko, secret, launcher, joinTimeout, verbose, null);
        }
    }

    /** TLC's exit code for a system error: here, a checkpoint that cannot be used or written. */
    private static final int EXIT_CHECKPOINT = 153;
    /** How long a stopped run waits for the checkpoint it asks for: the current level must end first. */
    private static final long STOP_CHECKPOINT_TIMEOUT_NS = 60_000_000_000L;
    /** How many times a run with checkpoints starts its nodes again after losing one. */
    public static final int RESTARTS = 3;

    private final PrintStream out;
    private final PrintStream err;
    private final LongSupplier nanoClock;
    private StatusFeed feed = new StatusFeed(null);
    private StatusBoard board;
    private CheckFeatures features = CheckFeatures.none();
    private Path liveDir;

    public ClusterCheck(PrintStream out, PrintStream err, LongSupplier nanoClock) {
        this.out = out;
        this.err = err;
        this.nanoClock = nanoClock;
    }

    /** Reports the run to {@code statusBoard} as well (the {@code -http} status page); before {@link #run}. */
    public ClusterCheck withStatusBoard(StatusBoard statusBoard) {
        this.feed = new StatusFeed(statusBoard);
        this.board = statusBoard;
        return this;
    }

    /** Runs with TLC's {@code -dumpTrace}, {@code -difftrace} and {@code -tool}; before {@link #run}. */
    public ClusterCheck withFeatures(CheckFeatures checkFeatures) {
        this.features = checkFeatures;
        return this;
    }

    /**
     * The folder, shared with every node (given to them as {@code -live-dir}), where the nodes record the behaviour
     * graph of a spec with temporal properties; before {@link #run}.
     */
    public ClusterCheck withLiveDir(Path dir) {
        this.liveDir = dir;
        return this;
    }

    public CheckSummary run(ClusterSpec spec, Run run) {
        CheckSummary summary = check(spec, run);
        // Ends the page's run when the check stopped before the coordinator (a spec error, a false assumption);
        // after a cluster run the board is over already and ignores this.
        feed.stopped(summary.exitCode());
        return summary;
    }

    private CheckSummary check(ClusterSpec spec, Run run) {
        long start = nanoClock.getAsLong();
        TlcReporter reporter = new TlcReporter(out, features.tool(), features.diffTrace());
        reporter.starting(LocalCheck.VERSION, spec.options().seed(), spec.options().workers() * run.nodes(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                LocalDateTime.now());
        reporter.parsed(List.copyOf(spec.model().sources().keySet()),
                spec.model().modules().stream().map(m -> m.name()).toList(), LocalDateTime.now());
        ClusterSpec.Compiled compiled;
        try {
            compiled = spec.compile(out);
        } catch (DiagnosticException e) {
            err.print(DiagnosticPrinter.of(spec.model().sources()).format(e.diagnostics()));
            return new CheckSummary(e.exitCode(), 0, 0, 0, 0);
        }
        if (!compiled.spec().warnings().isEmpty()) {
            err.print(DiagnosticPrinter.of(spec.model().sources()).format(compiled.spec().warnings()));
        }
        List<EvalError> assumptions = compiled.spec().checkAssumptions();
        if (!assumptions.isEmpty()) {
            for (EvalError e : assumptions) {
                reporter.error(ToolMessages.ASSUMPTION_FALSE, e.getMessage());
            }
            reporter.finished(elapsed(start), LocalDateTime.now());
            return new CheckSummary(assumptions.get(0).exitCode(), 0, 0, 0, 0);
        }
        if (compiled.spec().variableNames().isEmpty()) {
            reporter.success(0, 0);
            reporter.counts(0, 0, 0, 0);
            reporter.finished(elapsed(start), LocalDateTime.now());
            return new CheckSummary(0, 0, 0, 0, 0);
        }
        LiveSpec live = compiled.spec().liveness();
        if (!live.isEmpty()) {
            String refusal = LiveCluster.refusal(liveDir, run.checkpoints());
            if (refusal != null) {
                reporter.error(ToolMessages.GENERAL, refusal);
                reporter.finished(elapsed(start), LocalDateTime.now());
                return new CheckSummary(LiveCluster.exitCode(run.checkpoints()), 0, 0, 0, 0);
            }
            run = LiveCluster.withoutCheckpoints(run, err);
        }
        LivePhase.announce(reporter, live);
        ClusterCheckpoints checkpoints;
        try {
            checkpoints = checkpoints(spec, run.checkpoints());
        } catch (CheckpointException e) {
            out.println("Error: " + (run.checkpoints().recover() ? "cannot recover: " : "") + e.getMessage());
            reporter.finished(elapsed(start), LocalDateTime.now());
            return new CheckSummary(EXIT_CHECKPOINT, 0, 0, 0, 0);
        }
        if (checkpoints == null || checkpoints.resumed() == null) {
            reporter.computingInitialStates();
        } else {
            ClusterCheckpoints.Resume resume = checkpoints.resumed();
            for (String skipped : resume.skipped()) {
                out.println("Warning: passed over a damaged checkpoint: " + skipped);
            }
            out.println("Starting recovery from checkpoint " + resume.epoch() + " of " + checkpoints.directory()
                    + ": level " + resume.level() + ", " + resume.distinct() + " distinct states found, "
                    + resume.generated() + " states generated (written by " + resume.nodes() + " node"
                    + (resume.nodes() == 1 ? "" : "s") + ", resumed by " + run.nodes() + ").");
        }
        boolean checkDeadlock = new SpecStateModel(compiled.spec(), compiled.first()).checkDeadlock();
        RunReport report = explore(spec, run, reporter, checkDeadlock, checkpoints);
        CheckSummary summary = new ClusterReport(compiled.spec(), compiled.first(), reporter, out,
                TraceDumper.of(features, out, spec.model().root().name()),
                live.isEmpty() ? null : new LiveCluster(liveDir, run.nodes(), nanoClock).search(live), nanoClock)
                .print(report);
        feed.finished(report, summary);
        reporter.finished(elapsed(start), LocalDateTime.now());
        return summary;
    }

    private ClusterCheckpoints checkpoints(ClusterSpec spec, CheckpointOptions plan) throws CheckpointException {
        if (plan == null) {
            return null;
        }
        long intervalNanos = plan.write() ? plan.intervalNanos() : 0;
        return plan.recover()
                ? ClusterCheckpoints.resume(plan.directory(), intervalNanos, nanoClock, spec.hashes(),
                        spec.options().seed())
                : ClusterCheckpoints.fresh(plan.directory(), intervalNanos, nanoClock, spec.hashes(),
                        spec.options().seed());
    }

    /**
     * Explores; when a node's JVM dies or leaves a run that checkpoints, starts the nodes again from the last
     * committed epoch (or from the start when none was committed yet), up to {@link #RESTARTS} times.
     */
    private RunReport explore(ClusterSpec spec, Run run, TlcReporter reporter, boolean checkDeadlock,
                              ClusterCheckpoints checkpoints) {
        RunReport report = exploreOnce(spec, run, reporter, checkDeadlock, checkpoints);
        ClusterCheckpoints current = checkpoints;
        for (int restart = 1; report.nodeLost() && current != null && restart <= RESTARTS; restart++) {
            try {
                current = current.restart(nanoClock);
            } catch (CheckpointException e) {
                out.println("Error: cannot restart the lost node from a checkpoint: " + e.getMessage());
                return report;
            }
            ClusterCheckpoints.Resume resume = current.resumed();
            out.println("A node was lost (" + report.abort() + "); starting the nodes again "
                    + (resume == null ? "from the beginning, as no checkpoint was committed yet"
                    : "from checkpoint " + resume.epoch() + " (level " + resume.level() + ", " + resume.distinct()
                    + " distinct states found)") + ", restart " + restart + " of " + RESTARTS + ".");
            report = exploreOnce(spec, run, reporter, checkDeadlock, current);
        }
        return report;
    }

    private RunReport exploreOnce(ClusterSpec spec, Run run, TlcReporter reporter, boolean checkDeadlock,
                                  ClusterCheckpoints checkpoints) {
        boolean writes = checkpoints != null && run.checkpoints().write();
        if (board != null && writes) {
            board.acceptCheckpointRequests(checkpoints::request);
        }
        Thread onStop = writes ? StopHooks.addFirst("tlaplex-cluster-checkpoint-on-stop",
                () -> checkpointOnStop(checkpoints)) : null;
        try {
            return runOnce(spec, run, reporter, checkDeadlock, checkpoints);
        } finally {
            if (checkpoints != null) {
                checkpoints.runOver();
            }
            if (onStop != null) {
                StopHooks.removeFirst(onStop);
            }
        }
    }

    /**
     * On SIGTERM or SIGINT: asks the coordinator for a checkpoint at the next level's end and waits for its commit
     * (at most {@link #STOP_CHECKPOINT_TIMEOUT_NS}); the hooks that end the nodes wait for this one.
     */
    private void checkpointOnStop(ClusterCheckpoints checkpoints) {
        int seen = checkpoints.commits();
        checkpoints.request();
        try {
            if (checkpoints.awaitCommit(seen, STOP_CHECKPOINT_TIMEOUT_NS)) {
                out.println("Stopped after a checkpoint; resume with -recover " + checkpoints.directory());
            } else {
                out.println("Stopped without a new checkpoint; the last one in " + checkpoints.directory()
                        + " (if any) can be resumed with -recover");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        out.flush();
    }

    private RunReport runOnce(ClusterSpec spec, Run run, TlcReporter reporter, boolean checkDeadlock,
                              ClusterCheckpoints checkpoints) {
        CompletableFuture<RunReport> done = new CompletableFuture<>();
        ClusterProgress progress = new ClusterProgress(reporter, out, nanoClock, TLC_PROGRESS_INTERVAL_NS,
                run.verbose());
        Coordinator.Settings settings = new Coordinator.Settings(run.nodes(), spec.hashes(), run.secret(),
                checkDeadlock, spec.options().seed(),
                Duration.ofMillis(1), Duration.ofSeconds(1), run.joinTimeout(), checkpoints);
        Observer observer = new Observer(progress, feed, done, out, err,
                checkpoints == null ? null : checkpoints.directory());
        ActorSystem<Void> system = ActorSystem.create(guardian(settings, observer), PekkoSettings.SYSTEM_NAME,
                run.pekko().toConfig());
        try {
            String seed = seedAddress(system);
            try (AutoCloseable nodes = run.launcher().launch(seed, why -> done.complete(RunReport.lost(why)))) {
                return done.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return RunReport.aborted("interrupted");
        } catch (ExecutionException e) {
            return RunReport.aborted(String.valueOf(e.getCause()));
        } catch (Exception e) {
            return RunReport.aborted("cannot start the nodes: " + e.getMessage());
        } finally {
            system.terminate();
            NodeProcess.awaitTermination(system);
        }
    }

    private static Behavior<Void> guardian(Coordinator.Settings settings, RunObserver observer) {
        return Behaviors.setup(ctx -> {
            Cluster cluster = Cluster.get(ctx.getSystem());
            // With no seed nodes configured the coordinator founds the cluster itself, on whatever port it bound.
            if (ctx.getSystem().settings().config().getStringList("pekko.cluster.seed-nodes").isEmpty()) {
                cluster.manager().tell(new org.apache.pekko.cluster.typed.Join(cluster.selfMember().address()));
            }
            CoordinatorSingleton.init(ctx.getSystem(), CoordinatorSingleton.create(settings, observer));
            return Behaviors.empty();
        });
    }

    /** The address nodes join: this member's own, with the port Artery actually bound. */
    private static String seedAddress(ActorSystem<?> system) {
        var address = Cluster.get(system).selfMember().address();
        return address.getHost().orElseThrow() + ":" + address.getPort().orElseThrow();
    }

    private Duration elapsed(long start) {
        return Duration.ofNanos(nanoClock.getAsLong() - start);
    }

    /** Hands the coordinator's news to the printer and the waiting thread. */
    private record Observer(ClusterProgress progress, StatusFeed feed, CompletableFuture<RunReport> done,
                            PrintStream out, PrintStream err, Path checkpointDir) implements RunObserver {

        @Override
        public void assigned(List<AssignedNode> nodes) {
            feed.assigned(nodes);
        }

        @Override
        public void initialStatesDone(long distinct) {
            progress.initialStatesDone(distinct);
            feed.initialStatesDone(distinct);
        }

        @Override
        public void progress(int level, List<LevelStatus> nodes) {
            progress.progress(level, nodes);
            feed.statuses(level, nodes);
        }

        @Override
        public void checkpointed(int epoch, int level, long queued, long pauseNanos) {
            out.printf(Locale.ROOT, "Checkpointing of run %s completed at (%s): epoch %d, level %d, %,d states "
                    + "queued, %d ms pause.%n", checkpointDir, TlcReporter.time(LocalDateTime.now()), epoch, level,
                    queued, pauseNanos / 1_000_000);
        }

        @Override
        public void nodeLeft(int nodeId) {
            feed.nodeLeft(nodeId);
        }

        @Override
        public void finalStatuses(List<LevelStatus> nodes) {
            progress.traffic(nodes);
            feed.nodes(nodes);
        }

        @Override
        public void refused(Refuse refusal) {
            err.println("tlaplex: refused a node: " + refusal.detail());
        }

        @Override
        public void finished(RunReport report) {
            done.complete(report);
        }
    }
}
