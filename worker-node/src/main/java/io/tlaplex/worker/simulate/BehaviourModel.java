package io.tlaplex.worker.simulate;

import io.tlaplex.worker.explore.StateModel;
import io.tlaplex.worker.explore.TraceStep;
import java.util.List;

/**
 * A spec as the simulator sees it: the explorer's model, told when a behaviour starts (with the seed its random
 * choices inside the spec, such as RandomElement, must come from) and the level of the state it evaluates next, and
 * asked to check each finished behaviour against its temporal properties.
 */
public interface BehaviourModel<S> extends StateModel<S> {

    /** A new behaviour starts; the spec's own randomness restarts from {@code seed}. */
    void startBehaviour(long seed);

    /** The states evaluated next (expanded, or checked) are at {@code level}: 1 for initial states. */
    void level(int level);

    /** Whether finished behaviours are checked with {@link #temporalViolation}: the spec has temporal properties. */
    default boolean checksTemporalProperties() {
        return false;
    }

    /**
     * A violation of the temporal properties on the graph of the finished {@code behaviours} together, checked as
     * TLC checks one behaviour in simulation (see {@link BehaviourLiveness}), or null.
     */
    default TemporalViolation<S> temporalViolation(List<List<TraceStep<S>>> behaviours) {
        return null;
    }
}
