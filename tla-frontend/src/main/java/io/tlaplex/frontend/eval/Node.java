package io.tlaplex.frontend.eval;

import io.tlaplex.frontend.diag.SourceSpan;
import io.tlaplex.frontend.value.BoolValue;
import io.tlaplex.frontend.value.Value;

/**
 * A compiled expression. {@code eval} computes its value in a worker's context and a frame: an {@code Object[]}
 * whose slot 0 links to the lexically enclosing frame and whose other slots hold bound identifiers and
 * arguments, assigned at compile time. Nodes are immutable after compilation and shared by all workers.
 */
abstract class Node {
    /** Reads the current state. */
    static final int DEP_STATE = 1;
    /** Reads the next state. */
    static final int DEP_NEXT = 2;
    /** Calls something with effects or results beyond its arguments (Print, RandomElement, JavaTime...). */
    static final int DEP_IMPURE = 4;
    /** Depends on a definition still being compiled (recursion), or on something opaque: never constant. */
    static final int DEP_UNKNOWN = 8;
    /** Reads or writes TLC's registers or statistics (TLCGet, TLCSet). */
    static final int DEP_REGISTER = 16;
    /** Reads a slot of its own frame (a bound identifier, parameter or LET definition). */
    static final int DEP_FRAME = 1 << 8;
    /** Reads any frame: bit {@code 8 + d} stands for a read {@code d} static links up. */
    static final int DEP_ANY_FRAME = 0xFFFF << 8;

    final SourceSpan span;
    /** What the value depends on besides constants: a set of {@code DEP_} bits; 0 means constant. */
    final int deps;

    Node(SourceSpan span, int deps) {
        this.span = span;
        this.deps = deps;
    }

    abstract Value eval(Ctx c, Object[] f);

    /** The value as a boolean, or TLC's error naming {@code what} the expression was used as. */
    final boolean evalBool(Ctx c, Object[] f, String what) {
        Value v = eval(c, f);
        if (v instanceof BoolValue b) {
            return b.value();
        }
        throw EvalError.of("A non-boolean expression (" + v.kindString() + ") was used as " + what + ".", span);
    }

    /** The dependency bit of reading a slot {@code depth} static links up. */
    static int frameDep(int depth) {
        return 1 << (8 + Math.min(depth, 15));
    }

    /** True when the value depends on nothing that changes during a run (so it may be computed once). */
    final boolean isConstant() {
        return deps == 0;
    }

    static int deps(Node... nodes) {
        int d = 0;
        for (Node n : nodes) {
            d |= n.deps;
        }
        return d;
    }

    static int deps(Node[] nodes, int extra) {
        int d = extra;
        for (Node n : nodes) {
            d |= n.deps;
        }
        return d;
    }

    /** The frame {@code depth} static links above {@code f}. */
    static Object[] up(Object[] f, int depth) {
        Object[] fr = f;
        for (int i = 0; i < depth; i++) {
            fr = (Object[]) fr[0];
        }
        return fr;
    }
}
