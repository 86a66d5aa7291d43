package io.tlaplex.coordinator.cluster;

import io.tlaplex.coordinator.phase.CheckSummary;
import io.tlaplex.coordinator.phase.LivePhase;
import io.tlaplex.coordinator.phase.TraceDumper;
import io.tlaplex.coordinator.report.TlcReporter;
import io.tlaplex.coordinator.report.ToolMessages;
import io.tlaplex.coordinator.report.TraceEntry;
import io.tlaplex.coordinator.web.TraceEnding;
import io.tlaplex.frontend.eval.CompiledSpec;
import io.tlaplex.frontend.eval.EvalError;
import io.tlaplex.frontend.eval.State;
import io.tlaplex.frontend.eval.Worker;
import io.tlaplex.protocol.FailureKind;
import io.tlaplex.protocol.FailureReport;
import io.tlaplex.protocol.TraceLink;
import io.tlaplex.worker.explore.Outcome;
import io.tlaplex.worker.explore.StateFinder;
import io.tlaplex.worker.explore.TraceStep;
import io.tlaplex.worker.liveness.Lasso;
import io.tlaplex.worker.spec.SpecStateModel;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Prints the end of a cluster run exactly as the single-JVM check prints its own: the temporal properties checked
 * over the graph the nodes recorded, the verdict, the counterexample (its states rebuilt here by re-running the spec
 * along the fingerprints and actions the owners returned) and its {@code -dumpTrace} file, the counters, and TLC's
 * exit status. Runs on the CLI's thread after the run.
 */
final class ClusterReport {
    static final int EXIT_DEADLOCK = 11;
    static final int EXIT_SAFETY = 12;
    static final int EXIT_PROPERTY = 13;

    private final CompiledSpec spec;
    private final Worker worker;
    private final TlcReporter reporter;
    private final PrintStream out;
    private final TraceDumper dumper;
    private final Supplier<Lasso> liveSearch;
    private final LongSupplier nanoClock;

    /**
     * @param dumper     the {@code -dumpTrace} writer, or null
     * @param liveSearch searches the recorded graph for a counterexample to the temporal properties; null when the
     *                   spec has none
     * @param nanoClock  times the liveness phase
     */
    ClusterReport(CompiledSpec spec, Worker worker, TlcReporter reporter, PrintStream out, TraceDumper dumper,
            Supplier<Lasso> liveSearch, LongSupplier nanoClock) {
        this.spec = spec;
        this.worker = worker;
        this.reporter = reporter;
        this.out = out;
        this.dumper = dumper;
        this.liveSearch = liveSearch;
        this.nanoClock = nanoClock;
    }

    CheckSummary print(RunReport report) {
        if (report.abort() != null) {
            reporter.error(ToolMessages.GENERAL, "the cluster run failed: " + report.abort());
            return new CheckSummary(EvalError.EXIT_OTHER, 0, 0, 0, 0);
        }
        FailureReport failure = report.failure();
        if (failure == null && liveSearch != null) {
            CheckSummary violated = checkLiveness(report);
            if (violated != null) {
                return violated;
            }
        }
        List<TraceStep<State>> steps = failure == null ? List.of() : trace(failure, report.trace());
        List<TraceEntry> trace = steps.stream().map(this::entry).toList();
        int exit;
        if (failure == null && !worker.postconditionHolds()) {
            // As the single-JVM check: POSTCONDITION is evaluated once, after a search that found nothing.
            out.println("Error: The postcondition is not satisfied.");
            exit = EvalError.EXIT_OTHER;
        } else if (failure == null) {
            reporter.success(report.generated(), report.distinct());
            exit = 0;
        } else {
            exit = printFailure(failure, trace);
            if (dumper != null && !steps.isEmpty()) {
                dumper.write(spec, steps, trace, TraceDumper.errorText(spec, outcome(failure.kind()),
                        failure.violatedIndex(), failure.message()), TraceEnding.lastState());
            }
        }
        reporter.counts(report.generated(), report.distinct(), report.queued(), report.depth());
        return new CheckSummary(exit, report.generated(), report.distinct(), report.depth(),
                exit == 0 ? 0 : trace.size());
    }

    /** The temporal properties over the recorded graph: the summary of a violation, else null. */
    private CheckSummary checkLiveness(RunReport report) {
        try {
            return new LivePhase(spec, worker, reporter, dumper, nanoClock).check(liveSearch, report.generated(),
                    report.distinct(), report.depth());
        } catch (RuntimeException e) {
            reporter.error(ToolMessages.GENERAL, "cannot check the temporal properties: " + e.getMessage());
            return new CheckSummary(EvalError.EXIT_OTHER, report.generated(), report.distinct(), report.depth(), 0);
        }
    }

    private static Outcome outcome(FailureKind kind) {
        return switch (kind) {
            case INVARIANT -> Outcome.INVARIANT_VIOLATED;
            case INITIAL_PROPERTY -> Outcome.INITIAL_PROPERTY_VIOLATED;
            case ACTION_PROPERTY -> Outcome.ACTION_PROPERTY_VIOLATED;
            case DEADLOCK -> Outcome.DEADLOCK;
            case EVALUATION_ERROR -> Outcome.EVALUATION_ERROR;
        };
    }

    private int printFailure(FailureReport failure, List<TraceEntry> trace) {
        return switch (failure.kind()) {
            case INVARIANT -> {
                reporter.invariantViolated(spec.invariantName(failure.violatedIndex()), trace);
                yield EXIT_SAFETY;
            }
            case INITIAL_PROPERTY -> {
                reporter.error(ToolMessages.INITIAL_PROPERTY_VIOLATED, "Property "
                        + spec.impliedInitName(failure.violatedIndex()) + " is violated by the initial state:");
                out.println(trace.get(trace.size() - 1).stateText());
                out.println();
                yield EXIT_PROPERTY;
            }
            case ACTION_PROPERTY -> {
                reporter.actionPropertyViolated(spec.actionPropertyName(failure.violatedIndex()), trace);
                yield EXIT_PROPERTY;
            }
            case DEADLOCK -> {
                reporter.deadlock(trace);
                yield EXIT_DEADLOCK;
            }
            case EVALUATION_ERROR -> {
                reporter.evaluationError(failure.message(), trace);
                yield failure.exitCode();
            }
        };
    }

    /** Re-runs the spec along the recorded fingerprints; a violation adds the violating state itself. */
    private List<TraceStep<State>> trace(FailureReport failure, List<TraceLink> links) {
        StateFinder<State> finder = new StateFinder<>(new SpecStateModel(spec, worker));
        List<TraceStep<State>> trace = new ArrayList<>();
        State state = null;
        for (TraceLink link : links) {
            state = finder.find(state, link.fingerprint(), link.actionId());
            trace.add(new TraceStep<>(state, finder.foundAction()));
        }
        FailureKind kind = failure.kind();
        if (kind == FailureKind.INVARIANT || kind == FailureKind.INITIAL_PROPERTY
                || kind == FailureKind.ACTION_PROPERTY) {
            state = finder.find(state, failure.fingerprint(), failure.actionId());
            trace.add(new TraceStep<>(state, finder.foundAction()));
        }
        return trace;
    }

    private TraceEntry entry(TraceStep<State> step) {
        return new TraceEntry(spec.actionLabel(step.actionId()), worker.format(step.state()).stripTrailing());
    }
}
