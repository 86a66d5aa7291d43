package io.tlaplex.coordinator.phase;

import java.nio.file.Path;

/**
 * TLC's less common checking flags for one run: where {@code -dumpTrace} writes the counterexample (null: nowhere),
 * {@code -continue}, {@code -difftrace}, {@code -coverage} (its interval in nanoseconds, or -1 when off; 0 prints
 * only at the end), {@code -tool}, and {@code -simulate} (null: a breadth-first search).
 */
public record CheckFeatures(TraceDump dump, boolean continueAfterViolation, boolean diffTrace, long coverageIntervalNs,
        boolean tool, SimulationOptions simulation) {

    /** None of them: what a plain {@code tlaplex check} runs with. */
    public static CheckFeatures none() {
        return new CheckFeatures(null, false, false, -1, false, null);
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
     * {@code -simulate [num=N] -depth D -seed S}: {@code traces} behaviours (-1: until stopped or a violation), each
     * of at most {@code depth} states, the behaviours drawn from {@code seed}.
     */
    public record SimulationOptions(long traces, int depth, long seed) {
    }
}
