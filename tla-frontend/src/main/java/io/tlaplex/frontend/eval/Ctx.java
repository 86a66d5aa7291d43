package io.tlaplex.frontend.eval;

import io.tlaplex.frontend.eval.std.Runtime;
import io.tlaplex.frontend.value.Value;

/**
 * The mutable evaluation context of one worker thread: the current state, the next state under construction,
 * the run's built-in services, and the bookkeeping of successor enumeration. Never shared between threads.
 */
final class Ctx {
    final Runtime rt;
    /** The current state; while initial states are enumerated, the initial state under construction. */
    Value[] s0;
    /** The next state under construction (null entries are unassigned). */
    Value[] s1;
    /** How many entries of the state under construction are assigned. */
    int assigned;
    /** The number of state variables. */
    final int nvars;
    /**
     * How many assignments complete the state under construction: {@link #nvars}, except inside an ENABLED
     * that quantifies over an instantiated module's variables instead (see {@link InstCtx#enabledSlots}).
     */
    int complete;
    /** Receives each finished state of an enumeration. */
    StateSink sink;
    /** The action whose states are being enumerated. */
    int action;
    /** How many successors ENABLED evaluations have found (compared before and after one). */
    int enabledHits;
    /** With {@code -coverage}, this worker's count per {@link Coverage} entry; else null. */
    long[] coverage;

    Ctx(Runtime rt, int nvars) {
        this.rt = rt;
        this.nvars = nvars;
        this.complete = nvars;
    }

    boolean allAssigned() {
        return assigned == complete;
    }

    /** Receives the states an enumeration finds, with the id of the action that found them. */
    interface StateSink {
        void emit(Ctx c);
    }
}
