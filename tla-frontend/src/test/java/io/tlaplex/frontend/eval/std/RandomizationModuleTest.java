package io.tlaplex.frontend.eval.std;

import static io.tlaplex.frontend.eval.std.StdTesting.i;
import static io.tlaplex.frontend.eval.std.StdTesting.intSeq;
import static io.tlaplex.frontend.eval.std.StdTesting.ints;
import static io.tlaplex.frontend.eval.std.StdTesting.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tlaplex.frontend.value.InfiniteSetValue;
import io.tlaplex.frontend.value.SetEnumValue;
import io.tlaplex.frontend.value.SetOps;
import io.tlaplex.frontend.value.Value;
import org.junit.jupiter.api.Test;

class RandomizationModuleTest {
    private final StdTesting t = new StdTesting();
    private final SetEnumValue five = ints(1, 2, 3, 4, 5);

    @Test
    void shouldDrawSubsetsOfTheRequestedSizeFromTheSeededGenerator() {
        StdTesting sameSeed = new StdTesting();

        for (int k = 0; k < 10; k++) {
            SetEnumValue subset = (SetEnumValue) t.call("Randomization", "RandomSubset", i(2), five);
            assertEquals(2, subset.size());
            assertTrue(SetOps.subseteq(subset, five));
            assertEquals(subset, sameSeed.call("Randomization", "RandomSubset", i(2), five));
        }
    }

    @Test
    void shouldClampRandomSubsetsSizeToTheSet() {
        assertEquals(five, t.call("Randomization", "RandomSubset", i(9), five));
        assertEquals(SetEnumValue.EMPTY, t.call("Randomization", "RandomSubset", i(-1), five));
    }

    @Test
    void shouldRejectRandomSubsetArgumentsWithTlcsWording() {
        assertEquals("The first argument of RandomSubset should be a nonnegative integer, but instead it is:\n\"a\"",
                t.error("Randomization", "RandomSubset", t.s("a"), five));
        assertEquals("The second argument of RandomSubset should be a a finite set, but instead it is:\nNat",
                t.error("Randomization", "RandomSubset", i(1), InfiniteSetValue.NAT));
    }

    @Test
    void shouldDrawAtMostTheRequestedNumberOfSubsets() {
        SetEnumValue subsets = (SetEnumValue) t.call("Randomization", "RandomSetOfSubsets", i(3), i(2), five);

        assertTrue(subsets.size() >= 1 && subsets.size() <= 3);
        for (int k = 0; k < subsets.size(); k++) {
            assertTrue(SetOps.subseteq(subsets.get(k), five));
        }
    }

    @Test
    void shouldIncludeEachElementWithProbabilityNOverTheSetsSize() {
        assertEquals(set(five), t.call("Randomization", "RandomSetOfSubsets", i(4), i(5), five));
        assertEquals(set(SetEnumValue.EMPTY), t.call("Randomization", "RandomSetOfSubsets", i(4), i(0), five));
    }

    @Test
    void shouldRejectRandomSetOfSubsetsArgumentsWithTlcsWording() {
        assertEquals("The first argument of RandomSetOfSubsets should be a nonnegative integer, but instead it is:\n-1",
                t.error("Randomization", "RandomSetOfSubsets", i(-1), i(1), five));
        assertEquals("The second argument of RandomSetOfSubsets should be a nonnegative integer in range"
                        + " 0..Cardinality(S), but instead it is:\n6",
                t.error("Randomization", "RandomSetOfSubsets", i(1), i(6), five));
        assertEquals("The first argument of RandomSetOfSubsets should be a nonnegative integer that is smaller than"
                        + " the subset's size of 2^3, but instead it is:\n9",
                t.error("Randomization", "RandomSetOfSubsets", i(9), i(1), ints(1, 2, 3)));
        assertEquals("The third argument of RandomSetOfSubsets should be a finite set, but instead it is:\nNat",
                t.error("Randomization", "RandomSetOfSubsets", i(1), i(1), InfiniteSetValue.NAT));
    }

    @Test
    void shouldReadTheProbabilityOfRandomSubsetSetFromAString() {
        assertEquals(set(five), t.call("Randomization", "RandomSubsetSet", i(3), t.s("1.0"), five));
        assertEquals(set(SetEnumValue.EMPTY), t.call("Randomization", "RandomSubsetSet", i(3), t.s("0"), five));
    }

    @Test
    void shouldRejectRandomSubsetSetArgumentsUnderTlcsOperatorName() {
        String prefix = "The second argument of RandomSubsetSetProbability should be a ";

        assertEquals(prefix + "string literal representing a probability, but instead it is:\n1",
                t.error("Randomization", "RandomSubsetSet", i(1), i(1), five));
        assertEquals(prefix + "string literal does not represent a parsable probability, but instead it is:\n\"x\"",
                t.error("Randomization", "RandomSubsetSet", i(1), t.s("x"), five));
        assertEquals(prefix + "string literal does not represent a parsable probability, but instead it is:\n\"1.5\"",
                t.error("Randomization", "RandomSubsetSet", i(1), t.s("1.5"), five));
    }

    @Test
    void shouldReportTheSizesOfFiveDraws() {
        Value one = ints(7);

        assertEquals(intSeq(2, 2, 2, 2, 2), t.call("Randomization", "TestRandomSubset", i(2), five));
        assertEquals(intSeq(1, 1, 1, 1, 1), t.call("Randomization", "TestRandomSetOfSubsets", i(2), i(1), one));
        assertEquals(intSeq(1, 1, 1, 1, 1), t.call("Randomization", "TestRandomSubsetSet", i(2), t.s("0.0"), five));
    }
}
