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
 * The {@link Runtime} of one worker (and of tests and tools): output to a consumer, a seeded generator, an injected
 * clock, registers in a map (per worker, as TLC's), TLCGet's "level" set by the owner per state, and the run's other
 * statistics read from a shared {@link RunStatistics} when the checker gives one. Owned by one thread.
 */
public final class SimpleRuntime implements Runtime {
    private final StringTable strings;
    private final Consumer<String> out;
    private final LongSupplier clockMs;
    private final Map<Integer, Value> registers = new HashMap<>();
    private final Map<String, Value> named = new HashMap<>();
    private RandomGenerator random;
    private RunStatistics statistics;
    private int level;
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

    /**
     * Answers TLCGet's "distinct", "generated", "queue", "diameter", "duration", "traces" and "stats" from
     * {@code stats} from now on (named values set with {@link #putNamed} still win).
     */
    public SimpleRuntime withStatistics(RunStatistics stats) {
        this.statistics = stats;
        return this;
    }

    /** What TLCGet("level") returns: the length of the behaviour to the state being evaluated (0 in ASSUMEs). */
    public void level(int value) {
        this.level = value;
    }

    /** Restarts {@link #random()} from {@code seed}: simulation does it per behaviour, so behaviours repeat. */
    public void reseed(long seed) {
        this.random = new SplittableRandom(seed);
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
        if (!(key instanceof StringValue s)) {
            return null;
        }
        Value v = named.get(s.value());
        if (v != null || s.value().startsWith("TLCExt!")) {
            return v;
        }
        if (s.value().equals("level")) {
            return IntValue.of(level);
        }
        return statistics == null ? null : Statistics.lookup(s.value(), statistics, strings);
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
