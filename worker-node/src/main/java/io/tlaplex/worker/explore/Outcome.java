package io.tlaplex.worker.explore;

/** How a search ended. */
public enum Outcome {
    /** Every reachable state was explored and nothing was wrong. */
    SUCCESS,
    /** A state violates an invariant. */
    INVARIANT_VIOLATED,
    /** An initial state violates a property part checked on initial states. */
    INITIAL_PROPERTY_VIOLATED,
    /** A step violates an action property {@code [][A]_v}. */
    ACTION_PROPERTY_VIOLATED,
    /** A reachable state has no successor and deadlock checking is on. */
    DEADLOCK,
    /** Evaluating the spec failed on some state. */
    EVALUATION_ERROR
}
