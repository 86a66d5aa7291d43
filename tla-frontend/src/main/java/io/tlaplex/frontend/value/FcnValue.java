package io.tlaplex.frontend.value;

/**
 * A function with a finite domain. {@link TupleValue} (domain {@code 1..n}), {@link RecordValue} (domain of
 * field names) and {@link FcnRcdValue} (any domain) are representations of the same mathematical objects: order,
 * equality, encoding and fingerprint see only the domain and the values. The domain is listed in TLC's order.
 */
public abstract non-sealed class FcnValue extends Value {
    FcnValue() {
    }

    /** Number of elements of the domain. */
    public abstract int size();

    /** The {@code i}-th domain element in TLC's order. */
    public abstract Value domainAt(int i);

    /** The value at {@link #domainAt}{@code (i)}. */
    public abstract Value valueAt(int i);

    /**
     * {@code f[arg]}, or {@code null} when {@code arg} is not in the domain.
     *
     * @throws EvalException where TLC rejects the argument itself (a tuple indexed by a string, ...)
     */
    public abstract Value select(Value arg);

    /**
     * {@code f[arg]} with TLC's error when {@code arg} is outside the domain.
     */
    public abstract Value apply(Value arg);

    /** {@code [f EXCEPT ![arg] = value]}; {@code this} when {@code arg} is not in the domain. */
    public abstract FcnValue replace(Value arg, Value value);

    /** {@code DOMAIN f}. */
    public abstract SetValue domain();

    /** The values when this is a sequence (domain {@code 1..n}), else null. The array must not be modified. */
    abstract Value[] sequenceElements();

    /** True when the domain is {@code 1..n} for some n >= 0. */
    abstract boolean isSequenceShaped();

    /** True when the domain is non-empty and made only of strings. */
    abstract boolean isRecordShaped();

    /** The function as TLC's function class would print it (an empty tuple prints as {@code << >>}). */
    String printedAsFunction() {
        return Errors.ppr(this);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FcnValue f && Equality.sameFcn(this, f);
    }

    /** Hash over (domain element, value) pairs; the same for every representation of equal functions. */
    int computeHash() {
        int h = Equality.FCN_HASH_SEED;
        for (int i = 0; i < size(); i++) {
            h = Equality.mixFcnHash(h, domainAt(i).hashCode(), valueAt(i).hashCode());
        }
        return h;
    }

    @Override
    public void encode(MutableBuffer out) {
        int n = size();
        if (isSequenceShaped()) {
            out.putByte(ValueCodec.TAG_SEQ);
            out.putVarInt(n);
            for (int i = 0; i < n; i++) {
                valueAt(i).encode(out);
            }
        } else if (isRecordShaped()) {
            out.putByte(ValueCodec.TAG_RECORD);
            out.putVarInt(n);
            for (int i = 0; i < n; i++) {
                ValueCodec.writeBytes(out, ((StringValue) domainAt(i)).utf8());
                valueAt(i).encode(out);
            }
        } else {
            out.putByte(ValueCodec.TAG_FCN);
            out.putVarInt(n);
            for (int i = 0; i < n; i++) {
                domainAt(i).encode(out);
                valueAt(i).encode(out);
            }
        }
    }

    /** The hash of the canonical form chosen from the domain alone, as {@link #encode} chooses it. */
    @Override
    long hash64() {
        int n = size();
        long h;
        if (isSequenceShaped()) {
            h = Fingerprint.node(ValueCodec.TAG_SEQ, n);
            for (int i = 0; i < n; i++) {
                h = Fingerprint.add(h, valueAt(i).hash64());
            }
        } else {
            h = Fingerprint.node(isRecordShaped() ? ValueCodec.TAG_RECORD : ValueCodec.TAG_FCN, n);
            for (int i = 0; i < n; i++) {
                h = Fingerprint.add(Fingerprint.add(h, domainAt(i).hash64()), valueAt(i).hash64());
            }
        }
        return Fingerprint.finish(h);
    }

    @Override
    final int family() {
        return FAMILY_FCN;
    }

    @Override
    final int compareSameFamily(Value other) {
        return ValueOrder.compareFcns(this, (FcnValue) other);
    }

    @Override
    EvalException compareMismatch(Value other) {
        return Errors.of("Attempted to compare the function " + printedAsFunction() + " with the value:\n"
                + Errors.ppr(other));
    }

    @Override
    final boolean eqSameFamily(Value other) {
        return Equality.eqFcns(this, (FcnValue) other);
    }

    @Override
    EvalException eqMismatch(Value other) {
        return Errors.of("Attempted to check equality of the function " + printedAsFunction()
                + " with the value:\n" + Errors.ppr(other));
    }
}
