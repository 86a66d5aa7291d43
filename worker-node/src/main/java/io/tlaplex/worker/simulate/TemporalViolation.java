package io.tlaplex.worker.simulate;

import io.tlaplex.worker.explore.TraceStep;
import java.util.List;

/**
 * A behaviour of a simulation that violates a temporal property, as TLC prints it: the states of the lasso with the
 * action of each step (one more at the end, the state it goes back to, unless it stutters), whether it ends by
 * stuttering or else the 1-based state it goes back to, and the length TLC reports for it.
 */
public record TemporalViolation<S>(List<TraceStep<S>> trace, boolean stuttering, int backTo, int traceLength) {
}
