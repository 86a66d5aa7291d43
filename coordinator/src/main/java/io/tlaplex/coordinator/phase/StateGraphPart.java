package io.tlaplex.coordinator.phase;

import java.util.Arrays;
import org.agrona.collections.Long2ObjectHashMap;
import org.agrona.collections.LongArrayList;

/**
 * What one worker saw of the state graph for {@code -dump}: the initial states it generated, every step it took
 * (those of one state one after the other, in the order the actions produced them) and the printed form of each new
 * state it found. Written by its worker's thread only; read by {@link StateGraphWriter} once the search is over.
 */
final class StateGraphPart {
    private final LongArrayList initial = new LongArrayList();
    private final Long2ObjectHashMap<String> labels = new Long2ObjectHashMap<>();
    private long[] from = new long[256];
    private long[] to = new long[256];
    private int[] actions = new int[256];
    private int steps;

    void initial(long fp) {
        initial.addLong(fp);
    }

    void step(long fromFp, long toFp, int action) {
        if (steps == from.length) {
            from = Arrays.copyOf(from, steps * 2);
            to = Arrays.copyOf(to, steps * 2);
            actions = Arrays.copyOf(actions, steps * 2);
        }
        from[steps] = fromFp;
        to[steps] = toFp;
        actions[steps] = action;
        steps++;
    }

    void label(long fp, String text) {
        labels.put(fp, text);
    }

    LongArrayList initial() {
        return initial;
    }

    String label(long fp) {
        return labels.get(fp);
    }

    int steps() {
        return steps;
    }

    long from(int step) {
        return from[step];
    }

    long to(int step) {
        return to[step];
    }

    int action(int step) {
        return actions[step];
    }
}
