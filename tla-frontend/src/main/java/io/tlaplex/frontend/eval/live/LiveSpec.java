package io.tlaplex.frontend.eval.live;

import java.util.List;

/**
 * What liveness checking needs of a compiled spec: how many state and action predicates label the behaviour graph,
 * the fairness conjuncts of the specification, and the checks the temporal properties compile to. Empty when the
 * configuration has no temporal property, in which case the checker installs nothing.
 */
public record LiveSpec(int statePredicates, int actionPredicates, List<Fairness> fairness, List<LiveCheck> checks) {

    public static final LiveSpec NONE = new LiveSpec(0, 0, List.of(), List.of());

    public boolean isEmpty() {
        return checks.isEmpty();
    }

    /** Longs per state label. */
    public int stateWords() {
        return Math.max(1, (statePredicates + 63) >>> 6);
    }

    /** Longs per step label. */
    public int actionWords() {
        return Math.max(1, (actionPredicates + 63) >>> 6);
    }
}
