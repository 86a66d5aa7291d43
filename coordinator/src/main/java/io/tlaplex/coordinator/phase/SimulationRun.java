package io.tlaplex.coordinator.phase;

import io.tlaplex.coordinator.report.TlcReporter;
import io.tlaplex.coordinator.report.TraceEntry;
import io.tlaplex.coordinator.web.TraceEnding;
import io.tlaplex.frontend.eval.CompiledSpec;
import io.tlaplex.frontend.eval.EvalError;
import io.tlaplex.frontend.eval.State;
import io.tlaplex.frontend.eval.Worker;
import io.tlaplex.frontend.eval.std.SimpleRuntime;
import io.tlaplex.worker.explore.ExplorationResult;
import io.tlaplex.worker.simulate.BehaviourLiveness;
import io.tlaplex.worker.simulate.SimulationListener;
import io.tlaplex.worker.simulate.SimulationResult;
import io.tlaplex.worker.simulate.Simulator;
import io.tlaplex.worker.simulate.TemporalViolation;
import io.tlaplex.worker.spec.SpecStateModel;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

/**
 * {@code tlaplex check -simulate}: random behaviours on every worker, reported as TLC reports a simulation (the
 * counterexample as in a search, then "The number of states generated", the seed and the traces' lengths).
 * Temporal properties are checked on each finished behaviour, as TLC does (see {@link BehaviourLiveness}). Driven
 * by the thread that runs the check.
 */
final class SimulationRun {
    private static final int EXIT_SAFETY = 12;
    private static final int EXIT_DEADLOCK = 11;
    private static final int EXIT_PROPERTY = 13;
    /** TLC prints a simulation's progress line once a minute. */
    private static final long PROGRESS_INTERVAL_NS = 60_000_000_000L;

    private final CompiledSpec spec;
    private final SimpleRuntime firstRuntime;
    private final RunCounters counters;
    private final CheckFeatures features;
    private final PrintStream out;
    private final LongSupplier nanoClock;
    private final TraceDumper dumper;

    SimulationRun(CompiledSpec spec, SimpleRuntime firstRuntime, RunCounters counters, CheckFeatures features,
            PrintStream out, LongSupplier nanoClock, TraceDumper dumper) {
        this.spec = spec;
        this.firstRuntime = firstRuntime;
        this.counters = counters;
        this.features = features;
        this.out = out;
        this.nanoClock = nanoClock;
        this.dumper = dumper;
    }

    CheckSummary run(CheckOptions options, TlcReporter reporter, long start) {
        CheckFeatures.SimulationOptions sim = features.simulation();
        LivePhase.announce(reporter, spec.liveness());
        Worker first = spec.newWorker(firstRuntime, options.seed());
        SimulationListener progress = (generated, traces, sum, squares) -> {
            SimulationResult<State> now = new SimulationResult<>(null, traces, sum, squares);
            reporter.simulationProgress(generated, traces, now.meanLength(), now.lengthVariance(),
                    now.lengthDeviation());
        };
        Path scratch = spec.liveness().isEmpty() ? null : scratch();
        SimulationResult<State> found;
        try {
            found = new Simulator<>(id -> model(id, first, options, scratch), options.workers(), sim.traces(),
                    sim.depth(), sim.seed(), progress, nanoClock, PROGRESS_INTERVAL_NS).run();
        } finally {
            delete(scratch);
        }
        int exit = found.temporal() != null ? temporalViolation(found.temporal(), first, reporter)
                : verdict(found.result(), first, reporter);
        reporter.simulationCounts(found.result().generated(), sim.seed(), found.traces(), found.meanLength(),
                found.lengthVariance(), found.lengthDeviation());
        reporter.finished(Duration.ofNanos(nanoClock.getAsLong() - start), LocalDateTime.now());
        int traceLength = exit == 0 ? 0 : found.temporal() != null ? found.temporal().traceLength()
                : found.result().trace().size();
        return new CheckSummary(exit, found.result().generated(), 0, found.result().depth(), traceLength);
    }

    private SimulationModel model(int id, Worker first, CheckOptions options, Path scratch) {
        SimpleRuntime rt = id == 0 ? firstRuntime : new SimpleRuntime(spec.strings(), options.seed() + id,
                System::currentTimeMillis, out::println).withStatistics(counters);
        Worker w = id == 0 ? first : spec.newWorker(rt, options.seed());
        SpecStateModel model = new SpecStateModel(spec, w);
        BehaviourLiveness<State> liveness = scratch == null ? null
                : new BehaviourLiveness<>(model, new WorkerLabeler(w), spec.liveness(), scratch);
        return new SimulationModel(model, rt, counters, counters.tally(id), liveness);
    }

    /** Prints a behaviour that violates a temporal property as TLC does (and dumps it); TLC's exit status. */
    private int temporalViolation(TemporalViolation<State> found, Worker worker, TlcReporter reporter) {
        List<TraceEntry> trace = LocalCheck.trace(spec, worker, found.trace());
        reporter.temporalViolation(trace, found.stuttering(), found.backTo());
        if (dumper != null) {
            dumper.write(spec, found.trace(), trace, "Temporal properties were violated.",
                    found.stuttering() ? TraceEnding.stuttering() : TraceEnding.backTo(found.backTo()));
        }
        return EXIT_PROPERTY;
    }

    /**
     * A folder for the behaviour graphs of the liveness checks, removed after the run: in memory ({@code /dev/shm})
     * where there is such a file system, since every behaviour writes and syncs a small graph.
     */
    private static Path scratch() {
        Path shm = Path.of("/dev/shm");
        try {
            return Files.isDirectory(shm) && Files.isWritable(shm) ? Files.createTempDirectory(shm, "tlaplex-simulate-")
                    : Files.createTempDirectory("tlaplex-simulate-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a working folder for checking temporal properties", e);
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + dir, e);
        }
    }

    private int verdict(ExplorationResult<State> result, Worker worker, TlcReporter reporter) {
        List<TraceEntry> trace = LocalCheck.trace(spec, worker, result.trace());
        int exit = switch (result.outcome()) {
            case SUCCESS -> 0;
            case INVARIANT_VIOLATED -> {
                reporter.invariantViolated(spec.invariantName(result.violatedInvariant()), trace);
                yield EXIT_SAFETY;
            }
            case INITIAL_PROPERTY_VIOLATED -> {
                reporter.error(2108, "Property " + spec.impliedInitName(result.violatedInvariant())
                        + " is violated by the initial state:");
                reporter.behavior(trace);
                yield EXIT_PROPERTY;
            }
            case ACTION_PROPERTY_VIOLATED -> {
                reporter.actionPropertyViolated(spec.actionPropertyName(result.violatedInvariant()), trace);
                yield EXIT_PROPERTY;
            }
            case DEADLOCK -> {
                reporter.deadlock(trace);
                yield EXIT_DEADLOCK;
            }
            case EVALUATION_ERROR -> evaluationError(result.error(), trace, reporter);
        };
        if (exit != 0 && dumper != null && !result.trace().isEmpty()) {
            dumper.write(spec, result.trace(), trace, LocalCheck.errorText(spec, result), TraceEnding.lastState());
        }
        return exit;
    }

    private static int evaluationError(RuntimeException error, List<TraceEntry> trace, TlcReporter reporter) {
        if (error instanceof EvalError e) {
            String where = e.span() == null || e.span().line() == 0 ? "" : "\n" + EvalError.location(e.span());
            reporter.evaluationError(e.getMessage() + where, trace);
            return e.exitCode();
        }
        throw error;
    }
}
