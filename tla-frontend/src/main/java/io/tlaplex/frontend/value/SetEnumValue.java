package io.tlaplex.frontend.value;

import java.util.Arrays;

/** A finite set in normal form: its elements sorted in TLC's order, without duplicates. Immutable. */
public final class SetEnumValue extends SetValue {
    private static final Value[] NO_VALUES = new Value[0];

    /** {@code {}}. */
    public static final SetEnumValue EMPTY = new SetEnumValue(NO_VALUES);
    /** {@code BOOLEAN}, that is {@code {FALSE, TRUE}}. */
    public static final SetEnumValue BOOLEAN = new SetEnumValue(new Value[] {BoolValue.FALSE, BoolValue.TRUE});

    private final Value[] elems;
    private int hash;

    private SetEnumValue(Value[] sortedDistinct) {
        this.elems = sortedDistinct;
    }

    /**
     * The set of the given elements, in any order and with repetitions. Takes ownership of the array, which it
     * may reorder.
     *
     * @throws EvalException when two elements are incomparable (TLC cannot normalize such a set)
     */
    public static SetEnumValue of(Value[] elements) {
        return of(elements, elements.length);
    }

    /** The set of {@code elements[0, count)}; takes ownership of the array. */
    public static SetEnumValue of(Value[] elements, int count) {
        if (count == 0) {
            return EMPTY;
        }
        int n = ValueOrder.sortDistinct(elements, count);
        return new SetEnumValue(n == elements.length ? elements : Arrays.copyOf(elements, n));
    }

    /** {@code {element}}. */
    public static SetEnumValue singleton(Value element) {
        return new SetEnumValue(new Value[] {element});
    }

    /** Wraps elements already strictly increasing in TLC's order (trusted; checked only with assertions). */
    static SetEnumValue ofSorted(Value[] sortedDistinct) {
        assert ValueOrder.isStrictlyIncreasing(sortedDistinct, sortedDistinct.length);
        return sortedDistinct.length == 0 ? EMPTY : new SetEnumValue(sortedDistinct);
    }

    @Override
    public int size() {
        return elems.length;
    }

    /** The {@code i}-th element in TLC's order. */
    public Value get(int i) {
        return elems[i];
    }

    /** Position of {@code v} in TLC's order, or a negative number when absent (binary search). */
    public int indexOf(Value v) {
        int low = 0;
        int high = elems.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int c = ValueOrder.compare(elems[mid], v);
            if (c < 0) {
                low = mid + 1;
            } else if (c > 0) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }

    @Override
    public boolean contains(Value v) {
        return elems.length > 0 && indexOf(v) >= 0;
    }

    @Override
    public boolean isFinite() {
        return true;
    }

    @Override
    public SetEnumValue normalized() {
        return this;
    }

    /** A copy of the elements in TLC's order. */
    public Value[] toArray() {
        return elems.clone();
    }

    Value[] elements() {
        return elems;
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = Equality.SET_HASH_SEED;
            for (Value e : elems) {
                h = Equality.mixSetHash(h, e.hashCode());
            }
            hash = h;
        }
        return h;
    }

    @Override
    public void appendTo(StringBuilder out) {
        out.append('{');
        for (int i = 0; i < elems.length; i++) {
            if (i > 0) {
                out.append(", ");
            }
            elems[i].appendTo(out);
        }
        out.append('}');
    }

    @Override
    void appendLazy(StringBuilder out) {
        appendTo(out);
    }

    @Override
    public void encode(MutableBuffer out) {
        out.putByte(ValueCodec.TAG_SET);
        out.putVarInt(elems.length);
        for (Value e : elems) {
            e.encode(out);
        }
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
        return permuted == null ? this : of(permuted);
    }

    @Override
    public String kindString() {
        return "a set of the form {e1, ... ,eN}";
    }
}
