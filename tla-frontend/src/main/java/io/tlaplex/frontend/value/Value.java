package io.tlaplex.frontend.value;

/**
 * An immutable TLA+ value, with TLC's semantics. Values are shared freely between threads once built.
 *
 * <p>Three notions of sameness exist, on purpose:
 * <ul>
 *   <li>{@link #compareTo} is TLC's order. It is total on every family of values that can share a set
 *       (model values sort before everything else) and throws {@link EvalException} with TLC's message when
 *       two incomparable values meet, for example an integer and a string. Sets are stored sorted by it and
 *       CHOOSE picks the first element in it.</li>
 *   <li>{@link Equality#eq} is TLA+ {@code =}: it throws exactly where TLC throws.</li>
 *   <li>{@link #equals}/{@link #hashCode} are mathematical equality that never throws, for Java collections and
 *       tests. Equal values are equal whatever their representation ({@code <<1, 2>>} and a function on
 *       {@code 1..2}, {@code 1..3} and {@code {1, 2, 3}}, a record and a function on strings).</li>
 * </ul>
 * {@link #encode} writes a byte form that depends only on the mathematical value; {@link Fingerprint} hashes the
 * same form as a tree.
 */
public abstract sealed class Value implements Comparable<Value>
        permits BoolValue, IntValue, StringValue, ModelValue, SetValue, FcnValue {

    static final int FAMILY_BOOL = 1;
    static final int FAMILY_INT = 2;
    static final int FAMILY_STRING = 3;
    static final int FAMILY_SET = 4;
    static final int FAMILY_FCN = 5;
    static final int FAMILY_MODEL = 6;

    Value() {
    }

    /**
     * TLC's order: within a family as TLC orders it, model values before everything else.
     *
     * @throws EvalException with TLC's message when the two values are incomparable
     */
    @Override
    public final int compareTo(Value other) {
        return ValueOrder.compare(this, other);
    }

    /** Mathematical equality across representations; never throws (see {@link Equality#eq} for TLA+ {@code =}). */
    @Override
    public abstract boolean equals(Object other);

    /** Consistent with {@link #equals} across representations. */
    @Override
    public abstract int hashCode();

    /** Appends TLC's one-line syntax for this value, as {@code ToString} and TLC's traces print it. */
    public abstract void appendTo(StringBuilder out);

    /** TLC's one-line syntax; {@link PrettyPrinter#ppr} breaks it over lines as TLC's traces do. */
    @Override
    public final String toString() {
        StringBuilder out = new StringBuilder();
        appendTo(out);
        return out.toString();
    }

    /**
     * Appends the canonical encoding: the same bytes for equal values, whatever their representation. Lazy sets
     * are enumerated first. Allocates nothing for values already built (sets enumerated, functions materialised).
     *
     * @throws EvalException for a value that has no finite form, such as {@code Nat}
     */
    public abstract void encode(MutableBuffer out);

    /**
     * The 64-bit hash of the canonical form behind {@link Fingerprint}: equal for equal values whatever their
     * representation; built sets and functions compute it once. Throws where {@link #encode} throws.
     */
    abstract long hash64();

    /** Applies a model-value permutation at every depth; returns {@code this} when nothing changes. */
    public abstract Value permute(ModelValuePermutation permutation);

    /** TLC's description of this kind of value in messages, such as "an integer" or "a tuple". */
    public abstract String kindString();

    /** The family that decides comparability: values of different families are incomparable in TLC. */
    abstract int family();

    /** TLC order against a value of the same family (both model values, or neither). */
    abstract int compareSameFamily(Value other);

    /** The error TLC reports when this value is compared with {@code other} of another family. */
    abstract EvalException compareMismatch(Value other);

    /** TLA+ equality against a value of the same family; may throw for incomparable parts. */
    abstract boolean eqSameFamily(Value other);

    /** The error TLC reports when this value is tested for equality with {@code other} of another family. */
    abstract EvalException eqMismatch(Value other);
}
