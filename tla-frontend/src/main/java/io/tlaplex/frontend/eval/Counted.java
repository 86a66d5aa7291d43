package io.tlaplex.frontend.eval;

import io.tlaplex.frontend.value.Value;

/**
 * The wrappers {@code -coverage} compiles around the expressions and steps of Init and the actions: each adds one
 * to its entry in the worker's counters, then does what it wraps. Compiled only for a coverage run.
 */
final class Counted {
    private Counted() {
    }

    /** An expression whose evaluations are counted. */
    static final class Eval extends Node {
        private final Node inner;
        private final int id;

        Eval(Node inner, int id) {
            super(inner.span, inner.deps);
            this.inner = inner;
            this.id = id;
        }

        @Override
        Value eval(Ctx c, Object[] f) {
            long[] counts = c.coverage;
            if (counts != null) {
                counts[id]++;
            }
            return inner.eval(c, f);
        }
    }

    /** An enumeration step (an assignment, UNCHANGED) whose runs are counted. */
    static final class Step extends Act {
        private final Act inner;
        private final int id;

        Step(Act inner, int id) {
            super(inner.span);
            this.inner = inner;
            this.id = id;
        }

        @Override
        void run(Ctx c, Object[] f) {
            long[] counts = c.coverage;
            if (counts != null) {
                counts[id]++;
            }
            inner.run(c, f);
        }
    }
}
