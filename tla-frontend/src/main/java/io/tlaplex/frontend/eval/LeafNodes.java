package io.tlaplex.frontend.eval;

import io.tlaplex.frontend.diag.SourceSpan;
import io.tlaplex.frontend.value.Value;

/** Nodes that read a value without computing: literals, state variables, frame slots. */
final class LeafNodes {
    private LeafNodes() {
    }

    /** A literal or a value fixed at compile time. */
    static final class Const extends Node {
        final Value value;

        Const(SourceSpan span, Value value) {
            super(span, 0);
            this.value = value;
        }

        @Override
        Value eval(Ctx c, Object[] f) {
            return value;
        }
    }

    /** A state variable in the current state (or in the initial state being built). */
    static final class Var extends Node {
        final int index;
        final String name;

        Var(SourceSpan span, int index, String name) {
            super(span, DEP_STATE);
            this.index = index;
            this.name = name;
        }

        @Override
        Value eval(Ctx c, Object[] f) {
            Value v = c.s0[index];
            if (v == null) {
                throw undefined(name, span);
            }
            return v;
        }
    }

    /** A primed state variable: its value in the next state, which must already be assigned. */
    static final class NextVar extends Node {
        final int index;
        final String name;

        NextVar(SourceSpan span, int index, String name) {
            super(span, DEP_NEXT);
            this.index = index;
            this.name = name;
        }

        @Override
        Value eval(Ctx c, Object[] f) {
            Value[] s1 = c.s1;
            Value v = s1 == null ? null : s1[index];
            if (v == null) {
                throw undefined(name, span);
            }
            return v;
        }
    }

    /** The dependencies of a node compiled for the frame {@code depth} links up, seen from here. */
    static int shifted(int deps, int depth) {
        int frames = (deps & Node.DEP_ANY_FRAME) >>> 8;
        return (deps & ~Node.DEP_ANY_FRAME) | ((frames << (8 + depth)) & Node.DEP_ANY_FRAME);
    }

    static EvalError undefined(String name, SourceSpan span) {
        return EvalError.of("In evaluation, the identifier " + name + " is either undefined or not an operator.",
                span);
    }

    /** A slot holding a value: a bound identifier, an evaluated argument, {@code @} of EXCEPT. */
    static final class Slot extends Node {
        final int depth;
        final int index;

        Slot(SourceSpan span, int depth, int index) {
            super(span, frameDep(depth));
            this.depth = depth;
            this.index = index;
        }

        @Override
        Value eval(Ctx c, Object[] f) {
            return (Value) up(f, depth)[index];
        }
    }

    /** A parameter slot holding a value or a {@link Thunk} that is forced (and its value kept) on first use. */
    static final class Param extends Node {
        final int depth;
        final int index;

        Param(SourceSpan span, int depth, int index) {
            super(span, frameDep(depth));
            this.depth = depth;
            this.index = index;
        }

        @Override
        Value eval(Ctx c, Object[] f) {
            Object[] fr = up(f, depth);
            Object o = fr[index];
            if (o instanceof Value v) {
                return v;
            }
            Value v = ((Thunk) o).force(c);
            fr[index] = v;
            return v;
        }
    }

    /**
     * A slot computed on first use from an expression compiled in the slot's own frame, then kept: a LET
     * definition without parameters, or an argument of an operator expanded in place.
     */
    static final class Lazy extends Node {
        final int depth;
        final int index;
        final Node body;

        Lazy(SourceSpan span, int depth, int index, Node body) {
            super(span, shifted(body.deps, depth) | frameDep(depth));
            this.depth = depth;
            this.index = index;
            this.body = body;
        }

        @Override
        Value eval(Ctx c, Object[] f) {
            Object[] fr = up(f, depth);
            Object o = fr[index];
            if (o != null) {
                return (Value) o;
            }
            Value v = body.eval(c, fr);
            fr[index] = v;
            return v;
        }
    }

    /** An expression compiled for an enclosing frame, evaluated there. */
    static final class AtDepth extends Node {
        final int depth;
        final Node body;

        AtDepth(int depth, Node body) {
            super(body.span, shifted(body.deps, depth));
            this.depth = depth;
            this.body = body;
        }

        @Override
        Value eval(Ctx c, Object[] f) {
            return body.eval(c, up(f, depth));
        }
    }

    /** A constant expression computed at most once (when first needed) and shared by all workers. */
    static final class Cached extends Node {
        final Node body;
        private volatile Value value;

        Cached(Node body) {
            super(body.span, 0);
            this.body = body;
        }

        @Override
        Value eval(Ctx c, Object[] f) {
            Value v = value;
            if (v == null) {
                v = body.eval(c, f);
                value = v;
            }
            return v;
        }
    }
}
