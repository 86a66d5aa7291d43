package io.tlaplex.coordinator.web;

/**
 * How a counterexample ends on the page: after its last state, or (a liveness lasso) by stuttering forever or by a
 * step back to an earlier state, numbered from 1 as TLC numbers them.
 */
public record TraceEnding(Kind kind, int backTo) {

    /** The three endings. */
    public enum Kind { LAST_STATE, STUTTERING, BACK_TO }

    public TraceEnding {
        if (kind == Kind.BACK_TO && backTo < 1) {
            throw new IllegalArgumentException("a lasso goes back to state 1 or later, not " + backTo);
        }
    }

    /** A finite trace: a safety violation, a deadlock, an evaluation error. */
    public static TraceEnding lastState() {
        return new TraceEnding(Kind.LAST_STATE, 0);
    }

    public static TraceEnding stuttering() {
        return new TraceEnding(Kind.STUTTERING, 0);
    }

    /** A lasso whose last entry is the step that closes the loop, back to state {@code state}. */
    public static TraceEnding backTo(int state) {
        return new TraceEnding(Kind.BACK_TO, state);
    }
}
