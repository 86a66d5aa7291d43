package io.tlaplex.frontend.eval;

import io.tlaplex.frontend.diag.SourceSpan;
import io.tlaplex.frontend.eval.std.StdOp;
import io.tlaplex.frontend.value.EvalException;
import io.tlaplex.frontend.value.Value;

/** Applications of operators: user definitions with their own frame, operator parameters, built-ins. */
final class CallNodes {
    private CallNodes() {
    }

    /** The dependencies of a call to {@code code}: its arguments', its body's beyond its own frame, its link's. */
    static int callDeps(OpCode code, Link link, Node[] args) {
        int d = 0;
        for (Node a : args) {
            if (a != null) {
                d |= a.deps;
            }
        }
        if (!code.compiled()) {
            return d | Node.DEP_UNKNOWN | Node.DEP_ANY_FRAME;
        }
        d |= code.body.deps & ~Node.DEP_ANY_FRAME;
        return link.readsFrame() ? d | Node.DEP_ANY_FRAME : d;
    }

    /**
     * A call of a user operator: a new frame linked by {@code link}, holding each argument as a value, a
     * {@link Thunk} (call by name, for arguments the body may not evaluate) or an operator closure.
     */
    static final class Call extends Node {
        final OpCode code;
        final Link link;
        final Node[] args;
        final boolean[] thunk;
        final ClosureMaker[] ops;

        Call(SourceSpan span, OpCode code, Link link, Node[] args, boolean[] thunk, ClosureMaker[] ops, int extra) {
            super(span, callDeps(code, link, args) | extra);
            this.code = code;
            this.link = link;
            this.args = args;
            this.thunk = thunk;
            this.ops = ops;
        }

        @Override
        Value eval(Ctx c, Object[] f) {
            Object[] fr = new Object[code.frameSize];
            fr[0] = link.frame(c, f);
            for (int i = 0; i < args.length; i++) {
                if (ops[i] != null) {
                    fr[i + 1] = ops[i].make(c, f);
                } else if (thunk[i]) {
                    fr[i + 1] = new Thunk(args[i], f);
                } else {
                    fr[i + 1] = args[i].eval(c, f);
                }
            }
            return code.body.eval(c, fr);
        }
    }

    /** A zero-argument definition whose body needs a frame of its own (it binds identifiers). */
    static final class Call0 extends Node {
        final OpCode code;
        final Link link;

        Call0(SourceSpan span, OpCode code, Link link) {
            super(span, callDeps(code, link, new Node[0]));
            this.code = code;
            this.link = link;
        }

        @Override
        Value eval(Ctx c, Object[] f) {
            Object[] fr = new Object[code.frameSize];
            fr[0] = link.frame(c, f);
            return code.body.eval(c, fr);
        }
    }

    /**
     * A zero-argument definition of constant level, computed once when first needed and shared, as TLC
     * evaluates constant definitions once (including RandomElement and Print in them).
     */
    static final class ConstDef extends Node {
        final Node body;
        private volatile Value value;

        ConstDef(Node body) {
            super(body.span, 0);
            this.body = body;
        }

        @Override
        Value eval(Ctx c, Object[] f) {
            Value v = value;
            if (v == null) {
                synchronized (this) {
                    v = value;
                    if (v == null) {
                        v = body.eval(c, f);
                        value = v;
                    }
                }
            }
            return v;
        }
    }

    /** {@code F(a, b)} where {@code F} is an operator parameter holding a closure. */
    static final class ApplyParam extends Node {
        final int depth;
        final int index;
        final Node[] args;

        ApplyParam(SourceSpan span, int depth, int index, Node[] args) {
            super(span, deps(args, frameDep(depth) | DEP_UNKNOWN));
            this.depth = depth;
            this.index = index;
            this.args = args;
        }

        @Override
        Value eval(Ctx c, Object[] f) {
            OpClosure op = (OpClosure) up(f, depth)[index];
            Value[] vals = new Value[args.length];
            for (int i = 0; i < vals.length; i++) {
                vals[i] = args[i].eval(c, f);
            }
            try {
                return op.apply(vals);
            } catch (EvalException e) {
                throw EvalError.at(e, span);
            }
        }
    }

    /** A built-in without arguments ({@code Nat}, {@code JavaTime}). */
    static final class Std0 extends Node {
        final StdOp.Const op;

        Std0(SourceSpan span, StdOp.Const op, int deps) {
            super(span, deps);
            this.op = op;
        }

        @Override
        Value eval(Ctx c, Object[] f) {
            try {
                return op.value().apply(c.rt);
            } catch (EvalException e) {
                throw EvalError.at(e, span);
            }
        }
    }

    /** A built-in of one value. */
    static final class Std1 extends Node {
        final StdOp.Unary op;
        final Node a;

        Std1(SourceSpan span, StdOp.Unary op, Node a, int deps) {
            super(span, a.deps | deps);
            this.op = op;
            this.a = a;
        }

        @Override
        Value eval(Ctx c, Object[] f) {
            Value x = a.eval(c, f);
            try {
                return op.op().apply(x);
            } catch (EvalException e) {
                throw EvalError.at(e, span);
            }
        }
    }

    /** A built-in of two values ({@code +}, {@code ..}, {@code \o}, ...). */
    static final class Std2 extends Node {
        final StdOp.Binary op;
        final Node a;
        final Node b;

        Std2(SourceSpan span, StdOp.Binary op, Node a, Node b, int deps) {
            super(span, a.deps | b.deps | deps);
            this.op = op;
            this.a = a;
            this.b = b;
        }

        @Override
        Value eval(Ctx c, Object[] f) {
            Value x = a.eval(c, f);
            Value y = b.eval(c, f);
            try {
                return op.op().apply(x, y);
            } catch (EvalException e) {
                throw EvalError.at(e, span);
            }
        }
    }

    /** Any other built-in: values, operator closures and unevaluated arguments. */
    static final class StdN extends Node {
        final StdOp op;
        final Node[] args;
        final ClosureMaker[] ops;

        StdN(SourceSpan span, StdOp op, Node[] args, ClosureMaker[] ops, int deps) {
            super(span, depsOf(args) | deps);
            this.op = op;
            this.args = args;
            this.ops = ops;
        }

        private static int depsOf(Node[] args) {
            int d = 0;
            for (Node a : args) {
                if (a != null) {
                    d |= a.deps;
                }
            }
            return d;
        }

        @Override
        Value eval(Ctx c, Object[] f) {
            Object[] vals = new Object[args.length];
            for (int i = 0; i < vals.length; i++) {
                vals[i] = ops[i] != null ? ops[i].make(c, f) : args[i].eval(c, f);
            }
            try {
                return op.apply(vals, c.rt);
            } catch (EvalException e) {
                throw EvalError.at(e, span);
            }
        }
    }
}
