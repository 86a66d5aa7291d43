package io.tlaplex.frontend.eval.std;

import io.tlaplex.frontend.value.BagOps;
import io.tlaplex.frontend.value.BoolValue;
import io.tlaplex.frontend.value.Value;

/** The Bags module, on the value layer's {@link BagOps}; BagOfAll applies its operator argument. */
final class BagsModule {
    private BagsModule() {
    }

    static void register(ModuleTable t) {
        t.pure("IsABag", new StdOp.Unary(b -> BoolValue.of(BagOps.isABag(b))));
        t.pure("BagToSet", new StdOp.Unary(BagOps::bagToSet));
        t.pure("SetToBag", new StdOp.Unary(BagOps::setToBag));
        t.pure("BagIn", new StdOp.Binary((e, b) -> BoolValue.of(BagOps.bagIn(e, b))));
        t.pure("EmptyBag", new StdOp.Const(rt -> BagOps.emptyBag()));
        t.pure("CopiesIn", new StdOp.Binary(BagOps::copiesIn));
        t.pure("(+)", new StdOp.Binary(BagOps::add));
        t.pure("(-)", new StdOp.Binary(BagOps::subtract));
        t.pure("BagUnion", new StdOp.Unary(BagOps::bagUnion));
        t.pure("\\sqsubseteq", new StdOp.Binary((a, b) -> BoolValue.of(BagOps.subBagEq(a, b))));
        t.pure("SubBag", new StdOp.Unary(BagOps::subBag));
        t.pure("BagOfAll", new StdOp.General(2, BagsModule::bagOfAll));
        t.pure("BagCardinality", new StdOp.Unary(BagOps::bagCardinality));
    }

    private static Value bagOfAll(Object[] args, Runtime rt) {
        OperatorArg f = Args.operator(args, 0, "BagOfAll", "operator", 1);
        return BagOps.bagOfAll(e -> f.apply(new Value[] {e}), Args.value(args, 1));
    }
}
