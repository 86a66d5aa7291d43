package io.tlaplex.frontend.value;

import static io.tlaplex.frontend.value.Vals.fails;
import static io.tlaplex.frontend.value.Vals.fcn;
import static io.tlaplex.frontend.value.Vals.i;
import static io.tlaplex.frontend.value.Vals.range;
import static io.tlaplex.frontend.value.Vals.set;
import static io.tlaplex.frontend.value.Vals.tup;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FcnOpsTest {
    private final Vals v = new Vals();

    private static FcnValue squares(int n) {
        Value[] values = new Value[n];
        for (int k = 0; k < n; k++) {
            values[k] = i((k + 1) * (k + 1));
        }
        return FcnOps.fromDomain(range(1, n), values);
    }

    @Test
    void shouldApplyFunctionsTuplesAndRecords() {
        assertEquals(i(4), FcnOps.apply(squares(3), i(2)));
        assertEquals(v.s("b"), FcnOps.apply(tup(v.s("a"), v.s("b")), i(2)));
        assertEquals(i(1), FcnOps.apply(v.rec("x", i(1)), v.s("x")));
        assertEquals(i(7), FcnOps.apply(fcn(set(), i(7), set(i(1)), i(8)), set()));
    }

    @Test
    void shouldReportArgumentOutsideDomainLikeTlc() {
        FcnValue f = FcnOps.fromDomain(range(1, 2), new Value[] {i(1), i(2)});

        EvalException e = fails(() -> FcnOps.apply(f, i(3)));

        assertEquals("Attempted to apply function:\n<<1, 2>>\nto argument 3, which is not in the domain of the "
                + "function.", e.getMessage());
    }

    @Test
    void shouldReportNonIntegerArgumentOfFunctionOnInterval() {
        assertEquals("Attempted to apply function with integer domain to the non-integer argument \"a\"",
                fails(() -> FcnOps.apply(squares(2), v.s("a"))).getMessage());
    }

    @Test
    void shouldReportArgumentOfAnotherKindWithTlcEqualityError() {
        FcnRcdValue f = fcn(i(1), i(1), i(5), i(2));

        assertEquals("Attempted to check equality of integer 1 with non-integer:\n\"a\"",
                fails(() -> FcnOps.apply(f, v.s("a"))).getMessage());
    }

    @Test
    void shouldReportTupleIndexOutOfBounds() {
        assertEquals("Attempted to access index 3 of tuple\n<<1, 2>>\nwhich is out of bounds.",
                fails(() -> FcnOps.apply(tup(i(1), i(2)), i(3))).getMessage());
        assertEquals("Attempted to access tuple at a non integral index: \"a\"",
                fails(() -> FcnOps.apply(tup(i(1)), v.s("a"))).getMessage());
    }

    @Test
    void shouldReportMissingRecordField() {
        RecordValue r = v.rec("a", i(1));

        assertEquals("Attempted to access nonexistent field 'b' of record\n[a |-> 1]",
                fails(() -> FcnOps.apply(r, v.s("b"))).getMessage());
        assertEquals("Attempted to access record by a non-string argument: 1",
                fails(() -> FcnOps.apply(r, i(1))).getMessage());
    }

    @Test
    void shouldRejectApplyingNonFunction() {
        assertEquals("A non-function (a set of the form {e1, ... ,eN}) was applied as a function.",
                fails(() -> FcnOps.apply(set(), i(1))).getMessage());
    }

    @Test
    void shouldComputeDomains() {
        assertEquals(range(1, 3), FcnOps.domain(squares(3)));
        assertEquals(range(1, 2), FcnOps.domain(tup(i(5), i(6))));
        assertEquals(set(v.s("a"), v.s("b")), FcnOps.domain(v.rec("b", i(1), "a", i(2))));
        assertEquals("Attempted to apply the operator DOMAIN to a non-function\n(an integer)",
                fails(() -> FcnOps.domain(i(1))).getMessage());
    }

    @Test
    void shouldUpdateAtNestedPath() {
        RecordValue r = v.rec("a", tup(i(1), i(2)), "b", i(0));

        Value updated = FcnOps.except(r, new Value[] {v.s("a"), i(2)}, i(9));

        assertEquals(v.rec("a", tup(i(1), i(9)), "b", i(0)), updated);
        assertEquals(i(2), FcnOps.selectPath(r, new Value[] {v.s("a"), i(2)}));
        assertEquals(v.rec("a", tup(i(1), i(2)), "b", i(0)), r);
    }

    @Test
    void shouldLeaveValueUnchangedWhenExceptPathLeavesTheDomain() {
        FcnValue f = squares(2);

        assertSame(f, FcnOps.except(f, new Value[] {i(5)}, i(0)));
        assertNull(FcnOps.selectPath(f, new Value[] {i(5)}));
    }

    @Test
    void shouldRejectExceptThroughNonFunction() {
        FcnValue f = squares(2);

        assertEquals("Attempted to apply EXCEPT construct to the value 4.",
                fails(() -> FcnOps.selectPath(f, new Value[] {i(2), i(1)})).getMessage());
    }

    @Test
    void shouldUpdateGeneralFunctionsAndKeepRepresentation() {
        FcnRcdValue f = fcn(v.mv("p"), i(0), v.mv("q"), i(0));

        FcnValue g = (FcnValue) FcnOps.except(f, new Value[] {v.mv("q")}, i(1));

        assertEquals("(p :> 0 @@ q :> 1)", g.toString());
    }

    @Test
    void shouldEnumerateFunctionSetsInTlcOrder() {
        SetValue fs = FcnOps.setOfFcns(set(v.mv("p"), v.mv("q")), range(0, 1));

        assertEquals(4, fs.size());
        assertEquals("{(p :> 0 @@ q :> 0), (p :> 0 @@ q :> 1), (p :> 1 @@ q :> 0), (p :> 1 @@ q :> 1)}",
                fs.toString());
    }

    @Test
    void shouldTestMembershipInFunctionSetsWithoutEnumerating() {
        SetValue fs = FcnOps.setOfFcns(range(1, 20), InfiniteSetValue.NAT);

        assertFalse(fs.isFinite());
        assertTrue(fs.contains(squares(20)));
        assertFalse(fs.contains(squares(19)));
        assertFalse(fs.contains(tup(i(-1))));
        assertTrue(FcnOps.setOfFcns(range(1, 2), range(0, 9)).contains(tup(i(3), i(4))));
    }

    @Test
    void shouldReportOverflowOfHugeFunctionSet() {
        SetValue fs = FcnOps.setOfFcns(range(1, 40), range(0, 1));

        assertEquals("Overflow when computing the number of elements in:\n[1..40 -> 0..1]",
                fails(fs::size).getMessage());
    }

    @Test
    void shouldMakeTheOnlyFunctionOnTheEmptySet() {
        SetValue fs = FcnOps.setOfFcns(set(), InfiniteSetValue.NAT);

        assertEquals(1, fs.size());
        assertEquals(set(TupleValue.EMPTY), fs);
    }
}
