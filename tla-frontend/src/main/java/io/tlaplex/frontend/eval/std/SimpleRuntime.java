package io.tlaplex.frontend.eval.std;

import io.tlaplex.frontend.value.BoolValue;
import io.tlaplex.frontend.value.IntValue;
import io.tlaplex.frontend.value.StringTable;
import io.tlaplex.frontend.value.StringValue;
import io.tlaplex.frontend.value.Value;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.random.RandomGenerator;

/**
 * A {@link Runtime} for tests, tools and single-threaded evaluation: output to a consumer, a seeded generator, an
 * injected clock, registers in a map and named statistics set by the owner. Owned by one thread.
 */
public final class SimpleRuntime implements Runtime {
    private final StringTable strings;
    private final Consumer<String> out;
    private final LongSupplier clockMs;
    private final RandomGenerator random;
    private final Map<Integer, Value> registers = new HashMap<>();
    private final Map<String, Value> named = new HashMap<>();
    private boolean exitRequested;

    /**
     * @param strings the run's string table
     * @param seed    the seed of {@link #random()}
     * @param clockMs the clock JavaTime reads, in milliseconds
     * @param out     receives each Print/PrintT line
     */
    public SimpleRuntime(StringTable strings, long seed, LongSupplier clockMs, Consumer<String> out) {
        this.strings = strings;
        this.out = out;
        this.clockMs = clockMs;
        this.random = new SplittableRandom(seed);
    }

    /** Sets what {@code TLCGet(name)} returns, or with {@link #TRACE_KEY} what {@code Trace} returns. */
    public SimpleRuntime putNamed(String name, Value value) {
        named.put(name, value);
        return this;
    }

    /** True once a spec evaluated {@code TLCSet("exit", TRUE)}. */
    public boolean exitRequested() {
        return exitRequested;
    }

    @Override
    public void print(String text) {
        out.accept(text);
    }

    @Override
    public RandomGenerator random() {
        return random;
    }

    @Override
    public Value tlcGet(Value key) {
        if (key instanceof IntValue n) {
            return registers.get(n.value());
        }
        return key instanceof StringValue s ? named.get(s.value()) : null;
    }

    @Override
    public void tlcSet(Value key, Value value) {
        if (key instanceof IntValue n) {
            registers.put(n.value(), value);
        } else if (key instanceof StringValue s && s.value().equals("exit") && value == BoolValue.TRUE) {
            exitRequested = true;
        }
    }

    @Override
    public long nowMillis() {
        return clockMs.getAsLong();
    }

    @Override
    public StringTable strings() {
        return strings;
    }
}
