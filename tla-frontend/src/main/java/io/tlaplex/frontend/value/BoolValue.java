package io.tlaplex.frontend.value;

/** TRUE or FALSE; exactly two instances exist, FALSE before TRUE in TLC's order. */
public final class BoolValue extends Value {
    public static final BoolValue FALSE = new BoolValue(false);
    public static final BoolValue TRUE = new BoolValue(true);

    private final boolean value;

    private BoolValue(boolean value) {
        this.value = value;
    }

    /** The shared instance for {@code value}; compare booleans with {@code ==}. */
    public static BoolValue of(boolean value) {
        return value ? TRUE : FALSE;
    }

    public boolean value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return value ? 1231 : 1237;
    }

    @Override
    public void appendTo(StringBuilder out) {
        out.append(value ? "TRUE" : "FALSE");
    }

    @Override
    public void encode(MutableBuffer out) {
        out.putByte(value ? ValueCodec.TAG_TRUE : ValueCodec.TAG_FALSE);
    }

    @Override
    long hash64() {
        return Fingerprint.ofTag(value ? ValueCodec.TAG_TRUE : ValueCodec.TAG_FALSE);
    }

    @Override
    public Value permute(ModelValuePermutation permutation) {
        return this;
    }

    @Override
    public String kindString() {
        return "a Boolean value";
    }

    @Override
    int family() {
        return FAMILY_BOOL;
    }

    @Override
    int compareSameFamily(Value other) {
        return Boolean.compare(value, ((BoolValue) other).value);
    }

    @Override
    EvalException compareMismatch(Value other) {
        return Errors.of("Attempted to compare boolean " + Errors.ppr(this) + " with non-boolean:\n"
                + Errors.ppr(other));
    }

    @Override
    boolean eqSameFamily(Value other) {
        return this == other;
    }

    @Override
    EvalException eqMismatch(Value other) {
        return Errors.of("Attempted to compare equality of boolean " + Errors.ppr(this) + " with non-boolean:\n"
                + Errors.ppr(other));
    }
}
