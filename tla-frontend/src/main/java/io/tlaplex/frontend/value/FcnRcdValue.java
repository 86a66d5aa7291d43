package io.tlaplex.frontend.value;

/**
 * A function built by {@code [x \in S |-> e]}, {@code :>}, {@code @@} and the like. The domain is either an
 * interval {@code low..low+n-1} (when built over an interval, as TLC does) or a sorted array. Printed as TLC
 * prints functions: {@code << >>} when empty, as a record when every domain element is a field-like string, as a
 * tuple when the domain is {@code 1..n}, else {@code (d1 :> e1 @@ d2 :> e2)}.
 */
public final class FcnRcdValue extends FcnValue {
    private static final int IDENTITY_SCAN_MAX = 8;
    private static final int SHAPE_GENERAL = 0;
    private static final int SHAPE_SEQUENCE = 1;
    private static final int SHAPE_RECORD = 2;

    /** The function with the empty domain, printed {@code << >>}. */
    public static final FcnRcdValue EMPTY = new FcnRcdValue(new Value[0], new Value[0], SHAPE_SEQUENCE);

    private final Value[] domain;
    private final Value[] values;
    /** The lower bound of an interval domain ({@code domain == null}), else the shape of the domain array. */
    private final int lowOrShape;
    /** {@link #hash64}, or 0 before it is computed (racy but idempotent; long writes are atomic on 64-bit JVMs). */
    private long hash64;

    private FcnRcdValue(Value[] domain, Value[] values, int lowOrShape) {
        this.domain = domain;
        this.values = values;
        this.lowOrShape = lowOrShape;
    }

    /** The function on {@code low..low+values.length-1}; takes ownership of {@code values}. */
    public static FcnRcdValue ofInterval(int low, Value[] values) {
        return new FcnRcdValue(null, values, low);
    }

    /**
     * The function mapping {@code domain[i]} to {@code values[i]}, given in any order; copies the arrays.
     *
     * @throws EvalException when a domain element occurs twice
     */
    public static FcnRcdValue of(Value[] domain, Value[] values) {
        Value[] d = domain.clone();
        Value[] v = values.clone();
        for (int i = 1; i < d.length; i++) {
            Value key = d[i];
            Value value = v[i];
            int j = i - 1;
            int c = 0;
            while (j >= 0 && (c = ValueOrder.compare(d[j], key)) > 0) {
                d[j + 1] = d[j];
                v[j + 1] = v[j];
                j--;
            }
            if (j >= 0 && c == 0) {
                throw Errors.of("The value\n" + key + "\noccurs multiple times in the function domain.");
            }
            d[j + 1] = key;
            v[j + 1] = value;
        }
        return new FcnRcdValue(d, v, shapeOf(d));
    }

    /** Wraps a domain already strictly increasing in TLC's order; shares both arrays (trusted). */
    static FcnRcdValue ofSorted(Value[] domain, Value[] values) {
        assert ValueOrder.isStrictlyIncreasing(domain, domain.length);
        return new FcnRcdValue(domain, values, shapeOf(domain));
    }

    private static int shapeOf(Value[] domain) {
        int n = domain.length;
        boolean sequence = true;
        boolean strings = n > 0;
        for (int i = 0; i < n; i++) {
            sequence &= domain[i] instanceof IntValue iv && iv.value() == i + 1;
            strings &= domain[i] instanceof StringValue;
        }
        return sequence ? SHAPE_SEQUENCE : strings ? SHAPE_RECORD : SHAPE_GENERAL;
    }

    /** The lower bound of the interval domain; only when {@code domain == null}. */
    private int low() {
        return lowOrShape;
    }

    private int shape() {
        if (domain != null) {
            return lowOrShape;
        }
        return lowOrShape == 1 || values.length == 0 ? SHAPE_SEQUENCE : SHAPE_GENERAL;
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public Value domainAt(int i) {
        return domain != null ? domain[i] : IntValue.of(low() + i);
    }

    @Override
    public Value valueAt(int i) {
        return values[i];
    }

    @Override
    public Value select(Value arg) {
        int i = indexOf(arg);
        return i < 0 ? null : values[i];
    }

    private int indexOf(Value arg) {
        if (domain == null) {
            if (!(arg instanceof IntValue iv)) {
                throw Errors.of("Attempted to apply function with integer domain to the non-integer argument "
                        + Errors.ppr(arg));
            }
            long i = (long) iv.value() - low();
            return i >= 0 && i < values.length ? (int) i : -1;
        }
        if (domain.length == 0) {
            return -1;
        }
        if (domain.length <= IDENTITY_SCAN_MAX) {
            // Model values, interned strings and small integers are shared instances: most lookups hit here.
            for (int i = 0; i < domain.length; i++) {
                if (domain[i] == arg) {
                    return i;
                }
            }
        }
        checkComparable(arg);
        int lo = 0;
        int hi = domain.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = ValueOrder.compare(domain[mid], arg);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** TLC searches the domain with {@code =}, so an argument of another kind gets the equality error. */
    private void checkComparable(Value arg) {
        Value last = domain[domain.length - 1];
        if (!(arg instanceof ModelValue) && !(last instanceof ModelValue) && last.family() != arg.family()) {
            for (Value d : domain) {
                if (!(d instanceof ModelValue)) {
                    Equality.eq(d, arg);
                }
            }
        }
    }

    @Override
    public Value apply(Value arg) {
        int i = indexOf(arg);
        if (i < 0) {
            throw Errors.of("Attempted to apply function:\n" + Errors.ppr(this) + "\nto argument " + Errors.ppr(arg)
                    + ", which is not in the domain of the function.");
        }
        return values[i];
    }

    @Override
    public FcnValue replace(Value arg, Value value) {
        int i = indexOf(arg);
        if (i < 0) {
            return this;
        }
        Value[] copy = values.clone();
        copy[i] = value;
        return new FcnRcdValue(domain, copy, lowOrShape);
    }

    @Override
    public SetValue domain() {
        if (domain == null) {
            return new IntervalValue(low(), low() + values.length - 1);
        }
        return SetEnumValue.ofSorted(domain);
    }

    @Override
    Value[] sequenceElements() {
        return shape() == SHAPE_SEQUENCE ? values : null;
    }

    @Override
    boolean isSequenceShaped() {
        return shape() == SHAPE_SEQUENCE;
    }

    @Override
    boolean isRecordShaped() {
        return shape() == SHAPE_RECORD;
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
        int n = values.length;
        if (n == 0) {
            out.append("<< >>");
        } else if (printsAsRecord()) {
            out.append('[');
            for (int i = 0; i < n; i++) {
                out.append(i > 0 ? ", " : "").append(((StringValue) domain[i]).value()).append(" |-> ");
                values[i].appendTo(out);
            }
            out.append(']');
        } else if (shape() == SHAPE_SEQUENCE) {
            out.append("<<");
            for (int i = 0; i < n; i++) {
                out.append(i > 0 ? ", " : "");
                values[i].appendTo(out);
            }
            out.append(">>");
        } else {
            out.append('(');
            for (int i = 0; i < n; i++) {
                out.append(i > 0 ? " @@ " : "");
                domainAt(i).appendTo(out);
                out.append(" :> ");
                values[i].appendTo(out);
            }
            out.append(')');
        }
    }

    private boolean printsAsRecord() {
        if (shape() != SHAPE_RECORD) {
            return false;
        }
        for (Value d : domain) {
            if (!isFieldName(((StringValue) d).value())) {
                return false;
            }
        }
        return true;
    }

    /** TLC prints a string-domain function as a record only when every string looks like an identifier. */
    private static boolean isFieldName(String name) {
        boolean hasLetter = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '_') {
                continue;
            }
            if (!Character.isLetterOrDigit(c)) {
                return false;
            }
            hasLetter |= Character.isLetter(c);
        }
        return hasLetter && (name.length() < 4 || !name.startsWith("WF_") && !name.startsWith("SF_"));
    }

    @Override
    public void encode(MutableBuffer out) {
        if (domain != null || shape() == SHAPE_SEQUENCE) {
            super.encode(out);
            return;
        }
        out.putByte(ValueCodec.TAG_FCN);
        out.putVarInt(values.length);
        for (int i = 0; i < values.length; i++) {
            ValueCodec.writeInt(out, low() + i);
            values[i].encode(out);
        }
    }

    @Override
    long hash64() {
        long h = hash64;
        if (h == 0) {
            h = computeHash64();
            hash64 = h;
        }
        return h;
    }

    /** {@link FcnValue#hash64} over the arrays directly. */
    private long computeHash64() {
        int n = values.length;
        int shape = shape();
        long h;
        if (shape == SHAPE_SEQUENCE) {
            h = Fingerprint.node(ValueCodec.TAG_SEQ, n);
            for (Value v : values) {
                h = Fingerprint.add(h, v.hash64());
            }
        } else {
            h = Fingerprint.node(shape == SHAPE_RECORD ? ValueCodec.TAG_RECORD : ValueCodec.TAG_FCN, n);
            for (int i = 0; i < n; i++) {
                long d = domain != null ? domain[i].hash64() : Fingerprint.ofInt(low() + i);
                h = Fingerprint.add(Fingerprint.add(h, d), values[i].hash64());
            }
        }
        return Fingerprint.finish(h);
    }

    @Override
    public Value permute(ModelValuePermutation permutation) {
        Value[] newValues = permuteAll(values, permutation);
        Value[] newDomain = domain == null ? null : permuteAll(domain, permutation);
        if (newDomain != domain) {
            return of(newDomain, newValues);
        }
        return newValues == values ? this : new FcnRcdValue(domain, newValues, lowOrShape);
    }

    /** The permuted elements, or {@code values} itself when no element changes. */
    private static Value[] permuteAll(Value[] values, ModelValuePermutation permutation) {
        Value[] result = values;
        for (int i = 0; i < values.length; i++) {
            Value p = values[i].permute(permutation);
            if (p != values[i]) {
                if (result == values) {
                    result = values.clone();
                }
                result[i] = p;
            }
        }
        return result;
    }

    @Override
    public String kindString() {
        return "a function  of the form (d1 :> e1 @@ ... @@ dN :> eN)";
    }
}
