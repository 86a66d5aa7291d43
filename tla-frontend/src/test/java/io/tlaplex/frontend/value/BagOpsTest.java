package io.tlaplex.frontend.value;

import static io.tlaplex.frontend.value.Vals.fails;
import static io.tlaplex.frontend.value.Vals.fcn;
import static io.tlaplex.frontend.value.Vals.i;
import static io.tlaplex.frontend.value.Vals.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BagOpsTest {
    private final Vals v = new Vals();

    private FcnValue bag(Object... elementsAndCounts) {
        Value[] pairs = new Value[elementsAndCounts.length];
        for (int k = 0; k < pairs.length; k++) {
            pairs[k] = elementsAndCounts[k] instanceof Integer n ? i(n) : v.s((String) elementsAndCounts[k]);
        }
        return fcn(pairs);
    }

    @Test
    void shouldConvertBetweenSetsAndBags() {
        FcnValue b = BagOps.setToBag(set(v.s("a"), v.s("b")));

        assertEquals(bag("a", 1, "b", 1), b);
        assertEquals(set(v.s("a"), v.s("b")), BagOps.bagToSet(b));
        assertEquals(FcnRcdValue.EMPTY, BagOps.emptyBag());
        assertEquals("<< >>", BagOps.emptyBag().toString());
    }

    @Test
    void shouldCountCopies() {
        FcnValue b = bag("a", 2);

        assertTrue(BagOps.bagIn(v.s("a"), b));
        assertFalse(BagOps.bagIn(v.s("z"), b));
        assertEquals(i(2), BagOps.copiesIn(v.s("a"), b));
        assertEquals(i(0), BagOps.copiesIn(v.s("z"), b));
        assertEquals(i(2), BagOps.bagCardinality(b));
    }

    @Test
    void shouldAddAndSubtractBags() {
        FcnValue b1 = bag("a", 2, "b", 1);
        FcnValue b2 = bag("b", 1, "c", 3);

        assertEquals(bag("a", 2, "b", 2, "c", 3), BagOps.add(b1, b2));
        assertEquals(bag("a", 2), BagOps.subtract(b1, b2));
        assertEquals(FcnRcdValue.EMPTY, BagOps.subtract(b2, bag("b", 5, "c", 3)));
    }

    @Test
    void shouldRejectAddingNonBag() {
        assertEquals("The first argument of (+) should be a bag, but instead it is:\n<<0>>",
                fails(() -> BagOps.add(Vals.tup(i(0)), bag())).getMessage());
    }

    @Test
    void shouldReportOverflowOfCounts() {
        FcnValue big = bag("a", Integer.MAX_VALUE);

        assertEquals("Overflow when computing 2147483647+1",
                fails(() -> BagOps.add(big, bag("a", 1))).getMessage());
    }

    @Test
    void shouldUniteSetsOfBags() {
        SetEnumValue bags = set(bag("a", 1), bag("a", 2, "b", 1));

        assertEquals(bag("a", 3, "b", 1), BagOps.bagUnion(bags));
        assertEquals("Attemtped to apply BagUnion to the following set, whose\nelement is not a bag:\n{1}",
                fails(() -> BagOps.bagUnion(set(i(1)))).getMessage());
    }

    @Test
    void shouldEnumerateSubBags() {
        SetEnumValue subs = BagOps.subBag(bag("a", 2, "b", 1));

        assertEquals(6, subs.size());
        assertTrue(subs.contains(bag("a", 1)));
        assertTrue(subs.contains(FcnRcdValue.EMPTY));
        assertTrue(BagOps.subBagEq(bag("a", 1), bag("a", 2, "b", 1)));
        assertFalse(BagOps.subBagEq(bag("a", 3), bag("a", 2, "b", 1)));
    }

    @Test
    void shouldBuildBagOfAllImages() {
        FcnValue b = bag("a", 2, "bb", 3);

        FcnValue lengths = BagOps.bagOfAll(x -> SeqOps.len(x), b);

        assertEquals(fcn(i(1), i(2), i(2), i(3)), lengths);
    }

    @Test
    void shouldRecogniseBags() {
        assertTrue(BagOps.isABag(bag("a", 1)));
        assertFalse(BagOps.isABag(bag("a", 0)));
        assertFalse(BagOps.isABag(i(1)));
        assertEquals("Applying BagCardinality to the following value,\nwhich is not a bag:\n[a |-> 0]",
                fails(() -> BagOps.bagCardinality(bag("a", 0))).getMessage());
        assertEquals("Applying BagToSet to the following value,\nwhich is not a function with a finite domain:\n1",
                fails(() -> BagOps.bagToSet(i(1))).getMessage());
    }
}
