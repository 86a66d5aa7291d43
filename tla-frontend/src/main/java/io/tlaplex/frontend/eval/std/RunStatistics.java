package io.tlaplex.frontend.eval.std;

/**
 * The run's counters as {@code TLCGet} reads them ("distinct", "generated", "queue", "diameter", "duration",
 * "traces" and the "stats" record). The checker implements it over counters its workers keep anyway; reads may
 * come from any worker thread and see values a moment old, as TLC's do.
 */
public interface RunStatistics {

    long generated();

    long distinct();

    long queue();

    /** The longest behaviour found so far: TLC's diameter (BFS depth, or the longest simulated trace). */
    long diameter();

    /** Whole seconds since the run started. */
    long durationSeconds();

    /** Behaviours generated so far in simulation; 0 in a breadth-first search. */
    long traces();
}
