package io.tlaplex.worker.explore;

import io.tlaplex.worker.trace.TraceRef;

/**
 * A failure a worker found, with what is needed to rebuild its trace: the trace position to walk back from (the
 * parent of a violating state, which has no record of its own; the stuck or failing state itself otherwise) and
 * the trace length, which ranks failures so that the run reports a shortest counterexample.
 */
record Failure<S>(Outcome outcome, int length, long traceRef, S state, int actionId, int violatedIndex,
        RuntimeException error) {

    /**
     * {@code state}, reached from the state at {@code parentRef} (or initial) by {@code actionId}, violates the
     * invariant or property {@code index}; {@code outcome} says which kind.
     */
    static <S> Failure<S> violation(Outcome outcome, S state, long parentRef, int actionId, int index, int length) {
        return new Failure<>(outcome, length, parentRef, state, actionId, index, null);
    }

    /** The state at {@code ref}, of depth {@code length}, has no successor. */
    static <S> Failure<S> deadlock(long ref, int length) {
        return new Failure<>(Outcome.DEADLOCK, length, ref, null, -1, -1, null);
    }

    /**
     * Evaluating the spec on the state at {@code ref} (of depth {@code length}) or on its successors failed;
     * {@code ref} is {@link TraceRef#INITIAL} and the length 0 when the initial predicate failed.
     */
    static <S> Failure<S> error(RuntimeException error, long ref, int length) {
        return new Failure<>(Outcome.EVALUATION_ERROR, length, ref, null, -1, -1, error);
    }
}
