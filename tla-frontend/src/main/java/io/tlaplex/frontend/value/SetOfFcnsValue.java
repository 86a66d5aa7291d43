package io.tlaplex.frontend.value;

import java.util.Arrays;

/** {@code [domain -> range]}, lazy: membership checks a function; enumeration lists them in TLC's order. */
public final class SetOfFcnsValue extends SetValue {
    private final SetValue domain;
    private final SetValue range;
    private SetEnumValue enumerated;

    public SetOfFcnsValue(SetValue domain, SetValue range) {
        this.domain = domain;
        this.range = range;
    }

    @Override
    public boolean contains(Value v) {
        if (!(v instanceof FcnValue f)) {
            if (v instanceof ModelValue m) {
                return m.memberOfNonModelSet(this);
            }
            throw Errors.of("Attempted to check if \n" + Errors.ppr(v)
                    + "\nwhich is not a TLC function value, is in the set of functions:\n" + Errors.ppr(this));
        }
        if (!domain.isFinite() || f.size() != domain.size()) {
            return false;
        }
        for (int i = 0; i < f.size(); i++) {
            if (!domain.contains(f.domainAt(i))) {
                return false;
            }
        }
        for (int i = 0; i < f.size(); i++) {
            if (!range.contains(f.valueAt(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean isFinite() {
        return domain.isFinite() && (domain.size() == 0 || range.isFinite());
    }

    @Override
    public int size() {
        int n = domain.size();
        if (n == 0) {
            return 1;
        }
        int[] radix = new int[n];
        Arrays.fill(radix, range.size());
        return Odometer.count(radix, this);
    }

    @Override
    long sizeSaturated() {
        long n = domain.sizeSaturated();
        if (n == 0) {
            return 1;
        }
        long r = range.sizeSaturated();
        if (r <= 1) {
            return r;
        }
        long result = 1;
        for (long i = n; i > 0 && result != Long.MAX_VALUE; i--) {
            result = Odometer.saturatedProduct(result, r);
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
        Value[] dom = domain.normalized().elements();
        int n = dom.length;
        Value[] rng = n == 0 ? new Value[0] : range.normalized().elements();
        int[] radix = new int[n];
        Arrays.fill(radix, rng.length);
        Value[] fcns = new Value[size()];
        if (fcns.length == 0) {
            return SetEnumValue.EMPTY;
        }
        int[] idx = new int[n];
        int k = 0;
        do {
            Value[] vals = new Value[n];
            for (int i = 0; i < n; i++) {
                vals[i] = rng[idx[i]];
            }
            fcns[k++] = domain instanceof IntervalValue iv
                    ? FcnRcdValue.ofInterval(iv.low(), vals)
                    : FcnRcdValue.ofSorted(dom, vals);
        } while (Odometer.advance(idx, radix));
        return SetEnumValue.ofSorted(fcns);
    }

    @Override
    void appendLazy(StringBuilder out) {
        out.append('[');
        domain.appendTo(out);
        out.append(" -> ");
        range.appendTo(out);
        out.append(']');
    }

    @Override
    public String kindString() {
        return "a set of the form [S -> T]";
    }
}
