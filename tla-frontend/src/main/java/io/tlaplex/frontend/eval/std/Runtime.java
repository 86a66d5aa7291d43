package io.tlaplex.frontend.eval.std;

import io.tlaplex.frontend.value.StringTable;
import io.tlaplex.frontend.value.Value;
import java.util.random.RandomGenerator;

/**
 * What built-ins may ask of the running checker: output, randomness, registers and statistics, the clock and the
 * run's string table. The checker implements it, one instance per worker as TLC's registers are per worker;
 * {@link SimpleRuntime} is a plain implementation for tests and tools.
 */
public interface Runtime {
    /** Key under which {@link #tlcGet} returns TLCExt's {@code Trace}: the behavior to the current state. */
    String TRACE_KEY = "TLCExt!Trace";
    /** Key under which {@link #tlcGet} returns TLCExt's {@code CounterExample} (a POSTCONDITION's graph). */
    String COUNTER_EXAMPLE_KEY = "TLCExt!CounterExample";

    /** Writes one line of Print/PrintT output; the text is already in TLC's value syntax. */
    void print(String text);

    /** The run's pseudo-random source (RandomElement, Randomization), seeded per run. */
    RandomGenerator random();

    /**
     * The register or statistic {@code key}, or null when it is undefined. {@code key} is an {@code IntValue}
     * {@code >= 0} (a register), a {@code StringValue} naming a statistic as TLC does ("level", "distinct",
     * "diameter", "queue", "duration", "generated", "stats", "config", "spec", "action", "revision"), or one of
     * {@link #TRACE_KEY} and {@link #COUNTER_EXAMPLE_KEY}.
     */
    Value tlcGet(Value key);

    /**
     * Sets register {@code key} (an {@code IntValue >= 0}), or handles the strings "exit" (with TRUE the run stops
     * as TLC's does) and "pause". Built-ins validate {@code key} before calling.
     */
    void tlcSet(Value key, Value value);

    /** Wall-clock time in milliseconds, for JavaTime. */
    long nowMillis();

    /** The run's string table, for strings and model values that built-ins make (ToString, JSON, TLCModelValue). */
    StringTable strings();
}
