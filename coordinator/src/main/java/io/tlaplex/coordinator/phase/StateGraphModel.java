package io.tlaplex.coordinator.phase;

import io.tlaplex.frontend.eval.State;
import io.tlaplex.frontend.eval.Worker;
import io.tlaplex.worker.explore.EncodableStateModel;
import io.tlaplex.worker.explore.ForwardingEncodableModel;
import io.tlaplex.worker.explore.StateFinder;
import io.tlaplex.worker.explore.StateModel;

/**
 * One worker's model wrapped to record the state graph for {@code -dump}: a step is recorded when the explorer
 * fingerprints the successor it was just handed (so only steps that pass the constraints count, duplicates
 * included), a state's printed form when the explorer checks the invariants of a new state. Trace rebuilding is
 * not recorded. Owned by the worker's thread.
 */
final class StateGraphModel extends ForwardingEncodableModel<State> implements StateModel.Sink<State> {
    private final StateGraphPart part;
    private final Worker printer;
    private StateModel.Sink<State> downstream;
    /** The successor being handed to the explorer, until it is fingerprinted. */
    private State pending;
    private int pendingAction;
    private boolean initial;
    private long currentFp;

    /** {@code printer} prints states as traces do; a worker of its own, on this worker's thread. */
    StateGraphModel(EncodableStateModel<State> delegate, StateGraphPart part, Worker printer) {
        super(delegate);
        this.part = part;
        this.printer = printer;
    }

    @Override
    public void initialStates(StateModel.Sink<State> out) {
        if (out instanceof StateFinder) {
            super.initialStates(out);
            return;
        }
        downstream = out;
        initial = true;
        super.initialStates(this);
    }

    @Override
    public void successors(State state, StateModel.Sink<State> out) {
        if (out instanceof StateFinder) {
            super.successors(state, out);
            return;
        }
        downstream = out;
        initial = false;
        currentFp = ViolationLog.normalize(super.fingerprint(state));
        super.successors(state, this);
    }

    @Override
    public void accept(State state, int actionId) {
        pending = state;
        pendingAction = actionId;
        try {
            downstream.accept(state, actionId);
        } finally {
            pending = null;
        }
    }

    @Override
    public long fingerprint(State state) {
        long fp = super.fingerprint(state);
        if (state == pending) {
            pending = null;
            long id = ViolationLog.normalize(fp);
            if (initial) {
                part.initial(id);
            } else {
                part.step(currentFp, id, pendingAction);
            }
        }
        return fp;
    }

    @Override
    public int violatedInvariant(State state) {
        part.label(ViolationLog.normalize(super.fingerprint(state)), printer.format(state));
        return super.violatedInvariant(state);
    }
}
