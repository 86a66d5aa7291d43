package io.tlaplex.frontend.value;

import static io.tlaplex.frontend.value.Vals.fails;
import static io.tlaplex.frontend.value.Vals.fcn;
import static io.tlaplex.frontend.value.Vals.i;
import static io.tlaplex.frontend.value.Vals.range;
import static io.tlaplex.frontend.value.Vals.set;
import static io.tlaplex.frontend.value.Vals.tup;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ValueOrderTest {
    private final Vals v = new Vals();

    @Test
    void shouldOrderIntegersNumerically() {
        assertTrue(i(-5).compareTo(i(3)) < 0);
        assertTrue(i(Integer.MAX_VALUE).compareTo(i(Integer.MIN_VALUE)) > 0);
        assertEquals(0, i(2000).compareTo(i(2000)));
    }

    @Test
    void shouldOrderBooleansFalseFirst() {
        assertTrue(BoolValue.FALSE.compareTo(BoolValue.TRUE) < 0);
    }

    @Test
    void shouldOrderStringsByFirstInterningLikeTlc() {
        StringValue b = v.s("b");
        StringValue a = v.s("a");

        assertTrue(b.compareTo(a) < 0);
        assertEquals("{\"b\", \"a\"}", set(a, b).toString());
    }

    @Test
    void shouldOrderUnrankedStringsAfterRankedOnesAlphabetically() {
        StringValue z = v.s("z");
        v.table.freeze();
        StringValue late2 = v.s("yy");
        StringValue late1 = v.s("xx");

        assertTrue(z.compareTo(late1) < 0);
        assertTrue(late1.compareTo(late2) < 0);
        assertEquals(StringTable.UNRANKED, late1.rank());
    }

    @Test
    void shouldOrderModelValuesBeforeEverythingElse() {
        ModelValue m = v.mv("m");

        assertTrue(m.compareTo(i(-1000)) < 0);
        assertTrue(set().compareTo(m) > 0);
        assertEquals("{m, 1, 2}", set(i(2), m, i(1)).toString());
    }

    @Test
    void shouldOrderSetsBySizeThenElements() {
        assertTrue(set(i(9)).compareTo(set(i(1), i(2))) < 0);
        assertTrue(set(i(1), i(3)).compareTo(set(i(1), i(2))) > 0);
        assertEquals("{{}, {1}, {2}, {1, 2}}", set(set(i(1), i(2)), set(i(2)), set(), set(i(1))).toString());
    }

    @Test
    void shouldOrderIntervalsLikeTheirEnumeration() {
        assertEquals(0, range(1, 3).compareTo(set(i(1), i(2), i(3))));
        assertEquals(0, range(5, 4).compareTo(range(1, 0)));
        assertTrue(range(2, 3).compareTo(range(1, 3)) < 0);
        assertTrue(range(2, 3).compareTo(range(1, 2)) > 0);
    }

    @Test
    void shouldOrderTuplesByLengthThenElements() {
        assertTrue(tup(i(5)).compareTo(tup(i(1), i(1))) < 0);
        assertTrue(tup(i(1), i(2)).compareTo(tup(i(1), i(3))) < 0);
    }

    @Test
    void shouldOrderRecordsByFieldNamesBeforeValues() {
        v.s("a");
        v.s("b");
        v.s("c");
        RecordValue ab = v.rec("a", i(9), "b", i(9));
        RecordValue ac = v.rec("a", i(0), "c", i(0));

        assertTrue(ab.compareTo(ac) < 0);
    }

    @Test
    void shouldCompareEqualAcrossFunctionRepresentations() {
        FcnValue viaDomain = FcnOps.fromDomain(range(1, 2), new Value[] {i(1), i(2)});
        RecordValue record = v.rec("a", i(1));
        FcnRcdValue overStrings = fcn(v.s("a"), i(1));

        assertEquals(0, tup(i(1), i(2)).compareTo(viaDomain));
        assertEquals(0, record.compareTo(overStrings));
        assertEquals(0, TupleValue.EMPTY.compareTo(FcnRcdValue.EMPTY));
    }

    @Test
    void shouldRejectComparingIntegerWithString() {
        EvalException e = fails(() -> i(1).compareTo(v.s("a")));

        assertEquals("Attempted to compare integer 1 with non-integer:\n\"a\"", e.getMessage());
    }

    @Test
    void shouldRejectSetsMixingIntegersAndStrings() {
        EvalException e = fails(() -> set(v.s("a"), i(1)));

        assertTrue(e.getMessage().startsWith("Attempted to compare "), e.getMessage());
    }

    @Test
    void shouldRejectComparingSetWithFunction() {
        EvalException e = fails(() -> set(i(1)).compareTo(tup(i(1))));

        assertEquals("Attempted to compare the set {1} with the value:\n<<1>>", e.getMessage());
    }

    @Test
    void shouldRejectComparingRecordWithInteger() {
        EvalException e = fails(() -> v.rec("a", i(1)).compareTo(i(1)));

        assertEquals("Attempted to compare record:\n[a |-> 1]\nwith non-record\n1", e.getMessage());
    }

    @Test
    void shouldRejectComparingEmptyTupleWithSetAsTlcPrintsIt() {
        EvalException e = fails(() -> TupleValue.EMPTY.compareTo(set()));

        assertEquals("Attempted to compare the function << >> with the value:\n{}", e.getMessage());
    }

    @Test
    void shouldRejectComparingBooleanWithInteger() {
        EvalException e = fails(() -> BoolValue.TRUE.compareTo(i(1)));

        assertEquals("Attempted to compare boolean TRUE with non-boolean:\n1", e.getMessage());
    }

    @Test
    void shouldRejectTypedModelValueAgainstNonModelValue() {
        ModelValue typed = v.mv("A_x");

        assertEquals("Attempted to compare the typed model value A_x and non-model value\n1",
                fails(() -> typed.compareTo(i(1))).getMessage());
        assertEquals("Attempted to compare the typed model value A_x and the non-model value\n1",
                fails(() -> i(1).compareTo(typed)).getMessage());
    }

    @Test
    void shouldRejectDifferentlyTypedModelValues() {
        ModelValue ax = v.mv("A_x");
        ModelValue by = v.mv("B_y");

        assertEquals("Attempted to compare the differently-typed model values A_x and B_y",
                fails(() -> ax.compareTo(by)).getMessage());
    }

    @Test
    void shouldOrderNatBeforeIntAndRejectNatAgainstFiniteSet() {
        assertTrue(InfiniteSetValue.NAT.compareTo(InfiniteSetValue.INT) < 0);
        assertEquals("Attempted to compare Nat with the value\n{1}",
                fails(() -> InfiniteSetValue.NAT.compareTo(set(i(1)))).getMessage());
    }
}
