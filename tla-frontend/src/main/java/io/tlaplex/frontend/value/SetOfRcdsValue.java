package io.tlaplex.frontend.value;

/** {@code [a : S, b : T]}, lazy: membership checks a record; enumeration lists records in TLC's order. */
public final class SetOfRcdsValue extends SetValue {
    private final StringValue[] names;
    private final SetValue[] sets;
    private SetEnumValue enumerated;

    /** Field names must be sorted and distinct; see {@link RecordOps#recordSet}. */
    SetOfRcdsValue(StringValue[] names, SetValue[] sets) {
        this.names = names;
        this.sets = sets;
    }

    @Override
    public boolean contains(Value v) {
        if (!(v instanceof FcnValue f) || f.size() > 0 && !(f.domainAt(0) instanceof StringValue)) {
            if (v instanceof ModelValue m) {
                return m.memberOfNonModelSet(this);
            }
            throw Errors.of("Attempted to check if non-record\n" + Errors.ppr(v) + "\nis in set of records:\n"
                    + Errors.ppr(this));
        }
        if (f.size() != names.length) {
            return false;
        }
        for (int i = 0; i < names.length; i++) {
            if (!names[i].equals(f.domainAt(i))) {
                return false;
            }
        }
        for (int i = 0; i < names.length; i++) {
            if (!sets[i].contains(f.valueAt(i))) {
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
        return Odometer.enumerateProduct(sets, this, values -> RecordValue.ofSorted(names, values));
    }

    @Override
    void appendLazy(StringBuilder out) {
        out.append('[');
        for (int i = 0; i < names.length; i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(names[i].value()).append(" : ");
            sets[i].appendTo(out);
        }
        out.append(']');
    }

    @Override
    public String kindString() {
        return "a set of the form [d1 : S1, ... , dN : SN]";
    }
}
