package io.tlaplex.coordinator.report;

import io.tlaplex.worker.fpset.CollisionProbability;
import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Prints a run in TLC's words and layout, so that scripts and editors that read TLC's output read
 * ours: start lines, progress lines, the verdict, the counterexample and the final counters.
 * Called from the thread that drives the run.
 */
public final class TlcReporter {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final PrintStream out;

    public TlcReporter(PrintStream out) {
        this.out = out;
    }

    public void starting(String version, long seed, int workers, int cores, long heapMb, LocalDateTime now) {
        out.println("tlaplex " + version);
        out.printf(Locale.ROOT, "Running breadth-first search Model-Checking with fp 0 and seed %d with %d worker%s "
                + "on %d cores with %dMB heap.%n", seed, workers, workers == 1 ? "" : "s", cores, heapMb);
    }

    public void parsed(List<String> files, List<String> modules, LocalDateTime now) {
        for (String file : files) {
            out.println("Parsing file " + file);
        }
        for (String module : modules) {
            out.println("Semantic processing of module " + module);
        }
        out.println("Starting... (" + TIME.format(now) + ")");
    }

    public void computingInitialStates() {
        out.println("Computing initial states...");
    }

    public void initialStatesDone(long distinct, LocalDateTime now) {
        out.println("Finished computing initial states: " + distinct + " distinct state" + (distinct == 1 ? "" : "s")
                + " generated at " + TIME.format(now) + ".");
    }

    /** TLC's periodic line; rates are per minute over the last interval. */
    public void progress(int depth, long generated, double generatedPerMinute, long distinct,
            double distinctPerMinute, long queued, LocalDateTime now) {
        out.printf(Locale.US, "Progress(%d) at %s: %,d states generated (%,d s/min), %,d distinct states found "
                        + "(%,d ds/min), %,d states left on queue.%n", depth, TIME.format(now), generated,
                Math.round(generatedPerMinute), distinct, Math.round(distinctPerMinute), queued);
    }

    public void success(long generated, long distinct) {
        out.println("Model checking completed. No error has been found.");
        out.println("  Estimates of the probability that TLC did not check all reachable states");
        out.println("  because two distinct states had the same fingerprint:");
        out.println(CollisionProbability.optimisticLine(distinct, generated));
    }

    public void invariantViolated(String invariant, List<TraceEntry> trace) {
        if (trace.size() == 1) {
            out.println("Error: Invariant " + invariant + " is violated by the initial state:");
            out.println(trace.get(0).stateText());
            out.println();
            return;
        }
        out.println("Error: Invariant " + invariant + " is violated.");
        behavior(trace);
    }

    public void actionPropertyViolated(String property, List<TraceEntry> trace) {
        out.println("Error: Action property " + property + " is violated.");
        behavior(trace);
    }

    /**
     * A lasso violating a temporal property: its states, then {@code Stuttering} or {@code Back to state M} with
     * the action of the closing step (the last entry of {@code trace} is that step's state).
     */
    public void temporalViolation(List<TraceEntry> trace, boolean stuttering, int backTo) {
        out.println("Error: Temporal properties were violated.");
        out.println();
        out.println("Error: The following behavior constitutes a counter-example:");
        out.println();
        int printed = stuttering ? trace.size() : trace.size() - 1;
        for (int i = 0; i < printed; i++) {
            TraceEntry entry = trace.get(i);
            out.println("State " + (i + 1) + ": " + entry.label());
            out.println(entry.stateText());
            out.println();
        }
        if (stuttering) {
            out.println("State " + (printed + 1) + ": Stuttering");
        } else {
            out.println("State " + (printed + 1) + ": Back to state " + backTo + ": " + trace.get(printed).label());
        }
        out.println();
    }

    /** TLC's time stamp. */
    public static String time(LocalDateTime now) {
        return TIME.format(now);
    }

    public void deadlock(List<TraceEntry> trace) {
        out.println("Error: Deadlock reached.");
        behavior(trace);
    }

    /** An evaluation error: TLC's message, then the trace to the state being evaluated, if any. */
    public void evaluationError(String message, List<TraceEntry> trace) {
        out.println("Error: " + message);
        if (!trace.isEmpty()) {
            behavior(trace);
        }
    }

    public void behavior(List<TraceEntry> trace) {
        out.println("Error: The behavior up to this point is:");
        for (int i = 0; i < trace.size(); i++) {
            TraceEntry entry = trace.get(i);
            out.println("State " + (i + 1) + ": " + entry.label());
            out.println(entry.stateText());
            out.println();
        }
    }

    public void counts(long generated, long distinct, long queued, int depth) {
        out.println(generated + " states generated, " + distinct + " distinct states found, " + queued
                + " states left on queue.");
        out.println("The depth of the complete state graph search is " + depth + ".");
    }

    public void finished(Duration elapsed, LocalDateTime now) {
        out.println("Finished in " + formatElapsed(elapsed) + " at (" + TIME.format(now) + ")");
    }

    public static String formatElapsed(Duration elapsed) {
        long seconds = elapsed.toSeconds();
        if (seconds < 60) {
            return String.format(Locale.ROOT, "%02ds", seconds);
        }
        long minutes = seconds / 60;
        if (minutes < 60) {
            return String.format(Locale.ROOT, "%02dmin %02ds", minutes, seconds % 60);
        }
        return String.format(Locale.ROOT, "%02dh %02dmin", minutes / 60, minutes % 60);
    }
}
