package io.tlaplex.coordinator.cluster;

import io.tlaplex.coordinator.phase.CheckSummary;
import io.tlaplex.coordinator.report.TlcReporter;
import io.tlaplex.coordinator.report.TraceEntry;
import io.tlaplex.frontend.eval.CompiledSpec;
import io.tlaplex.frontend.eval.EvalError;
import io.tlaplex.frontend.eval.State;
import io.tlaplex.frontend.eval.Worker;
import io.tlaplex.protocol.FailureKind;
import io.tlaplex.protocol.FailureReport;
import io.tlaplex.protocol.TraceLink;
import io.tlaplex.worker.explore.StateFinder;
import io.tlaplex.worker.spec.SpecStateModel;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints the end of a cluster run exactly as the single-JVM check prints its own: the verdict, the counterexample
 * (its states rebuilt here by re-running the spec along the fingerprints and actions the owners returned), the
 * counters, and TLC's exit status. Runs on the CLI's thread after the run.
 */
final class ClusterReport {
    static final int EXIT_DEADLOCK = 11;
    static final int EXIT_SAFETY = 12;
    static final int EXIT_PROPERTY = 13;

    private final CompiledSpec spec;
    private final Worker worker;
    private final TlcReporter reporter;
    private final PrintStream out;

    ClusterReport(CompiledSpec spec, Worker worker, TlcReporter reporter, PrintStream out) {
        this.spec = spec;
        this.worker = worker;
        this.reporter = reporter;
        this.out = out;
    }

    CheckSummary print(RunReport report) {
        if (report.abort() != null) {
            out.println("Error: the cluster run failed: " + report.abort());
            return new CheckSummary(EvalError.EXIT_OTHER, 0, 0, 0, 0);
        }
        FailureReport failure = report.failure();
        List<TraceEntry> trace = failure == null ? List.of() : trace(failure, report.trace());
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
        }
        reporter.counts(report.generated(), report.distinct(), report.queued(), report.depth());
        return new CheckSummary(exit, report.generated(), report.distinct(), report.depth(),
                exit == 0 ? 0 : trace.size());
    }

    private int printFailure(FailureReport failure, List<TraceEntry> trace) {
        return switch (failure.kind()) {
            case INVARIANT -> {
                reporter.invariantViolated(spec.invariantName(failure.violatedIndex()), trace);
                yield EXIT_SAFETY;
            }
            case INITIAL_PROPERTY -> {
                out.println("Error: Property " + spec.impliedInitName(failure.violatedIndex())
                        + " is violated by the initial state:");
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
    private List<TraceEntry> trace(FailureReport failure, List<TraceLink> links) {
        StateFinder<State> finder = new StateFinder<>(new SpecStateModel(spec, worker));
        List<TraceEntry> trace = new ArrayList<>();
        State state = null;
        for (TraceLink link : links) {
            state = finder.find(state, link.fingerprint(), link.actionId());
            trace.add(entry(state, finder.foundAction()));
        }
        FailureKind kind = failure.kind();
        if (kind == FailureKind.INVARIANT || kind == FailureKind.INITIAL_PROPERTY
                || kind == FailureKind.ACTION_PROPERTY) {
            state = finder.find(state, failure.fingerprint(), failure.actionId());
            trace.add(entry(state, finder.foundAction()));
        }
        return trace;
    }

    private TraceEntry entry(State state, int actionId) {
        return new TraceEntry(spec.actionLabel(actionId), worker.format(state).stripTrailing());
    }
}
