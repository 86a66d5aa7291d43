package io.tlaplex.frontend.value;

/**
 * Function operators with TLC's semantics: application with TLC's "not in the domain" error, {@code DOMAIN},
 * {@code EXCEPT} at a path, {@code [x \in S |-> e]} built from its values, and {@code [S -> T]}.
 */
public final class FcnOps {
    private FcnOps() {
    }

    /** {@code f[arg]}. For {@code f[a, b]} pass the tuple {@code <<a, b>>}. */
    public static Value apply(Value f, Value arg) {
        if (f instanceof FcnValue fv) {
            return fv.apply(arg);
        }
        throw Errors.of("A non-function (" + f.kindString() + ") was applied as a function.");
    }

    /** {@code DOMAIN f}. */
    public static SetValue domain(Value f) {
        if (f instanceof FcnValue fv) {
            return fv.domain();
        }
        throw Errors.of("Attempted to apply the operator DOMAIN to a non-function\n(" + f.kindString() + ")");
    }

    /**
     * The component of {@code f} at {@code path} ({@code f[p1][p2]...}), or null when some step is outside a
     * domain. This is {@code @} in {@code EXCEPT}; TLC warns and skips an EXCEPT clause whose path is missing.
     */
    public static Value selectPath(Value f, Value[] path) {
        Value current = f;
        for (Value step : path) {
            if (!(current instanceof FcnValue fv)) {
                throw Errors.of("Attempted to apply EXCEPT construct to the value " + Errors.ppr(current) + ".");
            }
            current = fv.select(step);
            if (current == null) {
                return null;
            }
        }
        return current;
    }

    /** {@code [f EXCEPT ![p1][p2]... = newValue]}; unchanged when the path leaves a domain. */
    public static Value except(Value f, Value[] path, Value newValue) {
        return except(f, path, 0, newValue);
    }

    private static Value except(Value f, Value[] path, int depth, Value newValue) {
        if (depth == path.length) {
            return newValue;
        }
        if (!(f instanceof FcnValue fv)) {
            throw Errors.of("Attempted to apply EXCEPT construct to the value " + Errors.ppr(f) + ".");
        }
        Value old = fv.select(path[depth]);
        if (old == null) {
            return f;
        }
        return fv.replace(path[depth], except(old, path, depth + 1, newValue));
    }

    /**
     * {@code [x \in domain |-> e]} given the values of {@code e} for the domain's elements in TLC's order (see
     * {@link SetOps#enumerate}). Takes ownership of {@code values}.
     */
    public static FcnValue fromDomain(Value domain, Value[] values) {
        if (domain instanceof IntervalValue iv) {
            return FcnRcdValue.ofInterval(iv.low(), values);
        }
        SetEnumValue d = SetOps.enumerate(domain);
        if (d.size() != values.length) {
            throw new IllegalArgumentException("expected " + d.size() + " values, got " + values.length);
        }
        return FcnRcdValue.ofSorted(d.elements(), values);
    }

    /** {@code [domain -> range]}, lazy. */
    public static SetValue setOfFcns(Value domain, Value range) {
        return new SetOfFcnsValue(SetOps.operand(domain, "[S -> T]"), SetOps.operand(range, "[S -> T]"));
    }

    /** {@code <<e1, ..., en>>}; takes ownership of the array. */
    public static TupleValue tuple(Value[] elements) {
        return TupleValue.of(elements);
    }
}
