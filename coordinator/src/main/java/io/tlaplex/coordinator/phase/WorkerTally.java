package io.tlaplex.coordinator.phase;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * One worker's counts: states generated and distinct states found per action (index 0: the initial predicate),
 * states expanded, and the deepest level it saw. Written only by its worker with opaque stores, so that the plain
 * increments cost nothing extra; read by others (TLCGet, -coverage) a moment late.
 */
final class WorkerTally {
    private static final VarHandle LONGS = MethodHandles.arrayElementVarHandle(long[].class);

    private final long[] generated;
    private final long[] distinct;
    /** [0] states expanded, [1] deepest level. */
    private final long[] totals = new long[2];

    WorkerTally(int actions) {
        this.generated = new long[actions + 1];
        this.distinct = new long[actions + 1];
    }

    void countGenerated(int action) {
        LONGS.setOpaque(generated, action, (long) LONGS.getOpaque(generated, action) + 1);
    }

    void countDistinct(int action) {
        LONGS.setOpaque(distinct, action, (long) LONGS.getOpaque(distinct, action) + 1);
    }

    void countExpanded() {
        LONGS.setOpaque(totals, 0, (long) LONGS.getOpaque(totals, 0) + 1);
    }

    void level(int level) {
        if (level > (long) LONGS.getOpaque(totals, 1)) {
            LONGS.setOpaque(totals, 1, (long) level);
        }
    }

    long generated(int action) {
        return (long) LONGS.getOpaque(generated, action);
    }

    long distinct(int action) {
        return (long) LONGS.getOpaque(distinct, action);
    }

    long generated() {
        long sum = 0;
        for (int i = 0; i < generated.length; i++) {
            sum += generated(i);
        }
        return sum;
    }

    long distinct() {
        long sum = 0;
        for (int i = 0; i < distinct.length; i++) {
            sum += distinct(i);
        }
        return sum;
    }

    long expanded() {
        return (long) LONGS.getOpaque(totals, 0);
    }

    long maxLevel() {
        return (long) LONGS.getOpaque(totals, 1);
    }

    int actions() {
        return generated.length;
    }
}
