package io.tlaplex.frontend.eval.std;

import io.tlaplex.frontend.value.BoolValue;
import io.tlaplex.frontend.value.FcnValue;
import io.tlaplex.frontend.value.IntValue;
import io.tlaplex.frontend.value.LazyFcnValue;
import io.tlaplex.frontend.value.SetEnumValue;
import io.tlaplex.frontend.value.SetValue;
import io.tlaplex.frontend.value.StringValue;
import io.tlaplex.frontend.value.TupleValue;
import io.tlaplex.frontend.value.Value;
import java.util.function.Supplier;

/** Argument checks shared by the built-ins; each throws TLC's message for the operator that asked. */
final class Args {
    private static final String[] ORDINALS = {"first", "second", "third", "fourth"};

    private Args() {
    }

    static String ordinal(int i) {
        return ORDINALS[i];
    }

    /** Argument {@code i}, which must be a value (the evaluator passes values unless told otherwise). */
    static Value value(Object[] args, int i) {
        return (Value) args[i];
    }

    /** Argument {@code i} as an operator of {@code arity}, or TLC's "should be a {expected}" error. */
    static OperatorArg operator(Object[] args, int i, String operator, String expected, int arity) {
        if (args[i] instanceof OperatorArg op && op.arity() == arity) {
            return op;
        }
        throw Messages.argument(ordinal(i), operator, expected, args[i]);
    }

    static int integer(Object[] args, int i, String operator, String expected) {
        if (args[i] instanceof IntValue n) {
            return n.value();
        }
        throw Messages.argument(ordinal(i), operator, expected, args[i]);
    }

    static int natural(Object[] args, int i, String operator, String expected) {
        int n = integer(args, i, operator, expected);
        if (n < 0) {
            throw Messages.argument(ordinal(i), operator, expected, args[i]);
        }
        return n;
    }

    static StringValue string(Object[] args, int i, String operator) {
        if (args[i] instanceof StringValue s) {
            return s;
        }
        throw Messages.argument(ordinal(i), operator, "string", args[i]);
    }

    /** The elements of a finite set argument in TLC's order, or null when it is not one. */
    static SetEnumValue finiteSetOrNull(Value v) {
        return v instanceof SetValue s && s.isFinite() ? s.normalized() : null;
    }

    /** The elements of {@code v} when it is a sequence (a function on {@code 1..n}), else null. */
    static Value[] sequenceOrNull(Value v) {
        if (v instanceof TupleValue t) {
            return t.toArray();
        }
        if (!(v instanceof FcnValue f) || f instanceof LazyFcnValue && !f.domain().isFinite()) {
            return null;
        }
        Value[] elems = new Value[f.size()];
        for (int i = 0; i < elems.length; i++) {
            if (!(f.domainAt(i) instanceof IntValue n) || n.value() != i + 1) {
                return null;
            }
            elems[i] = f.valueAt(i);
        }
        return elems;
    }

    /** Whether {@code result} of an operator argument is TRUE, or {@code error} when it is not a Boolean. */
    static boolean truth(Value result, Supplier<RuntimeException> error) {
        if (result instanceof BoolValue b) {
            return b.value();
        }
        throw error.get();
    }
}
