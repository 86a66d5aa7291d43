package io.tlaplex.frontend.value;

import java.util.Arrays;
import java.util.function.UnaryOperator;

/**
 * {@code [x \in S |-> e]} kept lazy, for infinite domains and recursive definitions
 * ({@code f[n \in Nat] == IF n = 0 THEN 1 ELSE n * f[n - 1]}): application checks the domain and evaluates the
 * body through the evaluator's callback. Comparison, encoding and printing use the materialized function when
 * the domain is finite; {@code EXCEPT} on an infinite domain is remembered as an override.
 */
public final class LazyFcnValue extends FcnValue {
    private static final Value[] NONE = new Value[0];

    private final SetValue domain;
    private final UnaryOperator<Value> body;
    private final String description;
    private final Value[] overrideArgs;
    private final Value[] overrideValues;
    private FcnValue materialized;

    /**
     * @param body        computes {@code e} for an argument in the domain; may apply this function recursively
     * @param description how to print the function while its domain is infinite, e.g. {@code [n \in Nat |-> n]}
     */
    public LazyFcnValue(SetValue domain, UnaryOperator<Value> body, String description) {
        this(domain, body, description, NONE, NONE);
    }

    private LazyFcnValue(SetValue domain, UnaryOperator<Value> body, String description, Value[] overrideArgs,
                         Value[] overrideValues) {
        this.domain = domain;
        this.body = body;
        this.description = description;
        this.overrideArgs = overrideArgs;
        this.overrideValues = overrideValues;
    }

    /** The function with every value computed; only for finite domains. */
    public FcnValue materialize() {
        FcnValue m = materialized;
        if (m == null) {
            SetEnumValue d = domain.normalized();
            Value[] values = new Value[d.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = select(d.get(i));
            }
            m = FcnOps.fromDomain(domain, values);
            materialized = m;
        }
        return m;
    }

    @Override
    public int size() {
        return materialize().size();
    }

    @Override
    public Value domainAt(int i) {
        return materialize().domainAt(i);
    }

    @Override
    public Value valueAt(int i) {
        return materialize().valueAt(i);
    }

    @Override
    public Value select(Value arg) {
        if (!domain.contains(arg)) {
            return null;
        }
        for (int i = overrideArgs.length - 1; i >= 0; i--) {
            if (overrideArgs[i].equals(arg)) {
                return overrideValues[i];
            }
        }
        return body.apply(arg);
    }

    @Override
    public Value apply(Value arg) {
        Value v = select(arg);
        if (v == null) {
            throw Errors.of("Attempted to apply function:\n" + Errors.ppr(this) + "\nto argument " + Errors.ppr(arg)
                    + ", which is not in the domain of the function.");
        }
        return v;
    }

    @Override
    public FcnValue replace(Value arg, Value value) {
        if (domain.isFinite()) {
            return materialize().replace(arg, value);
        }
        if (!domain.contains(arg)) {
            return this;
        }
        Value[] args = Arrays.copyOf(overrideArgs, overrideArgs.length + 1);
        Value[] values = Arrays.copyOf(overrideValues, overrideValues.length + 1);
        args[overrideArgs.length] = arg;
        values[overrideArgs.length] = value;
        return new LazyFcnValue(domain, body, description, args, values);
    }

    @Override
    public SetValue domain() {
        return domain;
    }

    @Override
    Value[] sequenceElements() {
        return domain.isFinite() ? materialize().sequenceElements() : null;
    }

    @Override
    boolean isSequenceShaped() {
        return materialize().isSequenceShaped();
    }

    @Override
    boolean isRecordShaped() {
        return materialize().isRecordShaped();
    }

    @Override
    public boolean equals(Object other) {
        return other == this || domain.isFinite() && other instanceof FcnValue f && Equality.sameFcn(this, f);
    }

    @Override
    public int hashCode() {
        return domain.isFinite() ? materialize().hashCode() : System.identityHashCode(this);
    }

    @Override
    public void appendTo(StringBuilder out) {
        if (domain.isFinite()) {
            materialize().appendTo(out);
        } else {
            out.append(description);
        }
    }

    @Override
    public void encode(MutableBuffer out) {
        if (!domain.isFinite()) {
            throw Errors.of("TLC has found a state in which the value of a variable contains " + Errors.ppr(this));
        }
        materialize().encode(out);
    }

    @Override
    long hash64() {
        if (!domain.isFinite()) {
            throw Errors.of("TLC has found a state in which the value of a variable contains " + Errors.ppr(this));
        }
        return materialize().hash64();
    }

    @Override
    public Value permute(ModelValuePermutation permutation) {
        return domain.isFinite() ? materialize().permute(permutation) : this;
    }

    @Override
    public String kindString() {
        return "a function of the form  [x \\in S |-> expr]";
    }
}
