package io.tlaplex.worker.spec;

import io.tlaplex.frontend.eval.CompiledSpec;
import io.tlaplex.frontend.eval.Sink;
import io.tlaplex.frontend.eval.State;
import io.tlaplex.frontend.eval.Worker;
import io.tlaplex.frontend.value.MutableBuffer;
import io.tlaplex.frontend.value.ValueCodec;
import io.tlaplex.worker.explore.EncodableStateModel;
import io.tlaplex.worker.explore.StateModel;

/**
 * A compiled spec as the explorer sees it: one instance per exploring thread, wrapping that
 * thread's evaluation {@link Worker}.
 */
public final class SpecStateModel implements EncodableStateModel<State>, Sink {
    private final CompiledSpec spec;
    private final Worker worker;
    private final ValueCodec codec;
    private final int variables;
    private StateModel.Sink<State> sink;

    public SpecStateModel(CompiledSpec spec, Worker worker) {
        this.spec = spec;
        this.worker = worker;
        this.codec = new ValueCodec(spec.strings());
        this.variables = spec.variableNames().size();
    }

    @Override
    public void encode(State state, MutableBuffer out) {
        state.encodeTo(out);
    }

    @Override
    public State decode(byte[] bytes, int offset, int length) {
        return State.decode(codec, bytes, offset, length, variables);
    }

    @Override
    public void initialStates(StateModel.Sink<State> out) {
        sink = out;
        worker.initialStates(this);
    }

    @Override
    public void successors(State state, StateModel.Sink<State> out) {
        sink = out;
        worker.successors(state, this);
    }

    @Override
    public void accept(State state, int actionId) {
        sink.accept(state, actionId);
    }

    @Override
    public long fingerprint(State state) {
        return worker.fingerprint(state);
    }

    @Override
    public boolean satisfiesConstraints(State state) {
        return worker.satisfiesConstraints(state);
    }

    @Override
    public boolean satisfiesActionConstraints(State from, State to) {
        return worker.satisfiesActionConstraints(from, to);
    }

    @Override
    public int violatedInvariant(State state) {
        return worker.violatedInvariant(state);
    }

    @Override
    public int violatedInitialProperty(State state) {
        return worker.violatedImpliedInit(state);
    }

    @Override
    public int violatedActionProperty(State from, State to) {
        return worker.violatedActionProperty(from, to);
    }

    @Override
    public boolean checkDeadlock() {
        return spec.checkDeadlock();
    }

    public Worker worker() {
        return worker;
    }
}
