package io.tlaplex.frontend.value;

/**
 * Integer arithmetic and comparison of the Naturals and Integers modules with TLC's semantics: 32-bit integers,
 * overflow reported as an {@link EvalException} ("Overflow when computing 2147483647+1") and never wrapped,
 * {@code \div} and {@code %} rounding toward negative infinity, {@code %} requiring a positive divisor.
 */
public final class Arith {
    private Arith() {
    }

    /** {@code a + b}; overflow is an error. */
    public static IntValue plus(Value a, Value b) {
        int x = intArg("first", "+", a);
        int y = intArg("second", "+", b);
        int r = x + y;
        if (((x ^ r) & (y ^ r)) < 0) {
            throw Errors.overflow(x + "+" + y);
        }
        return IntValue.of(r);
    }

    /** {@code a - b}; overflow is an error. */
    public static IntValue minus(Value a, Value b) {
        int x = intArg("first", "-", a);
        int y = intArg("second", "-", b);
        int r = x - y;
        if (((x ^ y) & (x ^ r)) < 0) {
            throw Errors.overflow(x + "-" + y);
        }
        return IntValue.of(r);
    }

    /** {@code a * b}; overflow is an error. */
    public static IntValue times(Value a, Value b) {
        int x = intArg("first", "*", a);
        int y = intArg("second", "*", b);
        long r = (long) x * y;
        if (r != (int) r) {
            throw Errors.overflow(x + "*" + y);
        }
        return IntValue.of((int) r);
    }

    /** Unary minus {@code -a}. */
    public static IntValue negate(Value a) {
        int x = intArg("first", "-", a);
        if (x == Integer.MIN_VALUE) {
            throw Errors.overflow("--2147483648");
        }
        return IntValue.of(-x);
    }

    /** {@code a \div b}: the quotient rounded toward negative infinity. */
    public static IntValue div(Value a, Value b) {
        int x = intArg("first", "\\div", a);
        int y = intArg("second", "\\div", b);
        if (y == 0) {
            throw Errors.of("The second argument of \\div is 0.");
        }
        if (x == Integer.MIN_VALUE && y == -1) {
            throw Errors.overflow("-2147483648 \\div -1");
        }
        return IntValue.of(Math.floorDiv(x, y));
    }

    /** {@code a % b} for {@code b > 0}: the remainder in {@code 0..b-1}. */
    public static IntValue mod(Value a, Value b) {
        int x = intArg("first", "%", a);
        int y = intArg("second", "%", b);
        if (y <= 0) {
            throw Errors.of("The second argument of % should be a positive number, but instead it is:\n" + y);
        }
        return IntValue.of(Math.floorMod(x, y));
    }

    /** {@code a ^ b} for {@code b >= 0}; {@code 0^0} is undefined, as in TLC. */
    public static IntValue power(Value a, Value b) {
        int x = intArg("first", "^", a);
        int y = intArg("second", "^", b);
        if (y < 0) {
            throw Errors.of("The second argument of ^ should be a natural number, but instead it is:\n" + y);
        }
        if (y == 0) {
            if (x == 0) {
                throw Errors.of("0^0 is undefined.");
            }
            return IntValue.of(1);
        }
        if (x == 0 || x == 1) {
            return IntValue.of(x);
        }
        if (x == -1) {
            return IntValue.of((y & 1) == 0 ? 1 : -1);
        }
        if (y >= Integer.SIZE) {
            throw Errors.overflow(x + "^" + y);
        }
        long r = x;
        for (int i = 1; i < y; i++) {
            r *= x;
            if (r != (int) r) {
                throw Errors.overflow(x + "^" + y);
            }
        }
        return IntValue.of((int) r);
    }

    /** {@code a < b}. */
    public static BoolValue lessThan(Value a, Value b) {
        return BoolValue.of(intArg("first", "<", a) < intArg("second", "<", b));
    }

    /** {@code a \leq b}. */
    public static BoolValue lessOrEqual(Value a, Value b) {
        return BoolValue.of(intArg("first", "<=", a) <= intArg("second", "<=", b));
    }

    /** {@code a > b}. */
    public static BoolValue greaterThan(Value a, Value b) {
        return BoolValue.of(intArg("first", ">", a) > intArg("second", ">", b));
    }

    /** {@code a \geq b}. */
    public static BoolValue greaterOrEqual(Value a, Value b) {
        return BoolValue.of(intArg("first", ">=", a) >= intArg("second", ">=", b));
    }

    /** {@code a..b}, kept lazy. */
    public static IntervalValue range(Value a, Value b) {
        return new IntervalValue(intArg("first", "..", a), intArg("second", "..", b));
    }

    /** The int inside {@code v}, or TLC's "should be an integer" error naming the argument and operator. */
    static int intArg(String ordinal, String operator, Value v) {
        if (v instanceof IntValue i) {
            return i.value();
        }
        throw Errors.argumentAn(ordinal, operator, "integer", v);
    }
}
