package io.tlaplex.worker.explore;

/**
 * A {@link StateModel} that passes every call to another: the base of decorators that count, record or reseed
 * around a spec's model and override only what they change.
 */
public abstract class ForwardingStateModel<S> implements StateModel<S> {
    private final StateModel<S> delegate;

    protected ForwardingStateModel(StateModel<S> delegate) {
        this.delegate = delegate;
    }

    @Override
    public void initialStates(Sink<S> sink) {
        delegate.initialStates(sink);
    }

    @Override
    public void successors(S state, Sink<S> sink) {
        delegate.successors(state, sink);
    }

    @Override
    public long fingerprint(S state) {
        return delegate.fingerprint(state);
    }

    @Override
    public boolean satisfiesConstraints(S state) {
        return delegate.satisfiesConstraints(state);
    }

    @Override
    public boolean satisfiesActionConstraints(S from, S to) {
        return delegate.satisfiesActionConstraints(from, to);
    }

    @Override
    public int violatedInvariant(S state) {
        return delegate.violatedInvariant(state);
    }

    @Override
    public int violatedInitialProperty(S state) {
        return delegate.violatedInitialProperty(state);
    }

    @Override
    public int violatedActionProperty(S from, S to) {
        return delegate.violatedActionProperty(from, to);
    }

    @Override
    public boolean checkDeadlock() {
        return delegate.checkDeadlock();
    }
}
