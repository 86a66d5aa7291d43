package io.tlaplex.frontend.eval.std;

import static io.tlaplex.frontend.eval.std.StdTesting.i;
import static io.tlaplex.frontend.eval.std.StdTesting.ints;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tlaplex.frontend.value.BoolValue;
import io.tlaplex.frontend.value.InfiniteSetValue;
import io.tlaplex.frontend.value.SetValue;
import org.junit.jupiter.api.Test;

class ArithmeticModulesTest {
    private final StdTesting t = new StdTesting();

    @Test
    void shouldComputeNaturalsArithmetic() {
        assertEquals(i(5), t.call("Naturals", "+", i(2), i(3)));
        assertEquals(i(-1), t.call("Naturals", "-", i(2), i(3)));
        assertEquals(i(6), t.call("Naturals", "*", i(2), i(3)));
        assertEquals(i(8), t.call("Naturals", "^", i(2), i(3)));
        assertEquals(i(-4), t.call("Naturals", "\\div", i(-7), i(2)));
        assertEquals(i(1), t.call("Naturals", "%", i(-7), i(2)));
    }

    @Test
    void shouldCompareIntegersUnderEverySpelling() {
        assertSame(BoolValue.TRUE, t.call("Naturals", "<", i(2), i(3)));
        assertSame(BoolValue.FALSE, t.call("Naturals", ">", i(2), i(3)));
        assertSame(BoolValue.TRUE, t.call("Naturals", "<=", i(3), i(3)));
        assertSame(BoolValue.TRUE, t.call("Naturals", "\\leq", i(3), i(3)));
        assertSame(BoolValue.TRUE, t.call("Naturals", "=<", i(2), i(3)));
        assertSame(BoolValue.TRUE, t.call("Naturals", ">=", i(3), i(3)));
        assertSame(BoolValue.FALSE, t.call("Naturals", "\\geq", i(2), i(3)));
    }

    @Test
    void shouldBuildIntervalsAndInfiniteSets() {
        assertEquals(ints(1, 2, 3), t.call("Naturals", "..", i(1), i(3)));
        assertSame(InfiniteSetValue.NAT, t.call("Naturals", "Nat"));
        assertSame(InfiniteSetValue.INT, t.call("Integers", "Int"));
        assertTrue(((SetValue) t.call("Integers", "Int")).contains(i(-3)));
        assertFalse(((SetValue) t.call("Naturals", "Nat")).contains(i(-3)));
        assertEquals(i(-4), t.call("Integers", "-.", i(4)));
    }

    @Test
    void shouldReportOverflowAsTlcDoes() {
        assertEquals("Overflow when computing 2147483647+1", t.error("Naturals", "+", i(Integer.MAX_VALUE), i(1)));
        assertEquals("Overflow when computing 65536*65536", t.error("Naturals", "*", i(65536), i(65536)));
        assertEquals("Overflow when computing 2^31", t.error("Naturals", "^", i(2), i(31)));
        assertEquals("Overflow when computing --2147483648", t.error("Integers", "-.", i(Integer.MIN_VALUE)));
    }

    @Test
    void shouldReportDivisionErrorsAsTlcDoes() {
        assertEquals("The second argument of \\div is 0.", t.error("Naturals", "\\div", i(1), i(0)));
        assertEquals("The second argument of % should be a positive number, but instead it is:\n0",
                t.error("Naturals", "%", i(1), i(0)));
        assertEquals("0^0 is undefined.", t.error("Naturals", "^", i(0), i(0)));
    }

    @Test
    void shouldRejectNonIntegerOperands() {
        assertEquals("The second argument of + should be an integer, but instead it is:\n\"a\"",
                t.error("Naturals", "+", i(1), t.s("a")));
        assertEquals("The first argument of .. should be an integer, but instead it is:\nTRUE",
                t.error("Naturals", "..", BoolValue.TRUE, i(1)));
    }

    @Test
    void shouldRefuseRealNumbersWithAClearMessage() {
        assertEquals("Real numbers are not supported, so the set Real cannot be evaluated.",
                t.error("Reals", "Real"));
        assertEquals("Real numbers are not supported, so Infinity cannot be evaluated.",
                t.error("Reals", "Infinity"));
        assertEquals("Real numbers are not supported, so 1 / 2 cannot be evaluated.",
                t.error("Reals", "/", i(1), i(2)));
    }
}
