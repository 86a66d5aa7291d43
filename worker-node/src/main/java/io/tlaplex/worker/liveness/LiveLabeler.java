package io.tlaplex.worker.liveness;

/**
 * Evaluates the predicates liveness checking needs on a state and on a step, as bits ({@code stateWords} and
 * {@code actionWords} longs from {@code offset}). One instance per exploring thread.
 */
public interface LiveLabeler<S> {

    void labelState(S state, long[] out, int offset);

    void labelStep(S from, S to, long[] out, int offset);
}
