package io.tlaplex.coordinator.web;

import java.util.Arrays;

/** A bounded ring of (milliseconds since the run started, value) samples; the oldest go first. Guarded by its owner. */
final class TimeSeries {
    private final long[] times;
    private final double[] values;
    private int next;
    private int size;

    TimeSeries(int capacity) {
        if (capacity < 2) {
            throw new IllegalArgumentException("a time series needs room for two samples, not " + capacity);
        }
        times = new long[capacity];
        values = new double[capacity];
    }

    void add(long atMs, double value) {
        times[next] = atMs;
        values[next] = value;
        next = (next + 1) % times.length;
        size = Math.min(size + 1, times.length);
    }

    int size() {
        return size;
    }

    /** The samples oldest first, copied. */
    Samples samples() {
        long[] t = new long[size];
        double[] v = new double[size];
        int first = (next - size + times.length) % times.length;
        for (int i = 0; i < size; i++) {
            t[i] = times[(first + i) % times.length];
            v[i] = values[(first + i) % times.length];
        }
        return new Samples(t, v);
    }

    /** An immutable copy of a series: {@code timesMs[i]} goes with {@code values[i]}. */
    record Samples(long[] timesMs, double[] values) {
        int size() {
            return timesMs.length;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Samples s && Arrays.equals(timesMs, s.timesMs) && Arrays.equals(values, s.values);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(timesMs) + Arrays.hashCode(values);
        }

        @Override
        public String toString() {
            return "Samples" + Arrays.toString(timesMs) + Arrays.toString(values);
        }
    }
}
