package io.tlaplex.coordinator.phase;

import io.tlaplex.coordinator.report.TlcReporter;
import io.tlaplex.coordinator.report.ToolMessages;
import io.tlaplex.coordinator.report.TraceEntry;
import io.tlaplex.coordinator.web.TraceEnding;
import io.tlaplex.frontend.eval.CompiledSpec;
import io.tlaplex.frontend.eval.State;
import io.tlaplex.frontend.eval.Worker;
import io.tlaplex.frontend.eval.live.LiveSpec;
import io.tlaplex.worker.explore.TraceStep;
import io.tlaplex.worker.liveness.Lasso;
import io.tlaplex.worker.liveness.LivenessChecker;
import io.tlaplex.worker.spec.SpecStateModel;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The temporal part of a check's report, as TLC prints it, shared by the single-JVM and the cluster check: the
 * branch count before the search, then after a search that found nothing wrong the "Checking temporal properties"
 * lines around the liveness search and, for a violation, the lasso (rebuilt by re-running the spec) and its dump.
 * Used on the thread that reports the run.
 */
public final class LivePhase {
    private static final int EXIT_PROPERTY = 13;

    private final CompiledSpec spec;
    private final Worker worker;
    private final TlcReporter reporter;
    private final TraceDumper dumper;
    private final LongSupplier nanoClock;

    /** {@code dumper}: the {@code -dumpTrace} writer, or null. */
    public LivePhase(CompiledSpec spec, Worker worker, TlcReporter reporter, TraceDumper dumper,
            LongSupplier nanoClock) {
        this.spec = spec;
        this.worker = worker;
        this.reporter = reporter;
        this.dumper = dumper;
        this.nanoClock = nanoClock;
    }

    /** TLC's line on the tableau's branches, printed before the initial states when there are temporal properties. */
    public static void announce(TlcReporter reporter, LiveSpec live) {
        if (!live.isEmpty()) {
            reporter.message(ToolMessages.LIVE_IMPLIED, ToolMessages.INFO, "Implied-temporal checking--"
                    + "satisfiability problem has " + live.checks().size() + " branches.");
        }
    }

    /**
     * Runs {@code search} over the explored graph ({@code generated}, {@code distinct}, {@code depth}: the search's
     * counters) and prints its outcome; the summary of a violation (counters printed), or null when the properties
     * hold (the caller goes on with its verdict).
     */
    public CheckSummary check(Supplier<Lasso> search, long generated, long distinct, int depth) {
        long begin = nanoClock.getAsLong();
        reporter.message(ToolMessages.CHECKING_TEMPORAL, ToolMessages.INFO, "Checking temporal properties for the "
                + "complete state space with " + distinct + " total distinct states at ("
                + TlcReporter.time(LocalDateTime.now()) + ")");
        Lasso lasso = search.get();
        if (lasso == null) {
            reporter.message(ToolMessages.CHECKING_TEMPORAL_END, ToolMessages.INFO, "Finished checking temporal "
                    + "properties in " + TlcReporter.formatElapsed(Duration.ofNanos(nanoClock.getAsLong() - begin))
                    + " at " + TlcReporter.time(LocalDateTime.now()));
            return null;
        }
        List<TraceStep<State>> steps = LivenessChecker.states(new SpecStateModel(spec, worker), lasso);
        List<TraceEntry> trace = LocalCheck.trace(spec, worker, steps);
        reporter.temporalViolation(trace, lasso.stuttering(), lasso.backTo());
        if (dumper != null) {
            dumper.write(spec, steps, trace, "Temporal properties were violated.",
                    lasso.stuttering() ? TraceEnding.stuttering() : TraceEnding.backTo(lasso.backTo()));
        }
        reporter.counts(generated, distinct, 0, depth);
        return new CheckSummary(EXIT_PROPERTY, generated, distinct, depth, lasso.traceLength());
    }
}
