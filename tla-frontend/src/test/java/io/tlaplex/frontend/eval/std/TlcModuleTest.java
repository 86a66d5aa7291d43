package io.tlaplex.frontend.eval.std;

import static io.tlaplex.frontend.eval.std.StdTesting.fcn;
import static io.tlaplex.frontend.eval.std.StdTesting.i;
import static io.tlaplex.frontend.eval.std.StdTesting.intSeq;
import static io.tlaplex.frontend.eval.std.StdTesting.ints;
import static io.tlaplex.frontend.eval.std.StdTesting.op;
import static io.tlaplex.frontend.eval.std.StdTesting.seq;
import static io.tlaplex.frontend.eval.std.StdTesting.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tlaplex.frontend.value.BoolValue;
import io.tlaplex.frontend.value.FcnValue;
import io.tlaplex.frontend.value.InfiniteSetValue;
import io.tlaplex.frontend.value.EvalException;
import io.tlaplex.frontend.value.IntValue;
import io.tlaplex.frontend.value.IntervalValue;
import io.tlaplex.frontend.value.SetEnumValue;
import io.tlaplex.frontend.value.SetValue;
import io.tlaplex.frontend.value.SubsetValue;
import io.tlaplex.frontend.value.TupleValue;
import io.tlaplex.frontend.value.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

class TlcModuleTest {
    private final StdTesting t = new StdTesting();
    private final OperatorArg lessThan = op("LAMBDA a, b : a < b", 2,
            a -> BoolValue.of(((IntValue) a[0]).value() < ((IntValue) a[1]).value()));

    @Test
    void shouldPrintBothValuesSeparatedByTwoSpacesAndReturnTheSecond() {
        Value result = t.call("TLC", "Print", t.s("x ="), intSeq(1, 2));

        assertEquals(intSeq(1, 2), result);
        assertEquals(List.of("\"x =\"  <<1, 2>>"), t.printed);
    }

    @Test
    void shouldMakeAnyASetContainingEveryValueThatCannotBeEnumerated() {
        SetValue any = (SetValue) t.call("TLC", "Any");

        assertTrue(any.contains(i(3)));
        assertTrue(any.contains(t.s("x")));
        assertTrue(any.contains(set(i(1))));
        assertThrows(EvalException.class, any::normalized);
    }

    @Test
    void shouldPrintTheValueAloneWithPrintT() {
        Value result = t.call("TLC", "PrintT", set(t.s("a"), t.s("b")));

        assertSame(BoolValue.TRUE, result);
        assertEquals(List.of("{\"a\", \"b\"}"), t.printed);
    }

    @Test
    void shouldBreakLongPrintedValuesOverLinesAsTlcsTraces() {
        Value wide = t.call("Naturals", "..", i(1_000_000), i(1_000_020));
        Value enumerated = ((SetValue) wide).normalized();

        t.call("TLC", "PrintT", enumerated);

        assertTrue(t.printed.get(0).startsWith("{ 1000000,\n  1000001,\n"), t.printed.get(0));
    }

    @Test
    void shouldReturnTrueWhenTheAssertionHolds() {
        assertSame(BoolValue.TRUE, t.call("TLC", "Assert", BoolValue.TRUE, t.s("unused")));
    }

    @Test
    void shouldRaiseAnAssertionFailureWithTlcsMessage() {
        AssertionFailure failure = assertThrows(AssertionFailure.class,
                () -> t.call("TLC", "Assert", BoolValue.FALSE, t.s("boom")));

        assertEquals("The first argument of Assert evaluated to FALSE; the second argument was:\n\"boom\"",
                failure.getMessage());
    }

    @Test
    void shouldTreatANonBooleanAssertionAsFailedLikeTlc() {
        AssertionFailure failure = assertThrows(AssertionFailure.class,
                () -> t.call("TLC", "Assert", i(1), intSeq(7)));

        assertEquals("The first argument of Assert evaluated to FALSE; the second argument was:\n<<7>>",
                failure.getMessage());
    }

    @Test
    void shouldReadJavaTimeFromTheRuntimeClockAsAPositiveInteger() {
        assertEquals(i((int) StdTesting.NOW_MS & Integer.MAX_VALUE), t.call("TLC", "JavaTime"));
    }

    @Test
    void shouldBuildAndMergeFunctions() {
        Value f = t.call("TLC", ":>", i(1), i(2));
        Value g = t.call("TLC", "@@", f, fcn(i(1), i(3), i(2), i(4)));

        assertEquals(fcn(i(1), i(2)), f);
        assertEquals(intSeq(2, 4), g);
        assertEquals("The second argument of @@ should be a function, but instead it is:\n1",
                t.error("TLC", "@@", f, i(1)));
    }

    @Test
    void shouldListAllBijectionsAsPermutations() {
        SetEnumValue perms = (SetEnumValue) t.call("TLC", "Permutations", ints(1, 2, 3));

        assertEquals(6, perms.size());
        for (int k = 0; k < perms.size(); k++) {
            FcnValue p = (FcnValue) perms.get(k);
            assertEquals(ints(1, 2, 3), p.domain());
            assertEquals(3, SetEnumValue.of(new Value[] {p.valueAt(0), p.valueAt(1), p.valueAt(2)}).size());
        }
        assertEquals(set(TupleValue.EMPTY), t.call("TLC", "Permutations", SetEnumValue.EMPTY));
        assertEquals("Applying Permutations to the following value,\nwhich is not a finite set:\nNat",
                t.error("TLC", "Permutations", InfiniteSetValue.NAT));
    }

    @Test
    void shouldSortSequencesByTheOperator() {
        assertEquals(intSeq(1, 2, 3, 3), t.call("TLC", "SortSeq", intSeq(3, 1, 3, 2), lessThan));
    }

    @Test
    void shouldSortStablyKeepingTheOrderOfElementsTheOperatorDoesNotSeparate() {
        OperatorArg byKey = op("ByKey", 2, a -> BoolValue.of(
                ((IntValue) ((TupleValue) a[0]).get(0)).value() < ((IntValue) ((TupleValue) a[1]).get(0)).value()));
        TupleValue input = seq(seq(i(2), t.s("a")), seq(i(1), t.s("b")), seq(i(2), t.s("c")), seq(i(1), t.s("d")));

        assertEquals(seq(seq(i(1), t.s("b")), seq(i(1), t.s("d")), seq(i(2), t.s("a")), seq(i(2), t.s("c"))),
                t.call("TLC", "SortSeq", input, byKey));
    }

    @Test
    void shouldRejectSortSeqArgumentsAsTlcDoes() {
        OperatorArg notBoolean = op("Bad", 2, a -> i(5));

        assertEquals("The first argument of SortSeq should be a natural number, but instead it is:\n{1}",
                t.error("TLC", "SortSeq", ints(1), lessThan));
        assertEquals("The second argument of SortSeq should be a function, but instead it is:\n1",
                t.error("TLC", "SortSeq", intSeq(2, 1), i(1)));
        assertEquals("The second argument of SortSeq should be a boolean function, but instead it is:\n5",
                t.error("TLC", "SortSeq", intSeq(2, 1), notBoolean));
    }

    @Test
    void shouldDrawRandomElementsFromTheRunsSeededGenerator() {
        StdTesting other = new StdTesting();
        Value interval = new IntervalValue(1, 1000);

        for (int k = 0; k < 20; k++) {
            Value x = t.call("TLC", "RandomElement", interval);
            assertTrue(((SetValue) interval).contains(x));
            assertEquals(x, other.call("TLC", "RandomElement", interval));
        }
    }

    @Test
    void shouldDrawEveryElementOfASmallSetEventually() {
        Value[] drawn = new Value[200];

        for (int k = 0; k < drawn.length; k++) {
            drawn[k] = t.call("TLC", "RandomElement", ints(1, 2, 3));
        }

        assertEquals(ints(1, 2, 3), SetEnumValue.of(drawn));
    }

    @Test
    void shouldDrawSubsetsWithoutEnumeratingThem() {
        SubsetValue powerset = new SubsetValue(ints(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));

        Value subset = t.call("TLC", "RandomElement", powerset);

        assertTrue(powerset.contains(subset));
    }

    @Test
    void shouldRejectRandomElementOfInfiniteOrEmptySets() {
        assertEquals("Applying RandomElement to the following value,\nwhich is not a finite set:\nNat",
                t.error("TLC", "RandomElement", InfiniteSetValue.NAT));
        assertEquals("Applying RandomElement to the following value,\nwhich is not a non-empty finite set:\n{}",
                t.error("TLC", "RandomElement", SetEnumValue.EMPTY));
    }

    @Test
    void shouldRenderValuesInTlcSyntaxWithToString() {
        assertEquals(t.s("<<1, \"a\", {TRUE}>>"),
                t.call("TLC", "ToString", seq(i(1), t.s("a"), set(BoolValue.TRUE))));
        assertEquals(t.s("1..3"), t.call("TLC", "ToString", new IntervalValue(1, 3)));
    }

    @Test
    void shouldReturnTheSameValueFromTlcEvalEnumeratingFiniteSets() {
        Value interval = new IntervalValue(1, 3);

        Value result = t.call("TLC", "TLCEval", interval);

        assertInstanceOf(SetEnumValue.class, result);
        assertEquals(interval, result);
        assertSame(InfiniteSetValue.NAT, t.call("TLC", "TLCEval", InfiniteSetValue.NAT));
    }
}
