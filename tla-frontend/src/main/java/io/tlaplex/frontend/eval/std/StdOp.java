package io.tlaplex.frontend.eval.std;

import io.tlaplex.frontend.value.Value;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The Java implementation of one standard-module operator, in the shape that lets the evaluator call it most
 * directly: a constant, a function of one or two values, or a general operator that may take operator arguments
 * and use the {@link Runtime}. Implementations are stateless and may be called from any thread.
 */
public sealed interface StdOp permits StdOp.Const, StdOp.Unary, StdOp.Binary, StdOp.General {
    /** The number of arguments, as in the module's definition. */
    int arity();

    /**
     * Applies the operator: {@code args[i]} is a {@link Value}, or an {@link OperatorArg} for an operator parameter
     * or a {@linkplain General#lazyArgs() lazy} argument. A convenience for callers that do not switch on the shape.
     */
    Value apply(Object[] args, Runtime rt);

    /** A zero-argument operator such as {@code Nat} or {@code JavaTime}; may depend on the run. */
    record Const(Function<Runtime, Value> value) implements StdOp {
        @Override
        public int arity() {
            return 0;
        }

        @Override
        public Value apply(Object[] args, Runtime rt) {
            return value.apply(rt);
        }
    }

    /** A one-argument operator on values that needs nothing from the run. */
    record Unary(UnaryOperator<Value> op) implements StdOp {
        @Override
        public int arity() {
            return 1;
        }

        @Override
        public Value apply(Object[] args, Runtime rt) {
            return op.apply((Value) args[0]);
        }
    }

    /** A two-argument operator on values that needs nothing from the run. */
    record Binary(BinaryOperator<Value> op) implements StdOp {
        @Override
        public int arity() {
            return 2;
        }

        @Override
        public Value apply(Object[] args, Runtime rt) {
            return op.apply((Value) args[0], (Value) args[1]);
        }
    }

    /**
     * Any other operator. Argument {@code i} is passed as an arity-0 {@link OperatorArg}, left unevaluated, when
     * bit {@code i} of {@code lazyArgs} is set (only AssertError's second argument); operator parameters such as
     * {@code Test(_)} are always passed as {@link OperatorArg}s; every other argument is an evaluated
     * {@link Value}.
     */
    record General(int arity, int lazyArgs, Impl impl) implements StdOp {
        /** A general operator whose arguments are all evaluated (apart from operator parameters). */
        public General(int arity, Impl impl) {
            this(arity, 0, impl);
        }

        /** True when argument {@code i} is passed unevaluated. */
        public boolean isLazy(int i) {
            return (lazyArgs & (1 << i)) != 0;
        }

        @Override
        public Value apply(Object[] args, Runtime rt) {
            return impl.apply(args, rt);
        }
    }

    /** The body of a {@link General} operator. */
    @FunctionalInterface
    interface Impl {
        Value apply(Object[] args, Runtime rt);
    }
}
