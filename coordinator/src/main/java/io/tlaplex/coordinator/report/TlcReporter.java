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
 * ours: start lines, progress lines, the verdict, the counterexample and the final counters. With
 * {@code -tool}, each message is framed with TLC's message code ({@link ToolMessages}); with
 * {@code -difftrace}, states after the first show only the variables that changed.
 * Called from the thread that drives the run.
 */
public final class TlcReporter {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final PrintStream out;
    private final ToolMessages tool;
    private final boolean diffTrace;

    public TlcReporter(PrintStream out) {
        this(out, false, false);
    }

    /** {@code toolMode}: TLC's {@code -tool} framing; {@code diffTrace}: TLC's {@code -difftrace}. */
    public TlcReporter(PrintStream out, boolean toolMode, boolean diffTrace) {
        this.out = out;
        this.tool = toolMode ? new ToolMessages(out) : null;
        this.diffTrace = diffTrace;
    }

    public void starting(String version, long seed, int workers, int cores, long heapMb, LocalDateTime now) {
        message(ToolMessages.VERSION, ToolMessages.INFO, "tlaplex " + version);
        message(ToolMessages.MODE_MC, ToolMessages.INFO, String.format(Locale.ROOT, "Running breadth-first search "
                + "Model-Checking with fp 0 and seed %d with %d worker%s on %d cores with %dMB heap.", seed, workers,
                workers == 1 ? "" : "s", cores, heapMb));
    }

    /** The first lines of {@code -simulate}, where TLC prints "Running Random Simulation with seed ...". */
    public void startingSimulation(String version, long seed, int workers, int cores, long heapMb) {
        message(ToolMessages.VERSION, ToolMessages.INFO, "tlaplex " + version);
        message(ToolMessages.MODE_SIMULATION, ToolMessages.INFO, String.format(Locale.ROOT, "Running Random "
                + "Simulation with seed %d with %d worker%s on %d cores with %dMB heap.", seed, workers,
                workers == 1 ? "" : "s", cores, heapMb));
    }

    public void parsed(List<String> files, List<String> modules, LocalDateTime now) {
        if (tool != null) {
            message(ToolMessages.SANY_START, ToolMessages.INFO, "Starting SANY...");
        }
        for (String file : files) {
            out.println("Parsing file " + file);
        }
        for (String module : modules) {
            out.println("Semantic processing of module " + module);
        }
        if (tool != null) {
            message(ToolMessages.SANY_END, ToolMessages.INFO, "SANY finished.");
        }
        message(ToolMessages.STARTING, ToolMessages.INFO, "Starting... (" + TIME.format(now) + ")");
    }

    public void computingInitialStates() {
        message(ToolMessages.COMPUTING_INIT, ToolMessages.INFO, "Computing initial states...");
    }

    public void initialStatesDone(long distinct, LocalDateTime now) {
        message(ToolMessages.INIT_GENERATED, ToolMessages.INFO, "Finished computing initial states: " + distinct
                + " distinct state" + (distinct == 1 ? "" : "s") + " generated at " + TIME.format(now) + ".");
    }

    /** TLC's periodic line; rates are per minute over the last interval. */
    public void progress(int depth, long generated, double generatedPerMinute, long distinct,
            double distinctPerMinute, long queued, LocalDateTime now) {
        message(ToolMessages.PROGRESS, ToolMessages.INFO, String.format(Locale.US, "Progress(%d) at %s: %,d states "
                + "generated (%,d s/min), %,d distinct states found (%,d ds/min), %,d states left on queue.", depth,
                TIME.format(now), generated, Math.round(generatedPerMinute), distinct, Math.round(distinctPerMinute),
                queued));
    }

    public void success(long generated, long distinct) {
        message(ToolMessages.SUCCESS, ToolMessages.INFO, "Model checking completed. No error has been found.\n"
                + "  Estimates of the probability that TLC did not check all reachable states\n"
                + "  because two distinct states had the same fingerprint:\n"
                + CollisionProbability.optimisticLine(distinct, generated));
    }

    public void invariantViolated(String invariant, List<TraceEntry> trace) {
        if (trace.size() == 1) {
            error(ToolMessages.INVARIANT_VIOLATED_INITIAL, "Invariant " + invariant
                    + " is violated by the initial state:");
            out.println(trace.get(0).stateText());
            out.println();
            return;
        }
        error(ToolMessages.INVARIANT_VIOLATED, "Invariant " + invariant + " is violated.");
        behavior(trace);
    }

    public void actionPropertyViolated(String property, List<TraceEntry> trace) {
        error(ToolMessages.ACTION_PROPERTY_VIOLATED, "Action property " + property + " is violated.");
        behavior(trace);
    }

    /**
     * A lasso violating a temporal property: its states, then {@code Stuttering} or {@code Back to state M} with
     * the action of the closing step (the last entry of {@code trace} is that step's state).
     */
    public void temporalViolation(List<TraceEntry> trace, boolean stuttering, int backTo) {
        error(ToolMessages.TEMPORAL_VIOLATED, "Temporal properties were violated.\n");
        error(ToolMessages.COUNTER_EXAMPLE, "The following behavior constitutes a counter-example:\n");
        int printed = stuttering ? trace.size() : trace.size() - 1;
        states(trace, printed);
        if (stuttering) {
            stateMessage(ToolMessages.STATE_STUTTERING, (printed + 1) + ": Stuttering");
        } else {
            stateMessage(ToolMessages.BACK_TO_STATE, (printed + 1) + ": Back to state " + backTo + ": "
                    + trace.get(printed).label());
        }
    }

    /** TLC's time stamp. */
    public static String time(LocalDateTime now) {
        return TIME.format(now);
    }

    public void deadlock(List<TraceEntry> trace) {
        error(ToolMessages.DEADLOCK, "Deadlock reached.");
        behavior(trace);
    }

    /** An evaluation error: TLC's message, then the trace to the state being evaluated, if any. */
    public void evaluationError(String message, List<TraceEntry> trace) {
        error(ToolMessages.GENERAL, message);
        if (!trace.isEmpty()) {
            behavior(trace);
        }
    }

    /** Any other error line TLC prints as {@code Error: ...} (message {@code code} in tool mode). */
    public void error(int code, String message) {
        if (tool != null) {
            tool.message(code, ToolMessages.ERROR, message);
        } else {
            out.println("Error: " + message);
        }
    }

    /** A line TLC prints as a message of its own ({@code code} in tool mode), e.g. the liveness phase lines. */
    public void message(int code, int messageClass, String text) {
        if (tool != null) {
            tool.message(code, messageClass, text);
        } else {
            out.println(text);
        }
    }

    public void behavior(List<TraceEntry> trace) {
        error(ToolMessages.BEHAVIOR_UP_TO_THIS_POINT, "The behavior up to this point is:");
        states(trace, trace.size());
    }

    private void states(List<TraceEntry> trace, int count) {
        for (int i = 0; i < count; i++) {
            TraceEntry entry = trace.get(i);
            String text = diffTrace && i > 0 ? DiffTrace.changed(trace.get(i - 1).stateText(), entry.stateText())
                    : entry.stateText();
            stateMessage(ToolMessages.STATE, (i + 1) + ": " + entry.label() + "\n" + text);
        }
    }

    /** A state of a trace: "State N: ..." on its own, or TLC's state message (without "State ") in tool mode. */
    private void stateMessage(int code, String text) {
        if (tool != null) {
            tool.message(code, ToolMessages.STATE_CLASS, text + "\n");
        } else {
            out.println("State " + text);
            out.println();
        }
    }

    public void counts(long generated, long distinct, long queued, int depth) {
        message(ToolMessages.STATS, ToolMessages.INFO, generated + " states generated, " + distinct
                + " distinct states found, " + queued + " states left on queue.");
        message(ToolMessages.SEARCH_DEPTH, ToolMessages.INFO, "The depth of the complete state graph search is "
                + depth + ".");
    }

    /** The end of a simulation, as TLC prints it: states generated, seed, traces and their length statistics. */
    public void simulationCounts(long generated, long seed, long traces, long mean, long variance, long sd) {
        message(ToolMessages.STATS_SIMULATION, ToolMessages.INFO, "The number of states generated: " + generated
                + "\nSimulation using seed " + seed + " and aril 0");
        simulationProgress(generated, traces, mean, variance, sd);
    }

    /** TLC's progress line of a simulation. */
    public void simulationProgress(long checked, long traces, long mean, long variance, long sd) {
        message(ToolMessages.PROGRESS_SIMULATION, ToolMessages.INFO, "Progress: " + checked + " states checked, "
                + traces + " traces generated (trace length: mean=" + mean + ", var(x)=" + variance + ", sd=" + sd
                + ")");
    }

    /** {@code -coverage}: one line per action, {@code <label>: distinct:generated}, between TLC's markers. */
    public void coverage(List<String> lines, LocalDateTime now) {
        message(ToolMessages.COVERAGE_START, ToolMessages.INFO, "The coverage statistics at " + TIME.format(now));
        for (String line : lines) {
            message(ToolMessages.COVERAGE_NEXT, ToolMessages.INFO, line);
        }
        message(ToolMessages.COVERAGE_END, ToolMessages.INFO, "End of statistics.");
    }

    public void finished(Duration elapsed, LocalDateTime now) {
        message(ToolMessages.FINISHED, ToolMessages.INFO, "Finished in " + formatElapsed(elapsed) + " at ("
                + TIME.format(now) + ")");
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
