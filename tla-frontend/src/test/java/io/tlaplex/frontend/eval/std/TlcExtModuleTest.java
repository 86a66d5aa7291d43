package io.tlaplex.frontend.eval.std;

import static io.tlaplex.frontend.eval.std.StdTesting.fcn;
import static io.tlaplex.frontend.eval.std.StdTesting.i;
import static io.tlaplex.frontend.eval.std.StdTesting.intSeq;
import static io.tlaplex.frontend.eval.std.StdTesting.ints;
import static io.tlaplex.frontend.eval.std.StdTesting.op;
import static io.tlaplex.frontend.eval.std.StdTesting.seq;
import static io.tlaplex.frontend.eval.std.StdTesting.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tlaplex.frontend.value.BoolValue;
import io.tlaplex.frontend.value.EvalException;
import io.tlaplex.frontend.value.Fingerprint;
import io.tlaplex.frontend.value.IntValue;
import io.tlaplex.frontend.value.IntervalValue;
import io.tlaplex.frontend.value.ModelValue;
import io.tlaplex.frontend.value.SetEnumValue;
import io.tlaplex.frontend.value.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

class TlcExtModuleTest {
    private final StdTesting t = new StdTesting();

    @Test
    void shouldHoldSilentlyWhenAssertEqsValuesAreEqual() {
        assertSame(BoolValue.TRUE, t.call("TLCExt", "AssertEq", intSeq(1, 2), fcn(i(1), i(1), i(2), i(2))));
        assertEquals(List.of(), t.printed);
    }

    @Test
    void shouldPrintBothValuesWhenAssertEqFails() {
        assertSame(BoolValue.FALSE, t.call("TLCExt", "AssertEq", intSeq(1), intSeq(2)));
        assertEquals(List.of("\"Assertion failed\"", "<<1>>", "<<2>>"), t.printed);
    }

    @Test
    void shouldReportIncomparableValuesInAssertEqAsEqualityDoes() {
        assertEquals("Attempted to check equality of integer 1 with non-integer:\n\"a\"",
                t.error("TLCExt", "AssertEq", i(1), t.s("a")));
    }

    @Test
    void shouldTakeAssertErrorsExpressionUnevaluated() {
        StdOp.General assertError = (StdOp.General) StandardLibrary.lookup("TLCExt", "AssertError");

        assertFalse(assertError.isLazy(0));
        assertTrue(assertError.isLazy(1));
    }

    @Test
    void shouldHoldWhenTheExpressionFailsWithExactlyTheExpectedMessage() {
        String message = "The first argument of Assert evaluated to FALSE; the second argument was:\n\"bad\"";
        OperatorArg failingAssert = op("Assert(FALSE, \"bad\")", 0,
                a -> t.call("TLC", "Assert", BoolValue.FALSE, t.s("bad")));

        assertSame(BoolValue.TRUE, t.call("TLCExt", "AssertError", t.s(message), failingAssert));
        assertSame(BoolValue.FALSE, t.call("TLCExt", "AssertError", t.s("other message"), failingAssert));
    }

    @Test
    void shouldFailAssertErrorWhenTheExpressionEvaluates() {
        OperatorArg fine = op("1 + 1", 0, a -> i(2));

        assertSame(BoolValue.FALSE, t.call("TLCExt", "AssertError", t.s("anything"), fine));
    }

    @Test
    void shouldRejectANonStringExpectedError() {
        OperatorArg failing = op("boom", 0, a -> {
            throw new EvalException("boom");
        });

        assertEquals("In computing AssertError, a non-string expression (1) was used as the err of an"
                + " AssertError(err, exp).", t.error("TLCExt", "AssertError", i(1), failing));
    }

    @Test
    void shouldReturnTheTraceTheCheckerProvides() {
        Value trace = seq(t.rec("x", i(0)), t.rec("x", i(1)));
        t.rt.putNamed(Runtime.TRACE_KEY, trace);

        assertEquals(trace, t.call("TLCExt", "Trace"));
    }

    @Test
    void shouldReportAMissingTrace() {
        assertEquals("TLCExt!Trace is not available here: there is no behavior leading to a state.",
                t.error("TLCExt", "Trace"));
    }

    @Test
    void shouldGiveTlcsEmptyCounterExampleWhenThereIsNone() {
        assertEquals(t.rec("action", SetEnumValue.EMPTY, "state", SetEnumValue.EMPTY),
                t.call("TLCExt", "CounterExample"));
    }

    @Test
    void shouldOrderTheCounterExamplesStatesByOrdinal() {
        Value s1 = t.rec("x", i(0));
        Value s2 = t.rec("x", i(1));
        Value ce = t.rec("action", set(seq(seq(i(1), s1), t.rec("name", t.s("Next")), seq(i(2), s2))),
                "state", set(seq(i(2), s2), seq(i(1), s1)));
        t.rt.putNamed(Runtime.COUNTER_EXAMPLE_KEY, ce);

        Value graph = t.call("TLCExt", "CounterExample");

        assertEquals(ce, graph);
        assertEquals(seq(s1, s2), t.call("TLCExt", "ToTrace", graph));
    }

    @Test
    void shouldRejectToTraceOfANonCounterExample() {
        assertEquals("The argument of ToTrace should be a CounterExample, but instead it is:\n1",
                t.error("TLCExt", "ToTrace", i(1)));
        assertEquals("The argument of ToTrace should be a CounterExample, but instead it is:\n[state |-> {<<2, 0>>}]",
                t.error("TLCExt", "ToTrace", t.rec("state", set(seq(i(2), i(0))))));
    }

    @Test
    void shouldMakeTheModelValueNamedByAString() {
        ModelValue declared = t.strings.declareModelValue("m1");

        assertSame(declared, t.call("TLCExt", "TLCModelValue", t.s("m1")));
        assertInstanceOf(ModelValue.class, t.call("TLCExt", "TLCModelValue", t.s("fresh")));
    }

    @Test
    void shouldReportModelValuesUnknownOnceTheRunHasStarted() {
        t.s("late");
        t.strings.freeze();

        assertEquals("TLCModelValue(\"late\") names a model value that was not declared before the run started.",
                t.error("TLCExt", "TLCModelValue", t.s("late")));
        assertEquals("The argument of ModelValue should be a string, but instead it is:\n1",
                t.error("TLCExt", "TLCModelValue", i(1)));
    }

    @Test
    void shouldPassValuesThroughTheEvaluationHints() {
        assertSame(BoolValue.TRUE, t.call("TLCExt", "TLCDefer", i(1)));
        assertEquals(intSeq(1), t.call("TLCExt", "TLCNoOp", intSeq(1)));
        assertEquals(i(3), t.call("TLCExt", "TLCCache", i(3), t.s("key")));
    }

    @Test
    void shouldAcceptEverySuccessorWithoutAUserToAsk() {
        assertSame(BoolValue.TRUE, t.call("TLCExt", "PickSuccessor", BoolValue.TRUE));
        assertSame(BoolValue.TRUE, t.call("TLCExt", "PickSuccessor", BoolValue.FALSE));
        assertEquals("In evaluating TLCExt!PickSuccessor, a non-boolean expression (an integer) was used as the"
                + " condition of an IF.\n1", t.error("TLCExt", "PickSuccessor", i(1)));
    }

    @Test
    void shouldFingerprintEqualValuesEquallyWhateverTheirRepresentation() {
        Value fp = t.call("TLCExt", "TLCFP", new IntervalValue(1, 3));

        assertEquals(IntValue.of((int) Fingerprint.of(ints(1, 2, 3), 0L)), fp);
        assertEquals(fp, t.call("TLCExt", "TLCFP", ints(3, 2, 1)));
    }
}
