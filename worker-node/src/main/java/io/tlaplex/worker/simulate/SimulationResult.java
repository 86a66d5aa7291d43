package io.tlaplex.worker.simulate;

import io.tlaplex.worker.explore.ExplorationResult;

/**
 * What a simulation found: the outcome with its trace (in {@code result}; its distinct count is 0 and its depth
 * the longest behaviour), how many behaviours were generated, the sums of their lengths and squared lengths, and
 * the temporal property a behaviour violates (null: none; {@code result} is then a success).
 */
public record SimulationResult<S>(ExplorationResult<S> result, long traces, long lengthSum, long lengthSquareSum,
        TemporalViolation<S> temporal) {

    /** A result without a temporal violation. */
    public SimulationResult(ExplorationResult<S> result, long traces, long lengthSum, long lengthSquareSum) {
        this(result, traces, lengthSum, lengthSquareSum, null);
    }

    /** The mean behaviour length, rounded down as TLC prints it. */
    public long meanLength() {
        return traces == 0 ? 0 : lengthSum / traces;
    }

    /** The variance of the behaviour lengths, rounded down. */
    public long lengthVariance() {
        if (traces == 0) {
            return 0;
        }
        double mean = (double) lengthSum / traces;
        return (long) Math.max(0, (double) lengthSquareSum / traces - mean * mean);
    }

    public long lengthDeviation() {
        return (long) Math.sqrt(lengthVariance());
    }
}
