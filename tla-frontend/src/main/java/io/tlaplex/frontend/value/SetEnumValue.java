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
    /** {@link #hash64}, or 0 before it is computed (racy but idempotent; long writes are atomic on 64-bit JVMs). */
    private long hash64;

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

    /**
     * {@code a \cup b} of two non-empty sets by merging their sorted elements; of equal elements it keeps
     * {@code a}'s, as sorting the concatenation does, and returns {@code a} itself when it already holds {@code b}.
     *
     * @throws EvalException when two compared elements are incomparable
     */
    static SetEnumValue merge(SetEnumValue a, SetEnumValue b) {
        if (b.elems.length == 1) {
            return a.with(b.elems[0], false);
        }
        if (a.elems.length == 1) {
            return b.with(a.elems[0], true);
        }
        Value[] x = a.elems;
        Value[] y = b.elems;
        Value[] out = new Value[x.length + y.length];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < x.length && j < y.length) {
            int c = ValueOrder.compare(x[i], y[j]);
            if (c < 0) {
                out[k++] = x[i++];
            } else if (c > 0) {
                out[k++] = y[j++];
            } else {
                out[k++] = x[i++];
                j++;
            }
        }
        while (i < x.length) {
            out[k++] = x[i++];
        }
        while (j < y.length) {
            out[k++] = y[j++];
        }
        if (k == x.length) {
            return a;
        }
        return new SetEnumValue(k == out.length ? out : Arrays.copyOf(out, k));
    }

    /**
     * This set with {@code v} added. When an equal element is already there, the result keeps the first operand's
     * representation of it, as sorting the concatenation would: this one's unless {@code vFirst}.
     */
    private SetEnumValue with(Value v, boolean vFirst) {
        int at = indexOf(v);
        if (at >= 0) {
            if (!vFirst || elems[at] == v) {
                return this;
            }
            Value[] out = elems.clone();
            out[at] = v;
            return new SetEnumValue(out);
        }
        int pos = -(at + 1);
        Value[] out = new Value[elems.length + 1];
        System.arraycopy(elems, 0, out, 0, pos);
        out[pos] = v;
        System.arraycopy(elems, pos, out, pos + 1, elems.length - pos);
        return new SetEnumValue(out);
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
        try {
            return Equality.fold(hash64());
        } catch (EvalException e) {
            int h = Equality.SET_HASH_SEED;
            for (Value v : elems) {
                h = Equality.mixSetHash(h, v.hashCode());
            }
            return h;
        }
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
    long hash64() {
        long h = hash64;
        if (h == 0) {
            h = Fingerprint.node(ValueCodec.TAG_SET, elems.length);
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
        return permuted == null ? this : of(permuted);
    }

    @Override
    public String kindString() {
        return "a set of the form {e1, ... ,eN}";
    }
}
