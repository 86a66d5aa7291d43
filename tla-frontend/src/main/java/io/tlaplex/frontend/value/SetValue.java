package io.tlaplex.frontend.value;

/**
 * A set. {@link SetEnumValue} is the normalized form: elements sorted in TLC's order without duplicates. Other
 * subclasses are lazy ({@code a..b}, {@code SUBSET S}, {@code [S -> T]}, {@code Nat}, ...): membership works
 * without enumerating, and {@link #normalized()} enumerates only when really needed (comparison, encoding,
 * CHOOSE, quantifiers), remembering the result. Enumerating an infinite set is an {@link EvalException}.
 */
public abstract non-sealed class SetValue extends Value {
    /** Sets printed lazily when they have more elements than this, as TLC's default enumeration bound. */
    static final int PRINT_ENUMERATION_BOUND = 2_000_000;

    SetValue() {
    }

    /**
     * TLA+ {@code v \in this}, with TLC's errors when {@code v} cannot be compared with the elements.
     */
    public abstract boolean contains(Value v);

    /** True when the set is finite and can be enumerated; lazy sets answer without enumerating. */
    public abstract boolean isFinite();

    /**
     * The elements in TLC's canonical order (the order CHOOSE uses), as a normalized set.
     *
     * @throws EvalException when the set is infinite
     */
    public abstract SetEnumValue normalized();

    /**
     * The number of elements, {@code Cardinality}; lazy sets compute it without enumerating when they can.
     *
     * @throws EvalException when infinite, or when the count does not fit in 32 bits
     */
    public int size() {
        return normalized().size();
    }

    /** The number of elements of a finite set, saturating at {@link Long#MAX_VALUE} instead of failing. */
    long sizeSaturated() {
        return normalized().size();
    }

    /** Appends TLC's syntax for this set while it is not enumerated, such as {@code SUBSET {1, 2}}. */
    abstract void appendLazy(StringBuilder out);

    @Override
    public void appendTo(StringBuilder out) {
        if (isFinite() && sizeSaturated() < PRINT_ENUMERATION_BOUND) {
            normalized().appendTo(out);
        } else {
            appendLazy(out);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SetValue s && Equality.sameSet(this, s);
    }

    @Override
    public int hashCode() {
        return isFinite() ? normalized().hashCode() : System.identityHashCode(this);
    }

    @Override
    public void encode(MutableBuffer out) {
        if (!isFinite()) {
            throw Errors.of("TLC has found a state in which the value of a variable contains " + Errors.ppr(this));
        }
        normalized().encode(out);
    }

    @Override
    long hash64() {
        if (!isFinite()) {
            throw Errors.of("TLC has found a state in which the value of a variable contains " + Errors.ppr(this));
        }
        return normalized().hash64();
    }

    @Override
    public Value permute(ModelValuePermutation permutation) {
        return isFinite() ? normalized().permute(permutation) : this;
    }

    @Override
    final int family() {
        return FAMILY_SET;
    }

    @Override
    final int compareSameFamily(Value other) {
        return ValueOrder.compareSets(this, (SetValue) other);
    }

    @Override
    EvalException compareMismatch(Value other) {
        if (!isFinite()) {
            return Errors.of("Attempted to compare " + Errors.ppr(this) + " with the value\n" + Errors.ppr(other));
        }
        return Errors.of("Attempted to compare the set " + Errors.ppr(this) + " with the value:\n"
                + Errors.ppr(other));
    }

    @Override
    final boolean eqSameFamily(Value other) {
        return Equality.eqSets(this, (SetValue) other);
    }

    @Override
    EvalException eqMismatch(Value other) {
        if (!isFinite()) {
            return Errors.of("Attempted to compare " + Errors.ppr(this) + " with the value\n" + Errors.ppr(other));
        }
        return Errors.of("Attempted to check equality of the set " + Errors.ppr(this) + " with the value:\n"
                + Errors.ppr(other));
    }

    /** Membership of {@code v} in a set of non-model values whose elements {@code v} cannot be compared with. */
    final boolean foreignMember(Value v) {
        if (v instanceof ModelValue m) {
            return m.memberOfNonModelSet(this);
        }
        throw Errors.checkMember(v, this);
    }
}
