package io.tlaplex.worker.explore;

import java.util.List;

/**
 * What a search found: its outcome, TLC's three counters and the depth, and for a failure the
 * shortest trace to the bad state, the index of the invariant or property it broke
 * ({@code violatedInvariant}, by outcome), or the evaluation error.
 */
public record ExplorationResult<S>(
        Outcome outcome,
        long generated,
        long distinct,
        long leftOnQueue,
        int depth,
        List<TraceStep<S>> trace,
        int violatedInvariant,
        RuntimeException error) {
}
