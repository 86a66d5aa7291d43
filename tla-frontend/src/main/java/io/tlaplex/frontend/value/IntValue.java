package io.tlaplex.frontend.value;

/** A 32-bit integer, as TLC has them; {@link Arith} reports overflow instead of wrapping. */
public final class IntValue extends Value {
    private static final int CACHE_LOW = -128;
    private static final int CACHE_HIGH = 1023;
    private static final IntValue[] CACHE = new IntValue[CACHE_HIGH - CACHE_LOW + 1];

    static {
        for (int i = 0; i < CACHE.length; i++) {
            CACHE[i] = new IntValue(i + CACHE_LOW);
        }
    }

    private final int value;

    private IntValue(int value) {
        this.value = value;
    }

    /** The integer {@code value}; small ones are shared instances. */
    public static IntValue of(int value) {
        if (value >= CACHE_LOW && value <= CACHE_HIGH) {
            return CACHE[value - CACHE_LOW];
        }
        return new IntValue(value);
    }

    /** The Java int. */
    public int value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IntValue i && i.value == value;
    }

    @Override
    public int hashCode() {
        return value;
    }

    @Override
    public void appendTo(StringBuilder out) {
        out.append(value);
    }

    @Override
    public void encode(MutableBuffer out) {
        ValueCodec.writeInt(out, value);
    }

    @Override
    long hash64() {
        return Fingerprint.ofInt(value);
    }

    @Override
    public Value permute(ModelValuePermutation permutation) {
        return this;
    }

    @Override
    public String kindString() {
        return "an integer";
    }

    @Override
    int family() {
        return FAMILY_INT;
    }

    @Override
    int compareSameFamily(Value other) {
        return Integer.compare(value, ((IntValue) other).value);
    }

    @Override
    EvalException compareMismatch(Value other) {
        return Errors.of("Attempted to compare integer " + Errors.ppr(this) + " with non-integer:\n"
                + Errors.ppr(other));
    }

    @Override
    boolean eqSameFamily(Value other) {
        return value == ((IntValue) other).value;
    }

    @Override
    EvalException eqMismatch(Value other) {
        return Errors.of("Attempted to check equality of integer " + Errors.ppr(this) + " with non-integer:\n"
                + Errors.ppr(other));
    }
}
