package io.tlaplex.worker.explore;

import io.tlaplex.frontend.value.MutableBuffer;

/** A {@link ForwardingStateModel} whose states also encode through the model it wraps. */
public abstract class ForwardingEncodableModel<S> extends ForwardingStateModel<S> implements EncodableStateModel<S> {
    private final StateCodec<S> codec;

    protected ForwardingEncodableModel(EncodableStateModel<S> delegate) {
        super(delegate);
        this.codec = delegate;
    }

    @Override
    public void encode(S state, MutableBuffer out) {
        codec.encode(state, out);
    }

    @Override
    public S decode(byte[] bytes, int offset, int length) {
        return codec.decode(bytes, offset, length);
    }
}
