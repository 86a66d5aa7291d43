package io.tlaplex.frontend.value;

/** {@code SUBSET base}, lazy: membership is a subset test; enumeration lists all subsets in TLC's order. */
public final class SubsetValue extends SetValue {
    private static final int MAX_ENUMERABLE_BASE = 30;

    private final SetValue base;
    private SetEnumValue enumerated;

    public SubsetValue(SetValue base) {
        this.base = base;
    }

    public SetValue base() {
        return base;
    }

    @Override
    public boolean contains(Value v) {
        if (v instanceof SetValue s) {
            return SetOps.subseteq(s, base);
        }
        return foreignMember(v);
    }

    @Override
    public boolean isFinite() {
        return base.isFinite();
    }

    @Override
    public int size() {
        int n = base.size();
        if (n > MAX_ENUMERABLE_BASE) {
            throw Errors.sizeOverflow(this);
        }
        return 1 << n;
    }

    @Override
    long sizeSaturated() {
        long n = base.sizeSaturated();
        return n >= Long.SIZE - 1 ? Long.MAX_VALUE : 1L << n;
    }

    @Override
    public SetEnumValue normalized() {
        SetEnumValue e = enumerated;
        if (e == null) {
            if (!isFinite()) {
                throw Errors.notEnumerable(this);
            }
            Value[] elems = base.normalized().elements();
            int count = size();
            Value[] subsets = new Value[count];
            for (int mask = 0; mask < count; mask++) {
                Value[] members = new Value[Integer.bitCount(mask)];
                int k = 0;
                for (int i = 0; i < elems.length; i++) {
                    if ((mask & (1 << i)) != 0) {
                        members[k++] = elems[i];
                    }
                }
                subsets[mask] = SetEnumValue.ofSorted(members);
            }
            e = SetEnumValue.of(subsets);
            enumerated = e;
        }
        return e;
    }

    @Override
    void appendLazy(StringBuilder out) {
        out.append("SUBSET ");
        base.appendTo(out);
    }

    @Override
    public String kindString() {
        return "a set of the form SUBSET S";
    }
}
