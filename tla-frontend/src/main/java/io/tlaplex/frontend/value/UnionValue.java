package io.tlaplex.frontend.value;

/** {@code UNION sets}, lazy: membership asks each member set; enumeration merges them. */
public final class UnionValue extends SetValue {
    private final SetValue sets;
    private SetEnumValue enumerated;

    public UnionValue(SetValue sets) {
        this.sets = sets;
    }

    @Override
    public boolean contains(Value v) {
        SetEnumValue members = memberSets();
        for (int i = 0; i < members.size(); i++) {
            if (asSet(members.get(i)).contains(v)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean isFinite() {
        if (!sets.isFinite()) {
            return false;
        }
        SetEnumValue members = sets.normalized();
        for (int i = 0; i < members.size(); i++) {
            if (!asSet(members.get(i)).isFinite()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public SetEnumValue normalized() {
        SetEnumValue e = enumerated;
        if (e == null) {
            if (!isFinite()) {
                throw Errors.notEnumerable(this);
            }
            SetEnumValue members = sets.normalized();
            int total = 0;
            for (int i = 0; i < members.size(); i++) {
                total = Math.addExact(total, asSet(members.get(i)).size());
            }
            Value[] all = new Value[total];
            int k = 0;
            for (int i = 0; i < members.size(); i++) {
                SetEnumValue s = asSet(members.get(i)).normalized();
                System.arraycopy(s.elements(), 0, all, k, s.size());
                k += s.size();
            }
            e = SetEnumValue.of(all);
            enumerated = e;
        }
        return e;
    }

    private SetEnumValue memberSets() {
        if (!sets.isFinite()) {
            throw Errors.of("Attempted to compute UNION of the non-enumerable set\n" + Errors.ppr(sets));
        }
        return sets.normalized();
    }

    private SetValue asSet(Value member) {
        if (member instanceof SetValue s) {
            return s;
        }
        throw Errors.of("Attempted to compute UNION of a set containing the non-set\n" + Errors.ppr(member));
    }

    @Override
    void appendLazy(StringBuilder out) {
        out.append("UNION ");
        sets.appendTo(out);
    }

    @Override
    public String kindString() {
        return "a set of the form UNION  S";
    }
}
