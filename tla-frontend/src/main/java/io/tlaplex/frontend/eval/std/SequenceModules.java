package io.tlaplex.frontend.eval.std;

import io.tlaplex.frontend.value.BoolValue;
import io.tlaplex.frontend.value.SeqOps;
import io.tlaplex.frontend.value.SetOps;
import io.tlaplex.frontend.value.Value;

/** Sequences and FiniteSets, on the value layer's {@link SeqOps} and {@link SetOps}. */
final class SequenceModules {
    private SequenceModules() {
    }

    static void sequences(ModuleTable t) {
        t.pure("Seq", new StdOp.Unary(SeqOps::seqSet));
        t.pure("Len", new StdOp.Unary(SeqOps::len));
        t.pure("\\o", new StdOp.Binary(SeqOps::concat));
        t.pure("Append", new StdOp.Binary(SeqOps::append));
        t.pure("Head", new StdOp.Unary(SeqOps::head));
        t.pure("Tail", new StdOp.Unary(SeqOps::tail));
        t.pure("SubSeq", new StdOp.General(3, (args, rt) ->
                SeqOps.subSeq(Args.value(args, 0), Args.value(args, 1), Args.value(args, 2))));
        t.pure("SelectSeq", new StdOp.General(2, SequenceModules::selectSeq));
    }

    static void finiteSets(ModuleTable t) {
        t.pure("IsFiniteSet", new StdOp.Unary(s -> BoolValue.of(SetOps.isFiniteSet(s))));
        t.pure("Cardinality", new StdOp.Unary(SetOps::cardinality));
    }

    /** TLC checks the operator only when there is an element to test, so the check sits in the predicate. */
    private static Value selectSeq(Object[] args, Runtime rt) {
        Object test = args[1];
        return SeqOps.selectSeq(Args.value(args, 0), element -> {
            if (!(test instanceof OperatorArg op) || op.arity() != 1) {
                throw Messages.argument("second", "SelectSeq", "operator", test);
            }
            Value result = op.apply(new Value[] {element});
            return Args.truth(result, () -> Messages.argument("second", "SelectSeq", "boolean-valued operator", op));
        });
    }
}
