package io.tlaplex.frontend.value;

/** {@code S1 \X ... \X Sn}, lazy: membership checks a tuple; enumeration lists tuples in TLC's order. */
public final class CartesianValue extends SetValue {
    private final SetValue[] sets;
    private SetEnumValue enumerated;

    public CartesianValue(SetValue[] sets) {
        this.sets = sets.clone();
    }

    @Override
    public boolean contains(Value v) {
        Value[] elems = v instanceof FcnValue f ? f.sequenceElements() : null;
        if (elems == null) {
            if (v instanceof FcnValue) {
                return false;
            }
            return foreignMember(v);
        }
        if (elems.length != sets.length) {
            return false;
        }
        for (int i = 0; i < elems.length; i++) {
            if (!sets[i].contains(elems[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean isFinite() {
        for (SetValue s : sets) {
            if (!s.isFinite()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int size() {
        int[] radix = new int[sets.length];
        for (int i = 0; i < sets.length; i++) {
            radix[i] = sets[i].size();
        }
        return Odometer.count(radix, this);
    }

    @Override
    long sizeSaturated() {
        long result = 1;
        for (SetValue s : sets) {
            result = Odometer.saturatedProduct(result, s.sizeSaturated());
        }
        return result;
    }

    @Override
    public SetEnumValue normalized() {
        SetEnumValue e = enumerated;
        if (e == null) {
            if (!isFinite()) {
                throw Errors.notEnumerable(this);
            }
            e = enumerate();
            enumerated = e;
        }
        return e;
    }

    private SetEnumValue enumerate() {
        int n = sets.length;
        Value[][] choices = new Value[n][];
        int[] radix = new int[n];
        for (int i = 0; i < n; i++) {
            choices[i] = sets[i].normalized().elements();
            radix[i] = choices[i].length;
        }
        Value[] tuples = new Value[size()];
        if (tuples.length == 0) {
            return SetEnumValue.EMPTY;
        }
        int[] idx = new int[n];
        int k = 0;
        do {
            Value[] elems = new Value[n];
            for (int i = 0; i < n; i++) {
                elems[i] = choices[i][idx[i]];
            }
            tuples[k++] = TupleValue.of(elems);
        } while (Odometer.advance(idx, radix));
        return SetEnumValue.ofSorted(tuples);
    }

    @Override
    void appendLazy(StringBuilder out) {
        out.append('(');
        for (int i = 0; i < sets.length; i++) {
            if (i > 0) {
                out.append(" \\X ");
            }
            sets[i].appendTo(out);
        }
        out.append(')');
    }

    @Override
    public String kindString() {
        return "a cartesian product";
    }
}
