package io.tlaplex.frontend.eval.std;

import io.tlaplex.frontend.value.Value;

/**
 * An operator passed to a higher-order built-in, such as SelectSeq's {@code Test} or SortSeq's {@code Op}, or (with
 * arity 0) an unevaluated argument of a built-in that decides itself whether to evaluate it (AssertError's
 * {@code exp}, see {@link StdOp.General#lazyArgs()}). The evaluator implements it; {@link #toString()} should name
 * the operator, as TLC's messages quote it.
 */
public interface OperatorArg {
    /** Applies the operator to {@code args}, which has {@link #arity()} values. */
    Value apply(Value[] args);

    int arity();
}
