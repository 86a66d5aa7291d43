package io.tlaplex.coordinator.phase;

import io.tlaplex.coordinator.report.TlcReporter;
import io.tlaplex.coordinator.report.TraceEntry;
import io.tlaplex.coordinator.web.TraceEnding;
import io.tlaplex.frontend.eval.CompiledSpec;
import io.tlaplex.frontend.eval.State;
import io.tlaplex.frontend.eval.Worker;
import io.tlaplex.frontend.eval.std.SimpleRuntime;
import io.tlaplex.frontend.semantic.SemanticModel;
import io.tlaplex.worker.explore.EncodableStateModel;
import io.tlaplex.worker.explore.TraceStep;
import io.tlaplex.worker.spec.SpecStateModel;
import java.io.IOException;
import java.io.PrintStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What a breadth-first run counts and logs beyond the search itself: per-action counts for TLCGet and
 * {@code -coverage}, TLCGet's level, {@code -continue}'s violations and {@code -dump}'s state graph. Wraps the
 * workers' models only when one of these is wanted (a spec that mentions TLCGet, {@code -coverage},
 * {@code -continue}, {@code -dump}), so other runs pay nothing. Set up and reported on the thread that drives the
 * run.
 */
final class Instruments {
    private final CompiledSpec spec;
    private final CheckFeatures features;
    private final RunCounters counters;
    private final boolean active;
    private final ViolationLog violations;
    /** With {@code -dump}, what each worker saw of the state graph; else null. */
    private final StateGraphPart[] graph;

    private Instruments(CompiledSpec spec, CheckFeatures features, RunCounters counters, boolean active) {
        this.spec = spec;
        this.features = features;
        this.counters = counters;
        this.active = active;
        this.violations = features.continueAfterViolation() ? new ViolationLog() : null;
        this.graph = features.stateDump() == null ? null : new StateGraphPart[counters.tallies().size()];
    }

    static Instruments of(SemanticModel model, CompiledSpec spec, CheckFeatures features, RunCounters counters) {
        boolean active = features.coverage() || features.continueAfterViolation() || mentionsTlcGet(model);
        return new Instruments(spec, features, counters, active);
    }

    /** Whether a module's text names TLCGet: only then do the workers keep the counters it reads. */
    static boolean mentionsTlcGet(SemanticModel model) {
        for (String source : model.sources().values()) {
            if (source.contains("TLCGet")) {
                return true;
            }
        }
        return false;
    }

    RunCounters counters() {
        return counters;
    }

    /** Worker {@code id}'s model, counted if needed; {@code trackLevels} only for the one-thread FIFO explorer. */
    EncodableStateModel<State> wrap(int id, EncodableStateModel<State> model, SimpleRuntime runtime,
            boolean trackLevels) {
        EncodableStateModel<State> m = active
                ? new CountingModel(model, counters.tally(id), runtime, trackLevels, violations) : model;
        if (graph == null) {
            return m;
        }
        if (graph[id] == null) {
            graph[id] = new StateGraphPart();
        }
        return new StateGraphModel(m, graph[id], spec.newWorker(runtime, 0));
    }

    /** {@code -dump}: writes the states or the state graph the search found, once it is over. */
    void writeStateDump(PrintStream out) {
        if (graph == null) {
            return;
        }
        List<StateGraphPart> parts = new ArrayList<>();
        for (StateGraphPart part : graph) {
            if (part != null) {
                parts.add(part);
            }
        }
        try {
            new StateGraphWriter(features.stateDump(), spec, parts).write();
        } catch (IOException e) {
            out.println("Error: cannot write the states to " + features.stateDump().file() + ": " + e.getMessage());
        }
    }

    void listenTo(RunListener listener, TlcReporter reporter) {
        listener.withCounters(counters);
        if (features.coverage()) {
            listener.withCoverage(() -> printCoverage(reporter), features.coverageIntervalNs());
        }
    }

    /**
     * {@code -coverage}: per Init and action, {@code distinct:generated} states and how often each of its expressions
     * was evaluated, in TLC's layout (only the per-action line when the spec was compiled without coverage).
     */
    void printCoverage(TlcReporter reporter) {
        if (!features.coverage()) {
            return;
        }
        long[] generated = new long[spec.actionCount() + 1];
        long[] distinct = new long[spec.actionCount() + 1];
        for (int action = 0; action <= spec.actionCount(); action++) {
            for (WorkerTally t : counters.tallies()) {
                generated[action] += t.generated(action);
                distinct[action] += t.distinct(action);
            }
        }
        List<String> lines = new ArrayList<>();
        if (spec.coverage() != null) {
            lines.addAll(spec.coverage().lines(distinct, generated));
        } else {
            for (int action = 0; action <= spec.actionCount(); action++) {
                lines.add(spec.actionLabel(action) + ": " + distinct[action] + ":" + generated[action]);
            }
        }
        reporter.coverage(lines, LocalDateTime.now());
    }

    /**
     * {@code -continue}: prints each invariant violation met, in the order found, with its trace (the first one also
     * to {@code -dumpTrace}'s file); returns how many there were.
     */
    int reportViolations(CompiledSpec compiled, Worker worker, TlcReporter reporter, TraceDumper dumper) {
        if (violations == null) {
            return 0;
        }
        SpecStateModel model = new SpecStateModel(compiled, worker);
        List<ViolationLog.Violation> found = violations.violations();
        for (int i = 0; i < found.size(); i++) {
            ViolationLog.Violation v = found.get(i);
            List<TraceStep<State>> steps = violations.traceTo(v.fp(), model);
            List<TraceEntry> trace = LocalCheck.trace(compiled, worker, steps);
            String name = compiled.invariantName(v.invariant());
            reporter.invariantViolated(name, trace);
            if (i == 0 && dumper != null) {
                dumper.write(compiled, steps, trace, "Invariant " + name + " is violated.", TraceEnding.lastState());
            }
        }
        return found.size();
    }
}
