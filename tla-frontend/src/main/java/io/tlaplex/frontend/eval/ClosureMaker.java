package io.tlaplex.frontend.eval;

import io.tlaplex.frontend.eval.std.StdOp;

/** Makes, at run time, the closure passed for an operator argument. Compiled once, shared by all workers. */
abstract class ClosureMaker {
    abstract OpClosure make(Ctx c, Object[] f);

    /** A compiled user operator, LET operator or LAMBDA with the static link found by {@code link}. */
    static ClosureMaker def(OpCode code, Link link) {
        return new ClosureMaker() {
            @Override
            OpClosure make(Ctx c, Object[] f) {
                return new OpClosure.Def(code, link.frame(c, f), c);
            }
        };
    }

    /** A built-in. */
    static ClosureMaker std(String name, StdOp op) {
        return new ClosureMaker() {
            @Override
            OpClosure make(Ctx c, Object[] f) {
                return new OpClosure.Std(name, op, c);
            }
        };
    }

    /** An operator parameter of an enclosing operator: its closure, passed on. */
    static ClosureMaker slot(int depth, int index) {
        return new ClosureMaker() {
            @Override
            OpClosure make(Ctx c, Object[] f) {
                return (OpClosure) Node.up(f, depth)[index];
            }
        };
    }

    /** An unevaluated argument of a built-in (AssertError's expression). */
    static ClosureMaker lazy(Node node) {
        return new ClosureMaker() {
            @Override
            OpClosure make(Ctx c, Object[] f) {
                return new OpClosure.Lazy(node, f, c);
            }
        };
    }
}
