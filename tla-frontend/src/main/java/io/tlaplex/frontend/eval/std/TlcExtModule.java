package io.tlaplex.frontend.eval.std;

import io.tlaplex.frontend.value.BoolValue;
import io.tlaplex.frontend.value.Equality;
import io.tlaplex.frontend.value.EvalException;
import io.tlaplex.frontend.value.Fingerprint;
import io.tlaplex.frontend.value.IntValue;
import io.tlaplex.frontend.value.RecordValue;
import io.tlaplex.frontend.value.SetEnumValue;
import io.tlaplex.frontend.value.StringTable;
import io.tlaplex.frontend.value.StringValue;
import io.tlaplex.frontend.value.Value;

/**
 * The TLCExt module. Trace and CounterExample come from the checker through {@link Runtime#tlcGet} under
 * {@link Runtime#TRACE_KEY} and {@link Runtime#COUNTER_EXAMPLE_KEY}. Interactive PickSuccessor and deferred
 * evaluation are not modelled: PickSuccessor answers TRUE as TLC's default reply does, and TLCDefer's argument is
 * evaluated where it appears.
 */
final class TlcExtModule {
    private TlcExtModule() {
    }

    static void register(ModuleTable t) {
        t.impure("AssertEq", new StdOp.General(2, TlcExtModule::assertEq));
        t.pure("AssertError", new StdOp.General(2, 0b10, TlcExtModule::assertError));
        t.impure("TLCGetOrDefault", new StdOp.General(2, (args, rt) ->
                Registers.getOrDefault(Args.value(args, 0), Args.value(args, 1), rt)));
        t.impure("TLCGetAndSet", new StdOp.General(4, Registers::getAndSet));
        t.impure("Trace", new StdOp.Const(TlcExtModule::trace));
        t.impure("CounterExample", new StdOp.Const(TlcExtModule::counterExample));
        t.pure("ToTrace", new StdOp.Unary(CounterExamples::toTrace));
        t.pure("TLCModelValue", new StdOp.General(1, TlcExtModule::modelValue));
        t.pure("TLCDefer", new StdOp.Unary(v -> BoolValue.TRUE));
        t.pure("TLCNoOp", new StdOp.Unary(v -> v));
        t.pure("PickSuccessor", new StdOp.Unary(TlcExtModule::pickSuccessor));
        t.pure("TLCCache", new StdOp.Binary((expression, closure) -> expression));
        t.pure("TLCFP", new StdOp.Unary(v -> IntValue.of((int) Fingerprint.of(v, 0L))));
    }

    /** a = b; when they differ TLC prints the same three lines as PrintT would. */
    private static Value assertEq(Object[] args, Runtime rt) {
        Value a = Args.value(args, 0);
        Value b = Args.value(args, 1);
        if (Equality.eq(a, b)) {
            return BoolValue.TRUE;
        }
        rt.print("\"Assertion failed\"");
        rt.print(Messages.ppr(a));
        rt.print(Messages.ppr(b));
        return BoolValue.FALSE;
    }

    /** TRUE exactly when evaluating the (unevaluated) second argument fails with the message given first. */
    private static Value assertError(Object[] args, Runtime rt) {
        if (!(args[0] instanceof StringValue err)) {
            throw new EvalException("In computing AssertError, a non-string expression (" + Messages.ppr(args[0])
                    + ") was used as the err of an AssertError(err, exp).");
        }
        try {
            if (args[1] instanceof OperatorArg exp) {
                exp.apply(new Value[0]);
            }
        } catch (EvalException e) {
            return BoolValue.of(err.value().equals(e.getMessage()));
        }
        return BoolValue.FALSE;
    }

    private static Value trace(Runtime rt) {
        Value trace = rt.tlcGet(rt.strings().string(Runtime.TRACE_KEY));
        if (trace == null) {
            throw new EvalException("TLCExt!Trace is not available here: there is no behavior leading to a state.");
        }
        return trace;
    }

    /** The checker's counterexample graph, or TLC's empty one (no states, no actions) outside a POSTCONDITION. */
    private static Value counterExample(Runtime rt) {
        StringTable strings = rt.strings();
        Value ce = rt.tlcGet(strings.string(Runtime.COUNTER_EXAMPLE_KEY));
        if (ce != null) {
            return ce;
        }
        return RecordValue.of(new StringValue[] {strings.string("action"), strings.string("state")},
                new Value[] {SetEnumValue.EMPTY, SetEnumValue.EMPTY});
    }

    private static Value modelValue(Object[] args, Runtime rt) {
        if (!(args[0] instanceof StringValue name)) {
            throw Messages.oneArgument("ModelValue", "string", args[0]);
        }
        StringTable strings = rt.strings();
        try {
            return strings.modelValue(name.value());
        } catch (IllegalArgumentException e) {
            throw new EvalException("TLCModelValue(\"" + name.value() + "\") names a model value that was not"
                    + " declared before the run started.");
        }
    }

    private static Value pickSuccessor(Value exp) {
        if (!(exp instanceof BoolValue)) {
            throw new EvalException("In evaluating TLCExt!PickSuccessor, a non-boolean expression ("
                    + exp.kindString() + ") was used as the condition of an IF.\n" + Messages.ppr(exp));
        }
        return BoolValue.TRUE;
    }
}
