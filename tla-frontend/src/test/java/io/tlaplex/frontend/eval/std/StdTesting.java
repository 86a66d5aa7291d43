package io.tlaplex.frontend.eval.std;

import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tlaplex.frontend.value.EvalException;
import io.tlaplex.frontend.value.FcnRcdValue;
import io.tlaplex.frontend.value.IntValue;
import io.tlaplex.frontend.value.RecordValue;
import io.tlaplex.frontend.value.SetEnumValue;
import io.tlaplex.frontend.value.SetOps;
import io.tlaplex.frontend.value.StringTable;
import io.tlaplex.frontend.value.StringValue;
import io.tlaplex.frontend.value.TupleValue;
import io.tlaplex.frontend.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A string table, a {@link SimpleRuntime} that records output, and short builders for values and calls. */
final class StdTesting {
    static final long SEED = 42L;
    static final long NOW_MS = 1_700_000_000_123L;

    final StringTable strings = new StringTable();
    final List<String> printed = new ArrayList<>();
    final SimpleRuntime rt = new SimpleRuntime(strings, SEED, () -> NOW_MS, printed::add);

    /** Applies {@code module!name} to the arguments, as the evaluator would. */
    Value call(String module, String name, Object... args) {
        StdOp op = StandardLibrary.lookup(module, name);
        if (op == null) {
            throw new AssertionError("no built-in " + module + "!" + name);
        }
        if (op.arity() != args.length) {
            throw new AssertionError(module + "!" + name + " takes " + op.arity() + " arguments");
        }
        return op.apply(args, rt);
    }

    /** The message of the evaluation error that applying {@code module!name} raises. */
    String error(String module, String name, Object... args) {
        return assertThrows(EvalException.class, () -> call(module, name, args)).getMessage();
    }

    static IntValue i(int n) {
        return IntValue.of(n);
    }

    StringValue s(String text) {
        return strings.string(text);
    }

    static SetEnumValue set(Value... elems) {
        return SetOps.setOf(elems.clone());
    }

    static SetEnumValue ints(int... elems) {
        Value[] v = new Value[elems.length];
        for (int k = 0; k < elems.length; k++) {
            v[k] = IntValue.of(elems[k]);
        }
        return SetOps.setOf(v);
    }

    static TupleValue seq(Value... elems) {
        return TupleValue.of(elems.clone());
    }

    static TupleValue intSeq(int... elems) {
        Value[] v = new Value[elems.length];
        for (int k = 0; k < elems.length; k++) {
            v[k] = IntValue.of(elems[k]);
        }
        return TupleValue.of(v);
    }

    /** {@code [names[0] |-> values[0], ...]} from alternating name, value arguments. */
    RecordValue rec(Object... nameValue) {
        StringValue[] names = new StringValue[nameValue.length / 2];
        Value[] values = new Value[names.length];
        for (int k = 0; k < names.length; k++) {
            names[k] = s((String) nameValue[2 * k]);
            values[k] = (Value) nameValue[2 * k + 1];
        }
        return RecordValue.of(names, values);
    }

    /** {@code (d1 :> v1 @@ ...)} from alternating domain element, value arguments. */
    static FcnRcdValue fcn(Value... domainValue) {
        Value[] domain = new Value[domainValue.length / 2];
        Value[] values = new Value[domain.length];
        for (int k = 0; k < domain.length; k++) {
            domain[k] = domainValue[2 * k];
            values[k] = domainValue[2 * k + 1];
        }
        return FcnRcdValue.of(domain, values);
    }

    /** An operator argument named {@code name} (its text in messages) computing {@code body}. */
    static OperatorArg op(String name, int arity, Function<Value[], Value> body) {
        return new TestOperator(name, arity, body);
    }

    private record TestOperator(String name, int arity, Function<Value[], Value> body) implements OperatorArg {
        @Override
        public Value apply(Value[] args) {
            if (args.length != arity) {
                throw new AssertionError(name + " applied to " + args.length + " arguments");
            }
            return body.apply(args);
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
