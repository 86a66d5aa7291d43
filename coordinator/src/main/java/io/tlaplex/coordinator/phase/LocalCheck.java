package io.tlaplex.coordinator.phase;

import io.tlaplex.coordinator.report.TlcReporter;
import io.tlaplex.coordinator.report.ToolMessages;
import io.tlaplex.coordinator.report.TraceEntry;
import io.tlaplex.coordinator.web.TraceEnding;
import io.tlaplex.coordinator.web.RunPhase;
import io.tlaplex.coordinator.web.StatusBoard;
import io.tlaplex.frontend.config.ModelConfig;
import io.tlaplex.frontend.diag.DiagnosticException;
import io.tlaplex.frontend.diag.DiagnosticPrinter;
import io.tlaplex.frontend.eval.CompiledSpec;
import io.tlaplex.frontend.eval.EvalError;
import io.tlaplex.frontend.eval.State;
import io.tlaplex.frontend.eval.Worker;
import io.tlaplex.frontend.eval.live.LiveSpec;
import io.tlaplex.frontend.eval.std.SimpleRuntime;
import io.tlaplex.frontend.semantic.SemanticModel;
import io.tlaplex.frontend.value.StringTable;
import io.tlaplex.worker.explore.EncodableStateModel;
import io.tlaplex.worker.explore.ExplorationResult;
import io.tlaplex.worker.explore.Explorer;
import io.tlaplex.worker.explore.Outcome;
import io.tlaplex.worker.explore.ParallelExplorer;
import io.tlaplex.worker.explore.ParallelExplorerConfig;
import io.tlaplex.worker.explore.StateCodec;
import io.tlaplex.worker.explore.TraceStep;
import io.tlaplex.worker.fpset.FingerprintSet;
import io.tlaplex.worker.fpset.FingerprintSetConfig;
import io.tlaplex.worker.fpset.FingerprintSetExhaustedException;
import io.tlaplex.worker.spec.SpecStateModel;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.LongSupplier;

/**
 * Checks a loaded spec in this JVM and prints the run as TLC does: compile, ASSUMEs, the search,
 * the verdict with its counterexample, the counters. Returns TLC's exit status with the counters.
 */
public final class LocalCheck {
    /** The version printed on the first line, where TLC prints its own. */
    public static final String VERSION = "0.1.0";
    private static final int EXIT_SAFETY = 12;
    /** TLC prints a progress line once a minute. */
    private static final long TLC_PROGRESS_INTERVAL_NS = 60_000_000_000L;
    private static final int EXIT_DEADLOCK = 11;
    private static final int EXIT_PROPERTY = 13;
    /** TLC's exit code for a system error: here, a checkpoint that cannot be used or written. */
    private static final int EXIT_RECOVERY = 153;

    private final PrintStream out;
    private final PrintStream err;
    private final LongSupplier nanoClock;
    private StatusBoard board;
    private CheckFeatures features = CheckFeatures.none();

    public LocalCheck(PrintStream out, PrintStream err, LongSupplier nanoClock) {
        this.out = out;
        this.err = err;
        this.nanoClock = nanoClock;
    }

    /** Reports the run to {@code statusBoard} as well (the {@code -http} status page); before {@link #run}. */
    public LocalCheck withStatusBoard(StatusBoard statusBoard) {
        this.board = statusBoard;
        return this;
    }

    /** Runs with TLC's further flags ({@code -dumpTrace}, {@code -simulate}, ...); before {@link #run}. */
    public LocalCheck withFeatures(CheckFeatures checkFeatures) {
        this.features = checkFeatures;
        return this;
    }

    public CheckSummary run(SemanticModel model, ModelConfig config, CheckOptions options) {
        CheckSummary summary = runCheck(model, config, options);
        if (board != null) {
            board.finished(verdict(summary.exitCode()));
        }
        return summary;
    }

    private static String verdict(int exitCode) {
        return switch (exitCode) {
            case 0 -> "no error has been found";
            case EXIT_DEADLOCK -> "deadlock reached";
            case EXIT_SAFETY -> "invariant violated";
            case EXIT_PROPERTY -> "property violated";
            case 10 -> "assumption violated";
            default -> "stopped with exit code " + exitCode;
        };
    }

    private CheckSummary runCheck(SemanticModel model, ModelConfig config, CheckOptions options) {
        long start = nanoClock.getAsLong();
        TlcReporter reporter = new TlcReporter(out, features.tool(), features.diffTrace());
        if (features.simulation() != null) {
            reporter.startingSimulation(VERSION, features.simulation().seed(), options.workers(),
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        } else {
            reporter.starting(VERSION, options.seed(), options.workers(), Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() >> 20, LocalDateTime.now());
        }
        reporter.parsed(List.copyOf(model.sources().keySet()), model.modules().stream().map(m -> m.name()).toList(),
                LocalDateTime.now());
        SimpleRuntime runtime = new SimpleRuntime(new StringTable(), options.seed(), System::currentTimeMillis,
                out::println);
        ModelConfig effective = deadlockOverride(config, options);
        runtime.putNamed("config", RunConfigValue.of(runtime.strings(), options, features, effective));
        CompiledSpec spec;
        try {
            spec = CompiledSpec.compile(model, effective, runtime, features.coverage());
        } catch (DiagnosticException e) {
            err.print(DiagnosticPrinter.of(model.sources()).format(e.diagnostics()));
            return new CheckSummary(e.exitCode(), 0, 0, 0, 0);
        }
        if (!spec.warnings().isEmpty()) {
            err.print(DiagnosticPrinter.of(model.sources()).format(spec.warnings()));
        }
        RunCounters counters = new RunCounters(tallies(spec, options.workers()), nanoClock);
        runtime.withStatistics(counters);
        List<EvalError> assumptions = spec.checkAssumptions();
        if (!assumptions.isEmpty()) {
            for (EvalError e : assumptions) {
                reporter.error(ToolMessages.ASSUMPTION_FALSE, e.getMessage());
            }
            reporter.finished(elapsed(start), LocalDateTime.now());
            return new CheckSummary(assumptions.get(0).exitCode(), 0, 0, 0, 0);
        }
        if (spec.variableNames().isEmpty()) {
            // As TLC: a spec without variables has no behaviours to explore once its assumptions hold.
            reporter.success(0, 0);
            reporter.counts(0, 0, 0, 0);
            reporter.finished(elapsed(start), LocalDateTime.now());
            return new CheckSummary(0, 0, 0, 0, 0);
        }
        if (features.simulation() != null) {
            return new SimulationRun(spec, runtime, counters, features, out, nanoClock, traceDumper(model))
                    .run(options, reporter, start);
        }
        LiveSpec live = spec.liveness();
        LivePhase.announce(reporter, live);
        reporter.computingInitialStates();
        if (board != null) {
            board.phase(RunPhase.INITIAL_STATES);
        }
        Worker worker = spec.newWorker(runtime, options.seed());
        Instruments instruments = Instruments.of(model, spec, features, counters);
        dumper = traceDumper(model);
        try (LiveRun liveRun = live.isEmpty() ? null : LiveRun.open(live, options.checkpoints())) {
            return check(spec, worker, runtime, options, reporter, liveRun, start, instruments);
        }
    }

    private CheckSummary check(CompiledSpec spec, Worker worker, SimpleRuntime runtime, CheckOptions options,
            TlcReporter reporter, LiveRun liveRun, long start, Instruments instruments) {
        ProgressPrinter printer = new ProgressPrinter(reporter, nanoClock, options.liveProgress() ? err : null,
                TLC_PROGRESS_INTERVAL_NS);
        RunListener progress = new RunListener(printer, out,
                options.checkpoints() == null ? null : options.checkpoints().directory(), board, nanoClock,
                options.printerIntervalNs());
        instruments.listenTo(progress, reporter);
        ExplorationResult<State> result;
        try {
            boolean single = options.workers() == 1 && options.checkpoints() == null;
            result = single
                    ? new Explorer<>(instruments.wrap(0, LiveRun.wrap(liveRun, new SpecStateModel(spec, worker)),
                            runtime, true), progress, nanoClock, options.progressIntervalNs()).run()
                    : explore(spec, worker, runtime, options, progress, liveRun, instruments);
        } catch (CheckpointFailure e) {
            printer.clearLive();
            out.println("Error: " + e.getMessage());
            reporter.finished(elapsed(start), LocalDateTime.now());
            return new CheckSummary(EXIT_RECOVERY, 0, 0, 0, 0);
        } catch (FingerprintSetExhaustedException | UncheckedIOException e) {
            printer.clearLive();
            out.println("Error: " + e.getMessage());
            out.println("The run stopped without losing a state; give it more memory (-fpmem, -Xmx) or disk space.");
            reporter.finished(elapsed(start), LocalDateTime.now());
            return new CheckSummary(FingerprintSetExhaustedException.EXIT_CODE, 0, 0, 0, 0);
        }
        printer.clearLive();
        instruments.writeStateDump(out);
        if (liveRun != null && result.outcome() == Outcome.SUCCESS) {
            if (board != null) {
                board.phase(RunPhase.CHECKING_LIVENESS);
            }
            CheckSummary violated = checkLiveness(spec, worker, result, reporter, liveRun);
            if (violated != null) {
                reporter.finished(elapsed(start), LocalDateTime.now());
                return violated;
            }
        }
        int continued = instruments.reportViolations(spec, worker, reporter, dumper);
        CheckSummary summary = report(spec, worker, result, reporter, continued);
        instruments.printCoverage(reporter);
        reporter.finished(elapsed(start), LocalDateTime.now());
        return summary;
    }

    /** The multi-worker search; worker 0 evaluates with {@code first}, the others with runtimes of their own. */
    /** Checks the temporal properties over the recorded graph; the summary of a violation, else null. */
    private TraceDumper dumper;

    private CheckSummary checkLiveness(CompiledSpec spec, Worker worker, ExplorationResult<State> result,
            TlcReporter reporter, LiveRun liveRun) {
        return new LivePhase(spec, worker, reporter, dumper, nanoClock).check(liveRun::check, result.generated(),
                result.distinct(), result.depth());
    }

    private ExplorationResult<State> explore(CompiledSpec spec, Worker first, SimpleRuntime firstRuntime,
            CheckOptions options, RunListener progress, LiveRun liveRun, Instruments instruments) {
        Path workDir;
        try {
            workDir = Files.createTempDirectory("tlaplex-run-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a working folder for the run", e);
        }
        long queueMemory = Runtime.getRuntime().maxMemory() / 8;
        ParallelExplorerConfig config = ParallelExplorerConfig.of(options.workers(), workDir, queueMemory)
                .withPlacement(options.placement());
        try (FingerprintSet seen = FingerprintSetConfig.fromFpMem(options.fpmem()).create()) {
            progress.shard(seen);
            IntFunction<EncodableStateModel<State>> models = id -> {
                SimpleRuntime rt = id == 0 ? firstRuntime : new SimpleRuntime(spec.strings(), options.seed() + id,
                        System::currentTimeMillis, out::println).withStatistics(instruments.counters());
                Worker w = id == 0 ? first : spec.newWorker(rt, options.seed());
                return instruments.wrap(id, LiveRun.wrap(liveRun, new SpecStateModel(spec, w)), rt, false);
            };
            CheckpointOptions plan = options.checkpoints();
            ParallelExplorer<State> explorer = new ParallelExplorer<>(models, seen, config,
                    progress, nanoClock,
                    options.progressIntervalNs());
            StateCodec<State> writerCodec = plan == null ? null : new SpecStateModel(spec, spec.newWorker(
                    new SimpleRuntime(spec.strings(), options.seed(), System::currentTimeMillis, out::println),
                    options.seed()));
            try (CheckpointWiring wiring = CheckpointWiring.apply(explorer, plan, options.seed(), writerCodec,
                    liveRun, nanoClock, out)) {
                if (board != null && wiring.requests() != null) {
                    board.acceptCheckpointRequests(wiring.requests());
                }
                return explorer.run();
            }
        } finally {
            try {
                Files.deleteIfExists(workDir);
            } catch (IOException e) {
                err.println("tlaplex: could not remove the working folder " + workDir + ": " + e.getMessage());
            }
        }
    }

    /** Prints the verdict of {@code result}; {@code continued} invariant violations were printed already. */
    private CheckSummary report(CompiledSpec spec, Worker worker, ExplorationResult<State> result,
            TlcReporter reporter, int continued) {
        List<TraceEntry> trace = trace(spec, worker, result.trace());
        int exit;
        switch (result.outcome()) {
            case SUCCESS -> {
                if (continued > 0) {
                    exit = EXIT_SAFETY;
                } else if (!worker.postconditionHolds()) {
                    out.println("Error: The postcondition is not satisfied.");
                    exit = EvalError.EXIT_OTHER;
                } else {
                    reporter.success(result.generated(), result.distinct());
                    exit = 0;
                }
            }
            case INVARIANT_VIOLATED -> {
                reporter.invariantViolated(spec.invariantName(result.violatedInvariant()), trace);
                exit = EXIT_SAFETY;
            }
            case INITIAL_PROPERTY_VIOLATED -> {
                reporter.error(ToolMessages.INITIAL_PROPERTY_VIOLATED, "Property "
                        + spec.impliedInitName(result.violatedInvariant()) + " is violated by the initial state:");
                out.println(trace.get(trace.size() - 1).stateText());
                out.println();
                exit = EXIT_PROPERTY;
            }
            case ACTION_PROPERTY_VIOLATED -> {
                reporter.actionPropertyViolated(spec.actionPropertyName(result.violatedInvariant()), trace);
                exit = EXIT_PROPERTY;
            }
            case DEADLOCK -> {
                reporter.deadlock(trace);
                exit = EXIT_DEADLOCK;
            }
            default -> {
                exit = reportError(result.error(), trace, reporter);
            }
        }
        if (exit != 0 && dumper != null && !result.trace().isEmpty()) {
            dumper.write(spec, result.trace(), trace, errorText(spec, result), TraceEnding.lastState());
        }
        reporter.counts(result.generated(), result.distinct(), result.leftOnQueue(), result.depth());
        int traceLength = exit == 0 ? 0 : result.trace().size();
        return new CheckSummary(exit, result.generated(), result.distinct(), result.depth(), traceLength);
    }

    private int reportError(RuntimeException error, List<TraceEntry> trace, TlcReporter reporter) {
        if (error instanceof EvalError e) {
            String where = e.span() == null || e.span().line() == 0 ? "" : "\n" + EvalError.location(e.span());
            reporter.evaluationError(e.getMessage() + where, trace);
            return e.exitCode();
        }
        throw error;
    }

    /** The error TLC prints before a counterexample of {@code result}, for the dumped page. */
    static String errorText(CompiledSpec spec, ExplorationResult<State> result) {
        return TraceDumper.errorText(spec, result.outcome(), result.violatedInvariant(),
                result.error() == null ? "" : String.valueOf(result.error().getMessage()));
    }

    /** The {@code -dumpTrace} writer of this run, or null without the flag. */
    private TraceDumper traceDumper(SemanticModel model) {
        return TraceDumper.of(features, out, model.root().name());
    }

    private static List<WorkerTally> tallies(CompiledSpec spec, int workers) {
        List<WorkerTally> tallies = new ArrayList<>(workers);
        for (int i = 0; i < workers; i++) {
            tallies.add(new WorkerTally(spec.actionCount()));
        }
        return tallies;
    }

    static List<TraceEntry> trace(CompiledSpec spec, Worker worker, List<TraceStep<State>> steps) {
        List<TraceEntry> trace = new ArrayList<>();
        for (TraceStep<State> step : steps) {
            trace.add(new TraceEntry(spec.actionLabel(step.actionId()), worker.format(step.state()).stripTrailing()));
        }
        return trace;
    }

    private static ModelConfig deadlockOverride(ModelConfig config, CheckOptions options) {
        return options.deadlockFlagGiven() ? config.withCheckDeadlock(false) : config;
    }

    private Duration elapsed(long start) {
        return Duration.ofNanos(nanoClock.getAsLong() - start);
    }
}
