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
        Value[] records = new Value[size()];
        if (records.length == 0) {
            return SetEnumValue.EMPTY;
        }
        int[] idx = new int[n];
        int k = 0;
        do {
            Value[] vals = new Value[n];
            for (int i = 0; i < n; i++) {
                vals[i] = choices[i][idx[i]];
            }
            records[k++] = RecordValue.ofSorted(names, vals);
        } while (Odometer.advance(idx, radix));
        return SetEnumValue.ofSorted(records);
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
