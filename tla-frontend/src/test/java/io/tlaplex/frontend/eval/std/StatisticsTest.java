package io.tlaplex.frontend.eval.std;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.tlaplex.frontend.value.IntValue;
import io.tlaplex.frontend.value.StringTable;
import org.junit.jupiter.api.Test;

class StatisticsTest {
    private static final RunStatistics STATS = new RunStatistics() {
        @Override
        public long generated() {
            return 10;
        }

        @Override
        public long distinct() {
            return 7;
        }

        @Override
        public long queue() {
            return 2;
        }

        @Override
        public long diameter() {
            return 3;
        }

        @Override
        public long durationSeconds() {
            return 5;
        }

        @Override
        public long traces() {
            return 0;
        }
    };

    @Test
    void shouldAnswerStatsRecordAndSingleCountersFromTheRunStatistics() {
        StringTable strings = new StringTable();
        SimpleRuntime rt = new SimpleRuntime(strings, 0, () -> 0L, s -> { }).withStatistics(STATS);
        rt.level(4);

        assertEquals("[diameter |-> 3, distinct |-> 7, duration |-> 5, generated |-> 10, queue |-> 2, traces |-> 0]",
                rt.tlcGet(strings.string("stats")).toString());
        assertEquals(IntValue.of(7), rt.tlcGet(strings.string("distinct")));
        assertEquals(IntValue.of(4), rt.tlcGet(strings.string("level")));
        assertNull(rt.tlcGet(strings.string("nonsense")));
    }

    @Test
    void shouldKeepRegistersPerRuntime() {
        StringTable strings = new StringTable();
        SimpleRuntime first = new SimpleRuntime(strings, 0, () -> 0L, s -> { });
        SimpleRuntime second = new SimpleRuntime(strings, 1, () -> 0L, s -> { });

        first.tlcSet(IntValue.of(1), IntValue.of(42));

        assertEquals(IntValue.of(42), first.tlcGet(IntValue.of(1)));
        assertNull(second.tlcGet(IntValue.of(1)));
    }
}
