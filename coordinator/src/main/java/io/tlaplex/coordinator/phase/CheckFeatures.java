package io.tlaplex.coordinator.phase;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * TLC's less common checking flags for one run: where {@code -dumpTrace} writes the counterexample (null: nowhere),
 * {@code -continue}, {@code -difftrace}, {@code -coverage} (its interval in nanoseconds, or -1 when off; 0 prints
 * only at the end), {@code -tool}, {@code -simulate} (null: a breadth-first search), and where {@code -dump} writes
 * the states (null: nowhere).
 */
public record CheckFeatures(TraceDump dump, boolean continueAfterViolation, boolean diffTrace, long coverageIntervalNs,
        boolean tool, SimulationOptions simulation, StateDump stateDump) {

    /** The flags without {@code -dump}. */
    public CheckFeatures(TraceDump dump, boolean continueAfterViolation, boolean diffTrace, long coverageIntervalNs,
            boolean tool, SimulationOptions simulation) {
        this(dump, continueAfterViolation, diffTrace, coverageIntervalNs, tool, simulation, null);
    }

    /** None of them: what a plain {@code tlaplex check} runs with. */
    public static CheckFeatures none() {
        return new CheckFeatures(null, false, false, -1, false, null);
    }

    /** These flags with {@code -dump}'s (null: none). */
    public CheckFeatures withStateDump(StateDump states) {
        return new CheckFeatures(dump, continueAfterViolation, diffTrace, coverageIntervalNs, tool, simulation, states);
    }

    boolean coverage() {
        return coverageIntervalNs >= 0;
    }

    /** {@code -dumpTrace FORMAT FILE}: {@code tla}, {@code json} or {@code html}. */
    public record TraceDump(Format format, Path file) {

        /** The formats of {@code -dumpTrace}. */
        public enum Format { TLA, JSON, HTML }
    }

    /**
     * {@code -dump FILE} (every distinct state, TLC's {@code State n:} blocks) or {@code -dump dot[,colorize]
     * [,actionlabels] FILE} (the state graph for Graphviz, edges coloured and labelled by action when asked).
     */
    public record StateDump(Path file, boolean dot, boolean colorize, boolean actionLabels) {

        /**
         * {@code -dump}'s values as TLC reads them: {@code [FILE]} or {@code [dot..., FILE]}; {@code .dump} or
         * {@code .dot} is appended to a file name that does not end with it.
         */
        public static StateDump of(List<String> values) {
            if (values.size() == 2 && values.get(0).startsWith("dot")) {
                String options = values.get(0).toLowerCase(Locale.ROOT);
                return new StateDump(Path.of(withSuffix(values.get(1), ".dot")), true, options.contains("colorize"),
                        options.contains("actionlabels"));
            }
            return new StateDump(Path.of(withSuffix(values.get(values.size() - 1), ".dump")), false, false, false);
        }

        private static String withSuffix(String file, String suffix) {
            return file.endsWith(suffix) ? file : file + suffix;
        }
    }

    /**
     * {@code -simulate [num=N] -depth D -seed S}: {@code traces} behaviours (-1: until stopped or a violation), each
     * of at most {@code depth} states, the behaviours drawn from {@code seed}.
     */
    public record SimulationOptions(long traces, int depth, long seed) {
    }
}
