package io.tlaplex.worker.explore;

/** One state of a counterexample and the action that produced it (the initial predicate for the first). */
public record TraceStep<S>(S state, int actionId) {
}
