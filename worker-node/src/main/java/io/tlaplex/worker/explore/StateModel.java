package io.tlaplex.worker.explore;

/**
 * What the explorer needs from a compiled spec and config: initial states, successors,
 * fingerprints (after VIEW and SYMMETRY), constraints and invariants. States are opaque to the
 * explorer. Implementations throw their own unchecked exception for evaluation errors; the
 * explorer stops the run and reports it with the trace that led to the state.
 */
public interface StateModel<S> {

    /** Receives generated states; implemented by the explorer, so no lambda is built per state. */
    interface Sink<S> {
        /** {@code actionId} names the action (or the initial predicate) that produced the state. */
        void accept(S state, int actionId);
    }

    /** Pushes every initial state (duplicates included, as they are generated). */
    void initialStates(Sink<S> sink);

    /** Pushes every successor of {@code state} under the next-state relation, duplicates included. */
    void successors(S state, Sink<S> sink);

    /** The 64-bit identity of a state: equal for states that VIEW or SYMMETRY make equivalent. */
    long fingerprint(S state);

    /** True when {@code state} satisfies every state CONSTRAINT (only such states are explored). */
    boolean satisfiesConstraints(S state);

    /** True when the step {@code from -> to} satisfies every ACTION_CONSTRAINT. */
    boolean satisfiesActionConstraints(S from, S to);

    /** The index of the first INVARIANT that {@code state} violates, or -1. */
    int violatedInvariant(S state);

    /**
     * The index of the first property part checked on initial states (the initial predicate of an implied
     * {@code Spec}, a state predicate in PROPERTY) that the initial {@code state} violates, or -1.
     */
    default int violatedInitialProperty(S state) {
        return -1;
    }

    /** The index of the first action property ({@code [][A]_v} in PROPERTY) the step violates, or -1. */
    default int violatedActionProperty(S from, S to) {
        return -1;
    }

    /** Whether a state without successors is an error (TLC's default; off by CHECK_DEADLOCK FALSE). */
    boolean checkDeadlock();
}
