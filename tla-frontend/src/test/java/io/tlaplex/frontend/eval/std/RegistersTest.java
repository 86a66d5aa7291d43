package io.tlaplex.frontend.eval.std;

import static io.tlaplex.frontend.eval.std.StdTesting.i;
import static io.tlaplex.frontend.eval.std.StdTesting.intSeq;
import static io.tlaplex.frontend.eval.std.StdTesting.op;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tlaplex.frontend.value.Arith;
import io.tlaplex.frontend.value.BoolValue;
import org.junit.jupiter.api.Test;

class RegistersTest {
    private final StdTesting t = new StdTesting();

    @Test
    void shouldReadBackARegisterThatWasSet() {
        assertSame(BoolValue.TRUE, t.call("TLC", "TLCSet", i(1), intSeq(4, 2)));

        assertEquals(intSeq(4, 2), t.call("TLC", "TLCGet", i(1)));
    }

    @Test
    void shouldReadNamedStatisticsFromTheRuntime() {
        t.rt.putNamed("level", i(3));

        assertEquals(i(3), t.call("TLC", "TLCGet", t.s("level")));
    }

    @Test
    void shouldReportUndefinedRegistersAndStatisticsAsTlcDoes() {
        assertEquals("TLCGet(2) was undefined.", t.error("TLC", "TLCGet", i(2)));
        assertEquals("TLCGet(foo) was undefined.", t.error("TLC", "TLCGet", t.s("foo")));
    }

    @Test
    void shouldHideTheCheckerStateKeysFromTlcGet() {
        t.rt.putNamed(Runtime.TRACE_KEY, intSeq(1));

        assertEquals("TLCGet(TLCExt!Trace) was undefined.", t.error("TLC", "TLCGet", t.s(Runtime.TRACE_KEY)));
    }

    @Test
    void shouldRejectKeysThatAreNeitherNaturalNumbersNorStrings() {
        assertEquals("The argument of TLCGet should be a nonnegative integer, but instead it is:\n-1",
                t.error("TLC", "TLCGet", i(-1)));
        assertEquals("The argument of TLCGet should be a nonnegative integer, but instead it is:\nTRUE",
                t.error("TLC", "TLCGet", BoolValue.TRUE));
        assertEquals("The first argument of TLCSet should be a nonnegative integer, but instead it is:\n-1",
                t.error("TLC", "TLCSet", i(-1), i(0)));
        assertEquals("The first argument of TLCSet should be a nonnegative integer, but instead it is:\n\"level\"",
                t.error("TLC", "TLCSet", t.s("level"), i(0)));
    }

    @Test
    void shouldAskTheRuntimeToStopOnExit() {
        assertSame(BoolValue.TRUE, t.call("TLC", "TLCSet", t.s("exit"), BoolValue.FALSE));
        assertFalse(t.rt.exitRequested());

        assertSame(BoolValue.TRUE, t.call("TLC", "TLCSet", t.s("exit"), BoolValue.TRUE));
        assertTrue(t.rt.exitRequested());
    }

    @Test
    void shouldFallBackToTheDefaultOnlyWhileARegisterIsUnset() {
        assertEquals(t.s("none"), t.call("TLCExt", "TLCGetOrDefault", i(3), t.s("none")));

        t.call("TLC", "TLCSet", i(3), i(9));

        assertEquals(i(9), t.call("TLCExt", "TLCGetOrDefault", i(3), t.s("none")));
    }

    @Test
    void shouldUpdateARegisterByTheOperatorAndReturnTheOldValue() {
        OperatorArg plus = op("+", 2, a -> Arith.plus(a[0], a[1]));

        assertEquals(i(10), t.call("TLCExt", "TLCGetAndSet", i(0), plus, i(5), i(10)));
        assertEquals(i(15), t.call("TLCExt", "TLCGetAndSet", i(0), plus, i(5), i(10)));
        assertEquals(i(20), t.call("TLC", "TLCGet", i(0)));
    }

    @Test
    void shouldRejectTlcGetAndSetWithoutABinaryOperator() {
        assertEquals("The second argument of TLCGetAndSet should be a operator, but instead it is:\n1",
                t.error("TLCExt", "TLCGetAndSet", i(0), i(1), i(5), i(10)));
    }
}
