package io.tlaplex.worker.explore;

/** How a search ended. */
public enum Outcome {
    /** Every reachable state was explored and nothing was wrong. */
    SUCCESS,
    /** A state violates an invariant. */
    INVARIANT_VIOLATED,
    /** A reachable state has no successor and deadlock checking is on. */
    DEADLOCK,
    /** Evaluating the spec failed on some state. */
    EVALUATION_ERROR
}
