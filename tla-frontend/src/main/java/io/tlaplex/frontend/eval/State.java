package io.tlaplex.frontend.eval;

import io.tlaplex.frontend.value.MutableBuffer;
import io.tlaplex.frontend.value.Value;
import io.tlaplex.frontend.value.ValueCodec;
import java.util.Arrays;

/**
 * A state of the spec: one value per variable, in the order the root module declares them. Immutable once made
 * (the array is never written after construction) and shared freely between threads.
 */
public final class State {
    private final Value[] values;

    State(Value[] values) {
        this.values = values;
    }

    /** A state with these values, one per variable in declaration order (the array is copied). */
    public static State of(Value... values) {
        return new State(values.clone());
    }

    /** Appends this state's canonical encoding (see {@link ValueCodec#encodeState}) to {@code out}. */
    public void encodeTo(MutableBuffer out) {
        ValueCodec.encodeState(values, out);
    }

    /** The state {@link #encodeTo} wrote into {@code bytes[offset, offset + length)}. */
    public static State decode(ValueCodec codec, byte[] bytes, int offset, int length, int variables) {
        return new State(codec.decodeState(bytes, offset, length, variables));
    }

    /** The value of variable {@code i}. */
    public Value get(int i) {
        return values[i];
    }

    public int size() {
        return values.length;
    }

    Value[] values() {
        return values;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof State s && Arrays.equals(values, s.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return Arrays.toString(values);
    }
}
