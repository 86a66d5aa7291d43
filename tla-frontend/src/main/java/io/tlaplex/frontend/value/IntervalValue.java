package io.tlaplex.frontend.value;

/** The integer interval {@code low..high}, kept lazy; TLC prints it as {@code low..high} ({@code {}} if empty). */
public final class IntervalValue extends SetValue {
    private final int low;
    private final int high;
    private SetEnumValue enumerated;

    public IntervalValue(int low, int high) {
        this.low = low;
        this.high = high;
    }

    public int low() {
        return low;
    }

    public int high() {
        return high;
    }

    public boolean isEmpty() {
        return high < low;
    }

    @Override
    public boolean contains(Value v) {
        if (v instanceof IntValue i) {
            return i.value() >= low && i.value() <= high;
        }
        if (low <= high && !(v instanceof ModelValue m && !m.isTyped())) {
            throw Errors.of("Attempted to check if the value:\n" + Errors.ppr(v)
                    + "\nis in the integer interval " + Errors.ppr(this));
        }
        return false;
    }

    @Override
    public boolean isFinite() {
        return true;
    }

    @Override
    public int size() {
        if (high < low) {
            return 0;
        }
        long n = (long) high - low + 1;
        if (n > Integer.MAX_VALUE) {
            throw Errors.of("Size of interval value exceeds the maximum representable size (32bits): "
                    + Errors.ppr(this) + ".");
        }
        return (int) n;
    }

    @Override
    long sizeSaturated() {
        return Math.max(0, (long) high - low + 1);
    }

    @Override
    public SetEnumValue normalized() {
        SetEnumValue e = enumerated;
        if (e == null) {
            Value[] elems = new Value[size()];
            for (int i = 0; i < elems.length; i++) {
                elems[i] = IntValue.of(low + i);
            }
            e = SetEnumValue.ofSorted(elems);
            enumerated = e;
        }
        return e;
    }

    /** TLC's order between intervals: by size, then by lower bound; empty intervals are all equal. */
    int compareInterval(IntervalValue other) {
        int n = size();
        int m = other.size();
        if (n != m) {
            return n < m ? -1 : 1;
        }
        return n == 0 ? 0 : Integer.compare(low, other.low);
    }

    @Override
    public int hashCode() {
        if (high - (long) low < Integer.MAX_VALUE) {
            return Equality.fold(hash64());
        }
        int h = Equality.SET_HASH_SEED;
        for (long i = low; i <= high; i++) {
            h = Equality.mixSetHash(h, (int) i);
        }
        return h;
    }

    @Override
    public void appendTo(StringBuilder out) {
        if (low <= high) {
            out.append(low).append("..").append(high);
        } else {
            out.append("{}");
        }
    }

    @Override
    void appendLazy(StringBuilder out) {
        appendTo(out);
    }

    @Override
    public void encode(MutableBuffer out) {
        int n = size();
        out.putByte(ValueCodec.TAG_SET);
        out.putVarInt(n);
        for (int i = 0; i < n; i++) {
            ValueCodec.writeInt(out, low + i);
        }
    }

    @Override
    long hash64() {
        int n = size();
        long h = Fingerprint.node(ValueCodec.TAG_SET, n);
        for (int i = 0; i < n; i++) {
            h = Fingerprint.add(h, Fingerprint.ofInt(low + i));
        }
        return Fingerprint.finish(h);
    }

    @Override
    public Value permute(ModelValuePermutation permutation) {
        return this;
    }

    @Override
    public String kindString() {
        return "a set of the form i..j";
    }

    @Override
    EvalException eqMismatch(Value other) {
        return Errors.of("Attempted to check equality of the set " + Errors.ppr(normalized()) + " with the value:\n"
                + Errors.ppr(other));
    }
}
