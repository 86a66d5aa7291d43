package io.tlaplex.frontend.eval.std;

import io.tlaplex.frontend.value.IntValue;
import io.tlaplex.frontend.value.SetEnumValue;
import io.tlaplex.frontend.value.StringValue;
import io.tlaplex.frontend.value.TupleValue;
import io.tlaplex.frontend.value.Value;

/**
 * The Randomization module with TLC's argument checks and messages (including TLC's "a a finite set" and its use
 * of the name RandomSubsetSetProbability). Each TestRandom operator returns the sizes of five draws.
 */
final class RandomizationModule {
    private static final int TEST_DRAWS = 5;

    private RandomizationModule() {
    }

    static void register(ModuleTable t) {
        t.impure("RandomSubset", new StdOp.General(2, RandomizationModule::randomSubset));
        t.impure("RandomSetOfSubsets", new StdOp.General(3, RandomizationModule::randomSetOfSubsets));
        t.impure("RandomSubsetSet", new StdOp.General(3, RandomizationModule::randomSubsetSet));
        t.impure("TestRandomSubset", new StdOp.General(2, (args, rt) -> sizes(args, rt,
                RandomizationModule::randomSubset)));
        t.impure("TestRandomSetOfSubsets", new StdOp.General(3, (args, rt) -> sizes(args, rt,
                RandomizationModule::randomSetOfSubsets)));
        t.impure("TestRandomSubsetSet", new StdOp.General(3, (args, rt) -> sizes(args, rt,
                RandomizationModule::randomSubsetSet)));
    }

    static Value randomSubset(Object[] args, Runtime rt) {
        int k = Args.integer(args, 0, "RandomSubset", "nonnegative integer");
        SetEnumValue s = Args.finiteSetOrNull(Args.value(args, 1));
        if (s == null) {
            throw Messages.argument("second", "RandomSubset", "a finite set", args[1]);
        }
        return RandomChoice.subset(s, k, rt.random());
    }

    static Value randomSetOfSubsets(Object[] args, Runtime rt) {
        String name = "RandomSetOfSubsets";
        int picks = Args.natural(args, 0, name, "nonnegative integer");
        int n = Args.natural(args, 1, name, "nonnegative integer");
        SetEnumValue s = finiteSet(args, name);
        checkPicks(picks, s.size(), name);
        if (s.size() < n) {
            throw Messages.argument("second", name, "nonnegative integer in range 0..Cardinality(S)", args[1]);
        }
        double probability = s.size() == 0 ? 0d : (double) n / s.size();
        return RandomChoice.setOfSubsets(s, picks, probability, rt.random());
    }

    static Value randomSubsetSet(Object[] args, Runtime rt) {
        String name = "RandomSubsetSetProbability";
        int picks = Args.natural(args, 0, name, "nonnegative integer");
        if (!(args[1] instanceof StringValue prob)) {
            throw Messages.argument("second", name, "string literal representing a probability", args[1]);
        }
        double probability;
        try {
            probability = Double.parseDouble(prob.value());
        } catch (NumberFormatException e) {
            throw Messages.argument("second", name, "string literal does not represent a parsable probability", prob);
        }
        if (probability < 0d || 1d < probability) {
            throw Messages.argument("second", name, "string literal does not represent a parsable probability", prob);
        }
        SetEnumValue s = finiteSet(args, name);
        checkPicks(picks, s.size(), name);
        return RandomChoice.setOfSubsets(s, picks, probability, rt.random());
    }

    private static SetEnumValue finiteSet(Object[] args, String name) {
        SetEnumValue s = Args.finiteSetOrNull(Args.value(args, 2));
        if (s == null) {
            throw Messages.argument("third", name, "finite set", args[2]);
        }
        return s;
    }

    /** More picks than the 2^size subsets is an error; TLC compares bit lengths first so 2^size cannot overflow. */
    private static void checkPicks(int picks, int size, String name) {
        int bits = Integer.SIZE - Integer.numberOfLeadingZeros(picks);
        if (bits > size && picks > (1 << size)) {
            throw Messages.argumentText("first", name,
                    "nonnegative integer that is smaller than the subset's size of 2^" + size, Integer.toString(picks));
        }
    }

    private static Value sizes(Object[] args, Runtime rt, StdOp.Impl draw) {
        Value[] sizes = new Value[TEST_DRAWS];
        for (int i = 0; i < TEST_DRAWS; i++) {
            sizes[i] = IntValue.of(((SetEnumValue) draw.apply(args, rt)).size());
        }
        return TupleValue.of(sizes);
    }
}
