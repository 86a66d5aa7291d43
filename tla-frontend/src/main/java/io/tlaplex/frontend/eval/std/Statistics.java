package io.tlaplex.frontend.eval.std;

import io.tlaplex.frontend.value.IntValue;
import io.tlaplex.frontend.value.RecordValue;
import io.tlaplex.frontend.value.StringTable;
import io.tlaplex.frontend.value.StringValue;
import io.tlaplex.frontend.value.Value;

/** TLCGet's statistic keys over a {@link RunStatistics}; "stats" is the record of all of them, as TLC gives it. */
final class Statistics {
    private static final String[] STATS_FIELDS = {"diameter", "distinct", "duration", "generated", "queue", "traces"};

    private Statistics() {
    }

    /** The statistic {@code key}, or null when it is not one. */
    static Value lookup(String key, RunStatistics stats, StringTable strings) {
        return switch (key) {
            case "diameter" -> number(stats.diameter());
            case "distinct" -> number(stats.distinct());
            case "duration" -> number(stats.durationSeconds());
            case "generated" -> number(stats.generated());
            case "queue" -> number(stats.queue());
            case "traces" -> number(stats.traces());
            case "stats" -> record(stats, strings);
            default -> null;
        };
    }

    private static Value record(RunStatistics stats, StringTable strings) {
        StringValue[] names = new StringValue[STATS_FIELDS.length];
        Value[] values = new Value[STATS_FIELDS.length];
        for (int i = 0; i < names.length; i++) {
            names[i] = strings.string(STATS_FIELDS[i]);
            values[i] = lookup(STATS_FIELDS[i], stats, strings);
        }
        return RecordValue.of(names, values);
    }

    /** TLC's values are ints; counters beyond that saturate rather than wrap. */
    private static Value number(long n) {
        return IntValue.of((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, n)));
    }
}
