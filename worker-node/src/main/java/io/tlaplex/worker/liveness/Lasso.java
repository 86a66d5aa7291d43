package io.tlaplex.worker.liveness;

/**
 * A counterexample to a temporal property as TLC prints it: the fingerprints of the printed states (consecutive
 * repeats removed), and where the behaviour goes on forever: stuttering in the last state, or back to state
 * {@code backTo} (1-based). {@code property} names the property part that failed.
 */
public record Lasso(String property, long[] states, boolean stuttering, int backTo) {

    /** The number of states TLC counts for the trace: the printed ones plus the final stuttering or loop line. */
    public int traceLength() {
        return states.length + 1;
    }
}
