package io.tlaplex.frontend.value;

import static io.tlaplex.frontend.value.Vals.fails;
import static io.tlaplex.frontend.value.Vals.fcn;
import static io.tlaplex.frontend.value.Vals.i;
import static io.tlaplex.frontend.value.Vals.range;
import static io.tlaplex.frontend.value.Vals.set;
import static io.tlaplex.frontend.value.Vals.tup;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EqualityTest {
    private final Vals v = new Vals();

    @Test
    void shouldEquateTupleWithFunctionOnOneToN() {
        FcnValue f = FcnOps.fromDomain(range(1, 2), new Value[] {i(1), i(2)});
        FcnRcdValue g = fcn(i(2), i(2), i(1), i(1));

        assertTrue(Equality.eq(tup(i(1), i(2)), f));
        assertTrue(Equality.eq(tup(i(1), i(2)), g));
        assertEquals(tup(i(1), i(2)), f);
        assertEquals(tup(i(1), i(2)).hashCode(), f.hashCode());
        assertEquals(f.hashCode(), g.hashCode());
    }

    @Test
    void shouldEquateRecordWithFunctionOnStrings() {
        RecordValue r = v.rec("b", i(2), "a", i(1));
        FcnRcdValue f = fcn(v.s("a"), i(1), v.s("b"), i(2));

        assertTrue(Equality.eq(r, f));
        assertEquals(r, f);
        assertEquals(r.hashCode(), f.hashCode());
    }

    @Test
    void shouldEquateEmptyTupleEmptyFunctionAndEmptyRecordButNotEmptySet() {
        RecordValue empty = RecordValue.of(new StringValue[0], new Value[0]);

        assertTrue(Equality.eq(TupleValue.EMPTY, FcnRcdValue.EMPTY));
        assertTrue(Equality.eq(FcnRcdValue.EMPTY, empty));
        assertNotEquals(TupleValue.EMPTY, SetEnumValue.EMPTY);
        assertEquals("Attempted to check equality of the function << >> with the value:\n{}",
                fails(() -> Equality.eq(TupleValue.EMPTY, SetEnumValue.EMPTY)).getMessage());
    }

    @Test
    void shouldEquateIntervalWithEnumeratedSet() {
        assertTrue(Equality.eq(range(1, 3), set(i(3), i(1), i(2))));
        assertTrue(Equality.eq(range(4, 1), SetEnumValue.EMPTY));
        assertEquals(range(1, 3), set(i(1), i(2), i(3)));
        assertEquals(range(1, 3).hashCode(), set(i(1), i(2), i(3)).hashCode());
    }

    @Test
    void shouldEquateLazySetWithItsEnumeration() {
        SetValue subsets = SetOps.powerset(set(i(1)));

        assertTrue(Equality.eq(subsets, set(set(), set(i(1)))));
        assertEquals(set(set(), set(i(1))), subsets);
        assertEquals(set(set(), set(i(1))).hashCode(), subsets.hashCode());
    }

    @Test
    void shouldHashValuesWithInfinitePartsWithoutThrowing() {
        FcnValue f = FcnOps.fromDomain(range(1, 2), new Value[] {InfiniteSetValue.NAT, i(1)});
        RecordValue r = v.rec("a", set(InfiniteSetValue.INT));

        assertEquals(tup(InfiniteSetValue.NAT, i(1)).hashCode(), f.hashCode());
        assertEquals(tup(InfiniteSetValue.NAT, i(1)), f);
        assertEquals(fcn(v.s("a"), set(InfiniteSetValue.INT)).hashCode(), r.hashCode());
        assertNotEquals(tup(InfiniteSetValue.INT, i(1)), f);
    }

    @Test
    void shouldFindSetsOfDifferentSizesUnequalWithoutComparingElements() {
        assertFalse(Equality.eq(set(i(1)), set(v.s("a"), v.s("b"))));
    }

    @Test
    void shouldRejectEqualityOfIntegerAndString() {
        assertEquals("Attempted to check equality of integer 1 with non-integer:\n\"a\"",
                fails(() -> Equality.eq(i(1), v.s("a"))).getMessage());
        assertEquals("Attempted to check equality of string \"a\" with non-string:\n1",
                fails(() -> Equality.eq(v.s("a"), i(1))).getMessage());
    }

    @Test
    void shouldRejectEqualityOfBooleanAndSet() {
        assertEquals("Attempted to compare equality of boolean TRUE with non-boolean:\n{}",
                fails(() -> Equality.eq(BoolValue.TRUE, set())).getMessage());
    }

    @Test
    void shouldRejectEqualityOfRecordAndInteger() {
        assertEquals("Attempted to check equality of record:\n[a |-> 1]\nwith non-record\n1",
                fails(() -> Equality.eq(v.rec("a", i(1)), i(1))).getMessage());
    }

    @Test
    void shouldRejectEqualityOfSetAndInteger() {
        assertEquals("Attempted to check equality of the set {1} with the value:\n1",
                fails(() -> Equality.eq(set(i(1)), i(1))).getMessage());
    }

    @Test
    void shouldRejectEqualityOfIncomparableElementsInsideEqualSizedSets() {
        EvalException e = fails(() -> Equality.eq(set(i(1)), set(v.s("a"))));

        assertEquals("Attempted to check equality of integer 1 with non-integer:\n\"a\"", e.getMessage());
    }

    @Test
    void shouldFindUntypedModelValueUnequalToAnyOtherValue() {
        ModelValue m = v.mv("m");

        assertFalse(Equality.eq(m, i(1)));
        assertFalse(Equality.eq(set(), m));
        assertFalse(Equality.eq(m, v.mv("n")));
        assertTrue(Equality.eq(m, v.table.modelValue("m")));
    }

    @Test
    void shouldRejectTypedModelValueEqualityWithNonModelValue() {
        ModelValue typed = v.mv("A_x");

        assertEquals("Attempted to check equality of typed model value A_x and non-model value\n1",
                fails(() -> Equality.eq(typed, i(1))).getMessage());
        assertEquals("Attempted to check equality of the typed model value A_x and the non-model value\n1",
                fails(() -> Equality.eq(i(1), typed)).getMessage());
        assertEquals("Attempted to check equality of the differently-typed model values A_x and B_y",
                fails(() -> Equality.eq(typed, v.mv("B_y"))).getMessage());
        assertFalse(Equality.eq(typed, v.mv("plain")));
    }

    @Test
    void shouldNeverThrowFromJavaEquals() {
        assertNotEquals(i(1), v.s("1"));
        assertNotEquals(set(i(1)), set(v.s("a")));
        assertNotEquals(InfiniteSetValue.NAT, set());
    }

    @Test
    void shouldEquateInfiniteSetsOnlyWithThemselves() {
        assertTrue(Equality.eq(InfiniteSetValue.NAT, InfiniteSetValue.NAT));
        assertFalse(Equality.eq(InfiniteSetValue.NAT, InfiniteSetValue.INT));
        assertEquals("Attempted to check equality of the set {1} with the value:\nNat",
                fails(() -> Equality.eq(set(i(1)), InfiniteSetValue.NAT)).getMessage());
    }
}
