package io.tlaplex.frontend.eval.std;

import io.tlaplex.frontend.value.Arith;
import io.tlaplex.frontend.value.EvalException;
import io.tlaplex.frontend.value.InfiniteSetValue;
import io.tlaplex.frontend.value.Value;

/**
 * Naturals, Integers and Reals. Integer arithmetic, its overflow and division errors are the value layer's
 * {@link Arith}; real numbers have no values here, so Reals' own operators report that clearly.
 */
final class ArithmeticModules {
    private ArithmeticModules() {
    }

    static void naturals(ModuleTable t) {
        t.pure("Nat", new StdOp.Const(rt -> InfiniteSetValue.NAT));
        t.pure("+", new StdOp.Binary(Arith::plus));
        t.pure("-", new StdOp.Binary(Arith::minus));
        t.pure("*", new StdOp.Binary(Arith::times));
        t.pure("^", new StdOp.Binary(Arith::power));
        t.pure("\\div", new StdOp.Binary(Arith::div));
        t.pure("%", new StdOp.Binary(Arith::mod));
        t.pure("<", new StdOp.Binary(Arith::lessThan));
        t.pure(">", new StdOp.Binary(Arith::greaterThan));
        t.pure("<=", new StdOp.Binary(Arith::lessOrEqual));
        t.pure(">=", new StdOp.Binary(Arith::greaterOrEqual));
        t.pure("..", new StdOp.Binary(Arith::range));
    }

    static void integers(ModuleTable t) {
        t.pure("Int", new StdOp.Const(rt -> InfiniteSetValue.INT));
        t.pure("-.", new StdOp.Unary(Arith::negate));
    }

    static void reals(ModuleTable t) {
        t.pure("Real", new StdOp.Const(rt -> unsupported("the set Real")));
        t.pure("Infinity", new StdOp.Const(rt -> unsupported("Infinity")));
        t.pure("/", new StdOp.Binary((a, b) -> unsupported(a + " / " + b)));
    }

    private static Value unsupported(String what) {
        throw new EvalException("Real numbers are not supported, so " + what + " cannot be evaluated.");
    }
}
