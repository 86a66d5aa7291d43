package io.tlaplex.frontend.eval.std;

import io.tlaplex.frontend.value.BoolValue;
import io.tlaplex.frontend.value.EvalException;
import io.tlaplex.frontend.value.InfiniteSetValue;
import io.tlaplex.frontend.value.IntValue;
import io.tlaplex.frontend.value.SetValue;
import io.tlaplex.frontend.value.TlcOps;
import io.tlaplex.frontend.value.Value;

/** The TLC module: printing, assertions, registers, function building, SortSeq, randomness and ToString. */
final class TlcModule {
    /** Print separates its two values by two spaces, as TLC does. */
    private static final String PRINT_SEPARATOR = "  ";

    private TlcModule() {
    }

    static void register(ModuleTable t) {
        t.impure("Print", new StdOp.General(2, TlcModule::print));
        t.impure("PrintT", new StdOp.General(1, TlcModule::printT));
        t.pure("Assert", new StdOp.Binary(TlcModule::assertTrue));
        t.pure("Any", new StdOp.Const(rt -> InfiniteSetValue.ANY));
        t.impure("JavaTime", new StdOp.Const(rt -> IntValue.of((int) rt.nowMillis() & Integer.MAX_VALUE)));
        t.impure("TLCGet", new StdOp.General(1, (args, rt) -> Registers.get(Args.value(args, 0), rt)));
        t.impure("TLCSet", new StdOp.General(2, (args, rt) ->
                Registers.set(Args.value(args, 0), Args.value(args, 1), rt)));
        t.pure(":>", new StdOp.Binary(TlcOps::makeFcn));
        t.pure("@@", new StdOp.Binary(TlcOps::combine));
        t.pure("Permutations", new StdOp.Unary(TlcOps::permutations));
        t.pure("SortSeq", new StdOp.General(2, TlcModule::sortSeq));
        t.impure("RandomElement", new StdOp.General(1, (args, rt) ->
                RandomChoice.element(Args.value(args, 0), rt.random())));
        t.pure("ToString", new StdOp.General(1, (args, rt) ->
                TlcOps.toStringValue(Args.value(args, 0), rt.strings())));
        t.pure("TLCEval", new StdOp.Unary(TlcModule::eval));
    }

    private static Value print(Object[] args, Runtime rt) {
        Value val = Args.value(args, 1);
        rt.print(Messages.ppr(Args.value(args, 0)) + PRINT_SEPARATOR + Messages.ppr(val));
        return val;
    }

    private static Value printT(Object[] args, Runtime rt) {
        rt.print(Messages.ppr(Args.value(args, 0)));
        return BoolValue.TRUE;
    }

    /** Assert(val, out) with TLC's message, raised as an {@link AssertionFailure} so the checker can tell it. */
    static Value assertTrue(Value val, Value out) {
        try {
            return TlcOps.assertTrue(val, out);
        } catch (EvalException e) {
            throw new AssertionFailure(e.getMessage());
        }
    }

    /** TLC checks the sequence, then the operator, then each result of the operator. */
    private static Value sortSeq(Object[] args, Runtime rt) {
        Value s = Args.value(args, 0);
        if (Args.sequenceOrNull(s) == null) {
            throw Messages.argument("first", "SortSeq", "natural number", s);
        }
        OperatorArg op = Args.operator(args, 1, "SortSeq", "function", 2);
        return TlcOps.sortSeq(s, (a, b) -> {
            Value result = op.apply(new Value[] {a, b});
            return Args.truth(result, () -> Messages.argument("second", "SortSeq", "boolean function", result));
        });
    }

    /** TLCEval is the identity; like TLC it enumerates a finite set now, so later uses do not redo the work. */
    private static Value eval(Value v) {
        return v instanceof SetValue s && s.isFinite() ? s.normalized() : v;
    }
}
