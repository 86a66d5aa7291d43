package io.tlaplex.frontend.eval;

import io.tlaplex.frontend.eval.std.StdOp;
import io.tlaplex.frontend.semantic.OperatorSymbol;

/** An operator that can be applied or passed on, as the compiler found it. Compile time only. */
sealed interface OpRef {

    int arity();

    /** A user operator, LET operator or LAMBDA with its code and the static link of its frame. */
    record User(OpCode code, Link link, OperatorSymbol symbol) implements OpRef {
        @Override
        public int arity() {
            return code.arity;
        }
    }

    /** A built-in of a standard module; {@code deps} says whether it is pure. */
    record Std(String name, StdOp op, OperatorSymbol symbol, int deps) implements OpRef {
        @Override
        public int arity() {
            return op.arity();
        }
    }

    /** An operator parameter of an enclosing operator, holding a closure at run time. */
    record Slot(int depth, int index, int arity) implements OpRef {
    }

    /** An operator defined to be a fixed value by the configuration (arity 0 only). */
    record Constant(io.tlaplex.frontend.value.Value value) implements OpRef {
        @Override
        public int arity() {
            return 0;
        }
    }
}
