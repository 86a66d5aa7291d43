package io.tlaplex.frontend.eval;

import io.tlaplex.frontend.eval.std.OperatorArg;
import io.tlaplex.frontend.eval.std.StdOp;
import io.tlaplex.frontend.value.EvalException;
import io.tlaplex.frontend.value.Value;

/**
 * An operator passed as an argument, at run time: to a parameter {@code F(_)} of a user operator or to a
 * higher-order built-in. Bound to the worker context that made it, which is the only thread that may call it.
 */
abstract class OpClosure implements OperatorArg {
    final String name;

    OpClosure(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return name;
    }

    /** A user operator, LET operator or LAMBDA, with the static link of its frame. */
    static final class Def extends OpClosure {
        final OpCode code;
        final Object[] link;
        final Ctx c;

        Def(OpCode code, Object[] link, Ctx c) {
            super(code.name);
            this.code = code;
            this.link = link;
            this.c = c;
        }

        @Override
        public Value apply(Value[] args) {
            Object[] fr = new Object[code.frameSize];
            fr[0] = link;
            System.arraycopy(args, 0, fr, 1, args.length);
            return code.run(c, fr);
        }

        @Override
        public int arity() {
            return code.arity;
        }
    }

    /** A built-in operator of a standard module. */
    static final class Std extends OpClosure {
        final StdOp op;
        final Ctx c;

        Std(String name, StdOp op, Ctx c) {
            super(name);
            this.op = op;
            this.c = c;
        }

        @Override
        public Value apply(Value[] args) {
            return op.apply(args, c.rt);
        }

        @Override
        public int arity() {
            return op.arity();
        }
    }

    /** An argument left unevaluated for a built-in that decides whether to evaluate it (AssertError). */
    static final class Lazy extends OpClosure {
        final Node node;
        final Object[] frame;
        final Ctx c;

        Lazy(Node node, Object[] frame, Ctx c) {
            super("expression");
            this.node = node;
            this.frame = frame;
            this.c = c;
        }

        @Override
        public Value apply(Value[] args) {
            try {
                return node.eval(c, frame);
            } catch (EvalException e) {
                throw EvalError.at(e, node.span);
            }
        }

        @Override
        public int arity() {
            return 0;
        }
    }
}
