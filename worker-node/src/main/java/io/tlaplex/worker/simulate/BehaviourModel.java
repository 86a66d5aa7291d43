package io.tlaplex.worker.simulate;

import io.tlaplex.worker.explore.StateModel;

/**
 * A spec as the simulator sees it: the explorer's model, told when a behaviour starts (with the seed its random
 * choices inside the spec, such as RandomElement, must come from) and the level of the state it evaluates next.
 */
public interface BehaviourModel<S> extends StateModel<S> {

    /** A new behaviour starts; the spec's own randomness restarts from {@code seed}. */
    void startBehaviour(long seed);

    /** The states evaluated next (expanded, or checked) are at {@code level}: 1 for initial states. */
    void level(int level);
}
