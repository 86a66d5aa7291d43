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
        return Odometer.allFinite(sets);
    }

    @Override
    public int size() {
        return Odometer.productSize(sets, this);
    }

    @Override
    long sizeSaturated() {
        return Odometer.productSizeSaturated(sets);
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
        return Odometer.enumerateProduct(sets, this, TupleValue::of);
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
