package io.tlaplex.coordinator.phase;

import io.tlaplex.frontend.eval.State;
import io.tlaplex.frontend.eval.std.SimpleRuntime;
import io.tlaplex.worker.explore.ForwardingStateModel;
import io.tlaplex.worker.explore.StateModel;
import io.tlaplex.worker.explore.TraceStep;
import io.tlaplex.worker.simulate.BehaviourLiveness;
import io.tlaplex.worker.simulate.BehaviourModel;
import io.tlaplex.worker.simulate.TemporalViolation;
import io.tlaplex.worker.spec.SpecStateModel;
import java.util.List;

/**
 * One simulating worker's spec: reseeds the worker's runtime per behaviour (so RandomElement repeats with the seed),
 * tells it TLCGet's level, counts states and behaviours for TLCGet, and checks finished behaviours against the
 * temporal properties. Owned by the worker's thread.
 */
final class SimulationModel extends ForwardingStateModel<State> implements BehaviourModel<State>,
        StateModel.Sink<State> {
    private final SimpleRuntime runtime;
    private final RunCounters counters;
    private final WorkerTally tally;
    private final BehaviourLiveness<State> liveness;
    private StateModel.Sink<State> downstream;

    /** {@code liveness}: the check of finished behaviours, or null for a spec without temporal properties. */
    SimulationModel(SpecStateModel delegate, SimpleRuntime runtime, RunCounters counters, WorkerTally tally,
            BehaviourLiveness<State> liveness) {
        super(delegate);
        this.runtime = runtime;
        this.counters = counters;
        this.tally = tally;
        this.liveness = liveness;
    }

    @Override
    public boolean checksTemporalProperties() {
        return liveness != null;
    }

    @Override
    public TemporalViolation<State> temporalViolation(List<List<TraceStep<State>>> behaviours) {
        return liveness == null ? null : liveness.check(behaviours);
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
