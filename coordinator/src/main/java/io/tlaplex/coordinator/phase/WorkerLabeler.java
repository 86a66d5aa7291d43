package io.tlaplex.coordinator.phase;

import io.tlaplex.frontend.eval.State;
import io.tlaplex.frontend.eval.Worker;
import io.tlaplex.worker.liveness.LiveLabeler;

/** Labels states and steps with the liveness predicates through one exploring thread's evaluator. */
record WorkerLabeler(Worker worker) implements LiveLabeler<State> {
    @Override
    public void labelState(State state, long[] out, int offset) {
        worker.liveStateBits(state, out, offset);
    }

    @Override
    public void labelStep(State from, State to, long[] out, int offset) {
        worker.liveActionBits(from, to, out, offset);
    }
}
