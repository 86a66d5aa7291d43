package io.tlaplex.frontend.value;

/** A tuple or sequence {@code <<a, b, c>>}: the function on {@code 1..n}. TLC prints the empty one as <<>>. */
public final class TupleValue extends FcnValue {
    /** {@code <<>>}. */
    public static final TupleValue EMPTY = new TupleValue(new Value[0]);

    private final Value[] elems;
    /** {@link #hash64}, or 0 before it is computed (racy but idempotent; long writes are atomic on 64-bit JVMs). */
    private long hash64;

    private TupleValue(Value[] elems) {
        this.elems = elems;
    }

    /** The tuple of {@code elems}; takes ownership of the array. */
    public static TupleValue of(Value[] elems) {
        return elems.length == 0 ? EMPTY : new TupleValue(elems);
    }

    /** The {@code i}-th element, 0-based. */
    public Value get(int i) {
        return elems[i];
    }

    /** A copy of the elements. */
    public Value[] toArray() {
        return elems.clone();
    }

    @Override
    public int size() {
        return elems.length;
    }

    @Override
    public Value domainAt(int i) {
        return IntValue.of(i + 1);
    }

    @Override
    public Value valueAt(int i) {
        return elems[i];
    }

    @Override
    public Value select(Value arg) {
        int idx = index(arg);
        return idx > 0 && idx <= elems.length ? elems[idx - 1] : null;
    }

    @Override
    public Value apply(Value arg) {
        int idx = index(arg);
        if (idx <= 0 || idx > elems.length) {
            throw Errors.of("Attempted to access index " + idx + " of tuple\n" + Errors.ppr(this)
                    + "\nwhich is out of bounds.");
        }
        return elems[idx - 1];
    }

    private int index(Value arg) {
        if (arg instanceof IntValue i) {
            return i.value();
        }
        throw Errors.of("Attempted to access tuple at a non integral index: " + Errors.ppr(arg));
    }

    @Override
    public FcnValue replace(Value arg, Value value) {
        int idx = index(arg);
        if (idx <= 0 || idx > elems.length) {
            return this;
        }
        Value[] copy = elems.clone();
        copy[idx - 1] = value;
        return new TupleValue(copy);
    }

    @Override
    public SetValue domain() {
        return new IntervalValue(1, elems.length);
    }

    @Override
    Value[] sequenceElements() {
        return elems;
    }

    @Override
    boolean isSequenceShaped() {
        return true;
    }

    @Override
    boolean isRecordShaped() {
        return false;
    }

    @Override
    String printedAsFunction() {
        return elems.length == 0 ? "<< >>" : Errors.ppr(this);
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
        out.append("<<");
        for (int i = 0; i < elems.length; i++) {
            if (i > 0) {
                out.append(", ");
            }
            elems[i].appendTo(out);
        }
        out.append(">>");
    }

    @Override
    public void encode(MutableBuffer out) {
        out.putByte(ValueCodec.TAG_SEQ);
        out.putVarInt(elems.length);
        for (Value e : elems) {
            e.encode(out);
        }
    }

    @Override
    long hash64() {
        long h = hash64;
        if (h == 0) {
            h = Fingerprint.node(ValueCodec.TAG_SEQ, elems.length);
            for (Value e : elems) {
                h = Fingerprint.add(h, e.hash64());
            }
            h = Fingerprint.finish(h);
            hash64 = h;
        }
        return h;
    }

    @Override
    public Value permute(ModelValuePermutation permutation) {
        Value[] permuted = null;
        for (int i = 0; i < elems.length; i++) {
            Value p = elems[i].permute(permutation);
            if (p != elems[i] && permuted == null) {
                permuted = elems.clone();
            }
            if (permuted != null) {
                permuted[i] = p;
            }
        }
        return permuted == null ? this : new TupleValue(permuted);
    }

    @Override
    public String kindString() {
        return "a tuple";
    }
}
