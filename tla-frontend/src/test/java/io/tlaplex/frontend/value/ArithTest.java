package io.tlaplex.frontend.value;

import static io.tlaplex.frontend.value.Vals.fails;
import static io.tlaplex.frontend.value.Vals.i;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ArithTest {
    private final Vals v = new Vals();

    @Test
    void shouldAddSubtractAndMultiply() {
        assertEquals(i(7), Arith.plus(i(3), i(4)));
        assertEquals(i(-1), Arith.minus(i(3), i(4)));
        assertEquals(i(-12), Arith.times(i(3), i(-4)));
        assertEquals(i(-3), Arith.negate(i(3)));
    }

    @Test
    void shouldReportOverflowInsteadOfWrapping() {
        assertEquals("Overflow when computing 2147483647+1",
                fails(() -> Arith.plus(i(Integer.MAX_VALUE), i(1))).getMessage());
        assertEquals("Overflow when computing -2147483648-1",
                fails(() -> Arith.minus(i(Integer.MIN_VALUE), i(1))).getMessage());
        assertEquals("Overflow when computing 65536*65536",
                fails(() -> Arith.times(i(65536), i(65536))).getMessage());
        assertEquals("Overflow when computing --2147483648",
                fails(() -> Arith.negate(i(Integer.MIN_VALUE))).getMessage());
        assertEquals("Overflow when computing 2^31", fails(() -> Arith.power(i(2), i(31))).getMessage());
        assertEquals("Overflow when computing -2147483648 \\div -1",
                fails(() -> Arith.div(i(Integer.MIN_VALUE), i(-1))).getMessage());
    }

    @Test
    void shouldComputeExtremesThatStillFit() {
        assertEquals(i(Integer.MIN_VALUE), Arith.plus(i(Integer.MIN_VALUE + 1), i(-1)));
        assertEquals(i(Integer.MIN_VALUE), Arith.power(i(-2), i(31)));
        assertEquals(i(1 << 30), Arith.power(i(2), i(30)));
        assertEquals(i(-1), Arith.power(i(-1), i(Integer.MAX_VALUE)));
    }

    @Test
    void shouldRoundDivisionAndModulusTowardNegativeInfinity() {
        assertEquals(i(-4), Arith.div(i(-7), i(2)));
        assertEquals(i(3), Arith.div(i(7), i(2)));
        assertEquals(i(-4), Arith.div(i(7), i(-2)));
        assertEquals(i(1), Arith.mod(i(-7), i(2)));
        assertEquals(i(1), Arith.mod(i(7), i(3)));
    }

    @Test
    void shouldRejectDivisionByZero() {
        assertEquals("The second argument of \\div is 0.", fails(() -> Arith.div(i(1), i(0))).getMessage());
    }

    @Test
    void shouldRejectNonPositiveModulus() {
        assertEquals("The second argument of % should be a positive number, but instead it is:\n0",
                fails(() -> Arith.mod(i(5), i(0))).getMessage());
        assertEquals("The second argument of % should be a positive number, but instead it is:\n-3",
                fails(() -> Arith.mod(i(5), i(-3))).getMessage());
    }

    @Test
    void shouldRejectNegativeExponentAndZeroToTheZero() {
        assertEquals("The second argument of ^ should be a natural number, but instead it is:\n-1",
                fails(() -> Arith.power(i(2), i(-1))).getMessage());
        assertEquals("0^0 is undefined.", fails(() -> Arith.power(i(0), i(0))).getMessage());
        assertEquals(i(1), Arith.power(i(5), i(0)));
    }

    @Test
    void shouldCompareIntegers() {
        assertEquals(BoolValue.TRUE, Arith.lessThan(i(1), i(2)));
        assertEquals(BoolValue.FALSE, Arith.lessThan(i(2), i(2)));
        assertEquals(BoolValue.TRUE, Arith.lessOrEqual(i(2), i(2)));
        assertEquals(BoolValue.TRUE, Arith.greaterThan(i(3), i(2)));
        assertEquals(BoolValue.TRUE, Arith.greaterOrEqual(i(2), i(2)));
    }

    @Test
    void shouldRejectNonIntegerOperandsNamingTheArgument() {
        assertEquals("The first argument of < should be an integer, but instead it is:\n\"a\"",
                fails(() -> Arith.lessThan(v.s("a"), i(1))).getMessage());
        assertEquals("The second argument of + should be an integer, but instead it is:\n{}",
                fails(() -> Arith.plus(i(1), SetEnumValue.EMPTY)).getMessage());
    }

    @Test
    void shouldBuildIntervals() {
        IntervalValue r = Arith.range(i(2), i(4));

        assertEquals(2, r.low());
        assertEquals(3, r.size());
        assertEquals(0, Arith.range(i(4), i(2)).size());
    }
}
