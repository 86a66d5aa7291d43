package io.tlaplex.frontend.eval.std;

import io.tlaplex.frontend.value.IntValue;
import io.tlaplex.frontend.value.IntervalValue;
import io.tlaplex.frontend.value.SetEnumValue;
import io.tlaplex.frontend.value.SetOps;
import io.tlaplex.frontend.value.SubsetValue;
import io.tlaplex.frontend.value.Value;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/** Uniform random choices from finite sets, drawn from the run's generator; used by TLC and Randomization. */
final class RandomChoice {
    private RandomChoice() {
    }

    /** RandomElement(s): intervals and SUBSET sets are drawn from without enumerating them. */
    static Value element(Value s, RandomGenerator random) {
        if (s instanceof IntervalValue iv && !iv.isEmpty()) {
            return IntValue.of((int) random.nextLong(iv.low(), (long) iv.high() + 1));
        }
        if (s instanceof SubsetValue sv && sv.isFinite()) {
            return coinToss(sv.base().normalized(), 0.5, random);
        }
        SetEnumValue e = Args.finiteSetOrNull(s);
        if (e == null) {
            throw Messages.applyingToWrongValue("RandomElement", "a finite set", s);
        }
        if (e.size() == 0) {
            throw Messages.applyingToWrongValue("RandomElement", "a non-empty finite set", s);
        }
        return e.get(random.nextInt(e.size()));
    }

    /** {@code min(k, |s|)} distinct elements of {@code s}, every such subset equally likely; none when k <= 0. */
    static SetEnumValue subset(SetEnumValue s, int k, RandomGenerator random) {
        int n = s.size();
        if (k >= n) {
            return s;
        }
        if (k <= 0) {
            return SetEnumValue.EMPTY;
        }
        Value[] pool = s.toArray();
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(n - i);
            Value t = pool[i];
            pool[i] = pool[j];
            pool[j] = t;
        }
        return SetOps.setOf(Arrays.copyOf(pool, k));
    }

    /** The set of {@code picks} subsets of {@code s}, each holding every element with {@code probability}. */
    static SetEnumValue setOfSubsets(SetEnumValue s, int picks, double probability, RandomGenerator random) {
        Value[] subsets = new Value[picks];
        for (int i = 0; i < picks; i++) {
            subsets[i] = coinToss(s, probability, random);
        }
        return SetOps.setOf(subsets);
    }

    private static SetEnumValue coinToss(SetEnumValue s, double probability, RandomGenerator random) {
        Value[] kept = new Value[s.size()];
        int k = 0;
        for (int i = 0; i < s.size(); i++) {
            if (random.nextDouble() < probability) {
                kept[k++] = s.get(i);
            }
        }
        return SetOps.setOf(Arrays.copyOf(kept, k));
    }
}
