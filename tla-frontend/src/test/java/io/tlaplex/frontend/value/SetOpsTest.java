package io.tlaplex.frontend.value;

import static io.tlaplex.frontend.value.Vals.fails;
import static io.tlaplex.frontend.value.Vals.i;
import static io.tlaplex.frontend.value.Vals.range;
import static io.tlaplex.frontend.value.Vals.set;
import static io.tlaplex.frontend.value.Vals.tup;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SetOpsTest {
    private final Vals v = new Vals();

    @Test
    void shouldNormalizeEnumeratedSets() {
        SetEnumValue s = SetOps.setOf(new Value[] {i(3), i(1), i(3), i(2)});

        assertEquals(3, s.size());
        assertEquals("{1, 2, 3}", s.toString());
    }

    @Test
    void shouldTestMembership() {
        assertTrue(SetOps.in(i(2), set(i(1), i(2))));
        assertTrue(SetOps.notIn(i(3), set(i(1), i(2))));
        assertTrue(SetOps.in(i(3), range(1, 5)));
        assertFalse(SetOps.in(v.mv("m"), range(1, 5)));
        assertTrue(SetOps.in(i(0), InfiniteSetValue.NAT));
        assertFalse(SetOps.in(i(-1), InfiniteSetValue.NAT));
        assertTrue(SetOps.in(i(-1), InfiniteSetValue.INT));
        assertTrue(SetOps.in(v.s("x"), InfiniteSetValue.STRING));
        assertTrue(SetOps.in(BoolValue.TRUE, SetEnumValue.BOOLEAN));
    }

    @Test
    void shouldRejectMembershipOfStringInInterval() {
        assertEquals("Attempted to check if the value:\n\"a\"\nis in the integer interval 1..3",
                fails(() -> SetOps.in(v.s("a"), range(1, 3))).getMessage());
    }

    @Test
    void shouldRejectMembershipOfStringInNat() {
        assertEquals("Attempted to check if the value:\n\"a\"\nis an element of Nat.",
                fails(() -> SetOps.in(v.s("a"), InfiniteSetValue.NAT)).getMessage());
    }

    @Test
    void shouldRejectMembershipInNonSets() {
        assertEquals("Attempted to check if the value:\n1\nis an element of the integer 2",
                fails(() -> SetOps.in(i(1), i(2))).getMessage());
        assertEquals("Attempted to check set membership in a tuple value.",
                fails(() -> SetOps.in(i(1), tup(i(1)))).getMessage());
        assertEquals("Attempted to check if element:\n1\nis in the record:\n[a |-> 1]",
                fails(() -> SetOps.in(i(1), v.rec("a", i(1)))).getMessage());
    }

    @Test
    void shouldRejectTypedModelValueInSetOfIntegers() {
        ModelValue typed = v.mv("A_x");

        assertEquals("Attempted to check if the typed model value A_x is an element of\nNat",
                fails(() -> SetOps.in(typed, InfiniteSetValue.NAT)).getMessage());
    }

    @Test
    void shouldComputeUnionIntersectionAndDifference() {
        assertEquals(set(i(1), i(2), i(3)), SetOps.union(set(i(1), i(2)), range(2, 3)));
        assertEquals(set(i(2)), SetOps.intersect(set(i(1), i(2)), range(2, 3)));
        assertEquals(set(i(1)), SetOps.minus(set(i(1), i(2)), range(2, 3)));
    }

    @Test
    void shouldMergeUnionsOfSortedSetsIntoNormalForm() {
        SetEnumValue odd = set(i(1), i(3), i(5));

        assertEquals(set(i(1), i(2), i(3), i(4), i(5), i(6)), SetOps.union(odd, set(i(6), i(4), i(2))));
        assertEquals(set(i(0), i(1), i(3), i(5)), SetOps.union(odd, set(i(0))));
        assertEquals(set(i(1), i(3), i(4), i(5)), SetOps.union(set(i(4)), odd));
        assertEquals(set(i(1), i(3), i(5), i(9)), SetOps.union(odd, set(i(9))));
    }

    @Test
    void shouldReturnTheLeftOperandWhenItAlreadyHoldsTheRight() {
        SetEnumValue odd = set(i(1), i(3), i(5));

        assertSame(odd, SetOps.union(odd, set(i(3))));
        assertSame(odd, SetOps.union(odd, set(i(5), i(1))));
    }

    @Test
    void shouldKeepTheLeftOperandsRepresentationOfEqualElements() {
        SetEnumValue enumerated = set(i(1), i(2));
        IntervalValue interval = range(1, 2);

        SetEnumValue u = (SetEnumValue) SetOps.union(set(interval), set(enumerated, set(i(7))));

        assertEquals(2, u.size());
        assertSame(interval, u.get(1));
        assertSame(enumerated, ((SetEnumValue) SetOps.union(set(enumerated), set(interval, set(i(7))))).get(1));
    }

    @Test
    void shouldReportIncomparableUnionElementsAsSortingDoes() {
        assertEquals("Attempted to compare integer 2 with non-integer:\n\"a\"",
                fails(() -> SetOps.union(set(i(1), i(2)), set(v.s("a")))).getMessage());
    }

    @Test
    void shouldKeepOperationsOnInfiniteSetsLazyButAnswerMembership() {
        SetValue positive = SetOps.minus(InfiniteSetValue.NAT, set(i(0)));
        SetValue small = SetOps.intersect(InfiniteSetValue.NAT, range(-2, 2));

        assertFalse(positive.isFinite());
        assertTrue(positive.contains(i(5)));
        assertFalse(positive.contains(i(0)));
        assertEquals(set(i(0), i(1), i(2)), small);
        assertEquals("(Nat \\ {0})", positive.toString());
    }

    @Test
    void shouldRejectSetOperatorOnNonSet() {
        assertEquals("Attempted to apply the operator \\cup to the non-set value:\n1",
                fails(() -> SetOps.union(i(1), set())).getMessage());
    }

    @Test
    void shouldTestSubsets() {
        assertTrue(SetOps.subseteq(set(i(1)), range(0, 2)));
        assertFalse(SetOps.subseteq(set(i(1), i(5)), range(0, 2)));
        assertTrue(SetOps.subseteq(range(2, 3), range(1, 4)));
        assertTrue(SetOps.subseteq(range(5, 1), range(1, 1)));
        assertTrue(SetOps.subseteq(set(i(1)), InfiniteSetValue.NAT));
        assertTrue(SetOps.subseteq(InfiniteSetValue.NAT, InfiniteSetValue.INT));
    }

    @Test
    void shouldEnumeratePowersetInTlcOrder() {
        SetValue p = SetOps.powerset(set(i(1), i(2)));

        assertEquals(4, p.size());
        assertTrue(p.contains(set(i(2))));
        assertFalse(p.contains(set(i(3))));
        assertEquals("{{}, {1}, {2}, {1, 2}}", p.toString());
    }

    @Test
    void shouldReportOverflowOfHugePowerset() {
        SetValue p = SetOps.powerset(range(1, 40));

        assertEquals("Overflow when computing the number of elements in:\nSUBSET 1..40",
                fails(p::size).getMessage());
    }

    @Test
    void shouldComputeBigUnion() {
        SetValue u = SetOps.bigUnion(set(set(i(1)), set(i(2), i(3)), range(3, 4)));

        assertTrue(u.contains(i(4)));
        assertEquals(set(i(1), i(2), i(3), i(4)), u);
    }

    @Test
    void shouldComputeCardinalityAndFiniteness() {
        assertEquals(i(3), SetOps.cardinality(range(1, 3)));
        assertEquals(i(8), SetOps.cardinality(SetOps.powerset(range(1, 3))));
        assertTrue(SetOps.isFiniteSet(range(1, 3)));
        assertFalse(SetOps.isFiniteSet(InfiniteSetValue.NAT));
        assertEquals("Attemtped to compute cardinality of the value\nNat",
                fails(() -> SetOps.cardinality(InfiniteSetValue.NAT)).getMessage());
        assertEquals("Attempted to check if the integer 1 is a finite set.",
                fails(() -> SetOps.isFiniteSet(i(1))).getMessage());
    }

    @Test
    void shouldRejectEnumeratingInfiniteSet() {
        EvalException e = fails(() -> SetOps.enumerate(InfiniteSetValue.INT));

        assertEquals("Attempted to enumerate the set\nInt\nbut it is not finite.", e.getMessage());
    }

    @Test
    void shouldFilterFiniteSetsEagerlyAndInfiniteOnesLazily() {
        SetValue even = SetOps.filter(range(1, 6), x -> ((IntValue) x).value() % 2 == 0, "unused");
        SetValue positive = SetOps.filter(InfiniteSetValue.NAT, x -> ((IntValue) x).value() > 0,
                "{n \\in Nat : n > 0}");

        assertInstanceOf(SetEnumValue.class, even);
        assertEquals(set(i(2), i(4), i(6)), even);
        assertTrue(positive.contains(i(3)));
        assertFalse(positive.contains(i(0)));
        assertEquals("{n \\in Nat : n > 0}", positive.toString());
    }

    @Test
    void shouldMapSets() {
        SetEnumValue squares = SetOps.map(range(-2, 2), x -> Arith.times(x, x));

        assertEquals(set(i(0), i(1), i(4)), squares);
    }

    @Test
    void shouldChooseFirstElementInTlcOrder() {
        v.s("b");
        v.s("a");
        SetEnumValue s = set(v.s("a"), v.s("b"));

        assertEquals(v.s("b"), SetOps.choose(s, x -> true));
        assertEquals(i(3), SetOps.choose(range(1, 9), x -> ((IntValue) x).value() > 2));
    }

    @Test
    void shouldReportChooseWithoutWitness() {
        EvalException e = fails(() -> SetOps.choose(range(1, 3), x -> false));

        assertEquals("Attempted to compute the value of an expression of form\n"
                + "CHOOSE x \\in S: P, but no element of S satisfied P.", e.getMessage());
    }

    @Test
    void shouldBuildCartesianProducts() {
        SetValue p = SetOps.product(new Value[] {range(1, 2), set(v.s("x"))});

        assertEquals(2, p.size());
        assertTrue(p.contains(tup(i(2), v.s("x"))));
        assertFalse(p.contains(tup(i(2))));
        assertEquals("{<<1, \"x\">>, <<2, \"x\">>}", p.toString());
    }
}
