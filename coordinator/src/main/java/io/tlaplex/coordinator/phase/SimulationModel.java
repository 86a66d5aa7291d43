package io.tlaplex.coordinator.phase;

import io.tlaplex.frontend.eval.State;
import io.tlaplex.frontend.eval.std.SimpleRuntime;
import io.tlaplex.worker.explore.ForwardingStateModel;
import io.tlaplex.worker.explore.StateModel;
import io.tlaplex.worker.simulate.BehaviourModel;
import io.tlaplex.worker.spec.SpecStateModel;

/**
 * One simulating worker's spec: reseeds the worker's runtime per behaviour (so RandomElement repeats with the seed),
 * tells it TLCGet's level, and counts states and behaviours for TLCGet. Owned by the worker's thread.
 */
final class SimulationModel extends ForwardingStateModel<State> implements BehaviourModel<State>,
        StateModel.Sink<State> {
    private final SimpleRuntime runtime;
    private final RunCounters counters;
    private final WorkerTally tally;
    private StateModel.Sink<State> downstream;

    SimulationModel(SpecStateModel delegate, SimpleRuntime runtime, RunCounters counters, WorkerTally tally) {
        super(delegate);
        this.runtime = runtime;
        this.counters = counters;
        this.tally = tally;
    }

    @Override
    public void startBehaviour(long seed) {
        runtime.reseed(seed);
        counters.traceStarted();
    }

    @Override
    public void level(int level) {
        runtime.level(level);
        tally.level(level);
    }

    @Override
    public void initialStates(StateModel.Sink<State> out) {
        downstream = out;
        super.initialStates(this);
    }

    @Override
    public void successors(State state, StateModel.Sink<State> out) {
        downstream = out;
        super.successors(state, this);
    }

    @Override
    public void accept(State state, int actionId) {
        tally.countGenerated(actionId);
        downstream.accept(state, actionId);
    }
}
