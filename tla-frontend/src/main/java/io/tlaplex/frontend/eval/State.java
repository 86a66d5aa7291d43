package io.tlaplex.frontend.eval;

import io.tlaplex.frontend.value.Value;
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
