package io.tlaplex.frontend.value;

/**
 * A record {@code [a |-> 1, b |-> 2]}: a function on field names. Fields are kept in TLC's string order, which is
 * also the order TLC prints them in. Records made from the same shape share one names array.
 */
public final class RecordValue extends FcnValue {
    private final StringValue[] names;
    private final Value[] values;
    /** {@link #hash64}, or 0 before it is computed (racy but idempotent; long writes are atomic on 64-bit JVMs). */
    private long hash64;

    private RecordValue(StringValue[] names, Value[] values) {
        this.names = names;
        this.values = values;
    }

    /**
     * The record with the given fields in any order; copies the arrays.
     *
     * @throws EvalException when a field name occurs twice
     */
    public static RecordValue of(StringValue[] names, Value[] values) {
        StringValue[] n = names.clone();
        Value[] v = values.clone();
        for (int i = 1; i < n.length; i++) {
            StringValue name = n[i];
            Value value = v[i];
            int j = i - 1;
            int c = 0;
            while (j >= 0 && (c = ValueOrder.compare(n[j], name)) > 0) {
                n[j + 1] = n[j];
                v[j + 1] = v[j];
                j--;
            }
            if (j >= 0 && c == 0) {
                throw Errors.of("Field name " + name.value() + " occurs multiple times in record.");
            }
            n[j + 1] = name;
            v[j + 1] = value;
        }
        return new RecordValue(n, v);
    }

    /** Wraps names already in TLC's order; shares both arrays (trusted). */
    static RecordValue ofSorted(StringValue[] names, Value[] values) {
        assert ValueOrder.isStrictlyIncreasing(names, names.length);
        return new RecordValue(names, values);
    }

    StringValue[] names() {
        return names;
    }

    /** True when {@code other} has the same field names; names from one string table are shared instances. */
    boolean hasFieldsOf(RecordValue other) {
        StringValue[] o = other.names;
        if (o == names) {
            return true;
        }
        if (o.length != names.length) {
            return false;
        }
        for (int i = 0; i < names.length; i++) {
            if (o[i] != names[i]) {
                return false;
            }
        }
        return true;
    }

    /** The values in field order; must not be modified. */
    Value[] values() {
        return values;
    }

    public StringValue nameAt(int i) {
        return names[i];
    }

    /** The field {@code name}, or null when the record has no such field. */
    public Value field(StringValue name) {
        int i = indexOf(name);
        return i < 0 ? null : values[i];
    }

    private int indexOf(StringValue name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i] == name) {
                return i;
            }
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int size() {
        return names.length;
    }

    @Override
    public Value domainAt(int i) {
        return names[i];
    }

    @Override
    public Value valueAt(int i) {
        return values[i];
    }

    @Override
    public Value select(Value arg) {
        return field(fieldName(arg));
    }

    private static StringValue fieldName(Value arg) {
        if (arg instanceof StringValue s) {
            return s;
        }
        throw Errors.of("Attempted to access record by a non-string argument: " + Errors.ppr(arg));
    }

    @Override
    public Value apply(Value arg) {
        StringValue name = fieldName(arg);
        Value v = field(name);
        if (v == null) {
            throw Errors.of("Attempted to access nonexistent field '" + name.value() + "' of record\n"
                    + Errors.ppr(this));
        }
        return v;
    }

    @Override
    public FcnValue replace(Value arg, Value value) {
        int i = indexOf(fieldName(arg));
        if (i < 0) {
            return this;
        }
        Value[] copy = values.clone();
        copy[i] = value;
        return new RecordValue(names, copy);
    }

    @Override
    public SetValue domain() {
        return SetEnumValue.ofSorted(names.clone());
    }

    @Override
    Value[] sequenceElements() {
        return names.length == 0 ? values : null;
    }

    @Override
    boolean isSequenceShaped() {
        return names.length == 0;
    }

    @Override
    boolean isRecordShaped() {
        return names.length > 0;
    }

    @Override
    public int hashCode() {
        try {
            return Equality.fold(hash64());
        } catch (EvalException e) {
            return computeHash();
        }
    }

    @Override
    public void appendTo(StringBuilder out) {
        out.append('[');
        for (int i = 0; i < names.length; i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(names[i].value()).append(" |-> ");
            values[i].appendTo(out);
        }
        out.append(']');
    }

    @Override
    public void encode(MutableBuffer out) {
        if (names.length == 0) {
            out.putByte(ValueCodec.TAG_SEQ);
            out.putVarInt(0);
            return;
        }
        out.putByte(ValueCodec.TAG_RECORD);
        out.putVarInt(names.length);
        for (int i = 0; i < names.length; i++) {
            ValueCodec.writeBytes(out, names[i].utf8());
            values[i].encode(out);
        }
    }

    @Override
    long hash64() {
        long h = hash64;
        if (h == 0) {
            h = super.hash64();
            hash64 = h;
        }
        return h;
    }

    @Override
    public Value permute(ModelValuePermutation permutation) {
        Value[] permuted = null;
        for (int i = 0; i < values.length; i++) {
            Value p = values[i].permute(permutation);
            if (p != values[i] && permuted == null) {
                permuted = values.clone();
            }
            if (permuted != null) {
                permuted[i] = p;
            }
        }
        return permuted == null ? this : new RecordValue(names, permuted);
    }

    @Override
    public String kindString() {
        return "a record";
    }

    @Override
    EvalException compareMismatch(Value other) {
        return Errors.of("Attempted to compare record:\n" + Errors.ppr(this) + "\nwith non-record\n"
                + Errors.ppr(other));
    }

    @Override
    EvalException eqMismatch(Value other) {
        return Errors.of("Attempted to check equality of record:\n" + Errors.ppr(this) + "\nwith non-record\n"
                + Errors.ppr(other));
    }
}
