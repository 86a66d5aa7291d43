package io.tlaplex.frontend.value;

/**
 * One of TLC's built-in infinite sets {@code Nat}, {@code Int} and {@code STRING}, or module TLC's
 * {@code Any}, which contains every value: membership only.
 */
public final class InfiniteSetValue extends SetValue {
    public static final InfiniteSetValue NAT = new InfiniteSetValue("Nat");
    public static final InfiniteSetValue INT = new InfiniteSetValue("Int");
    public static final InfiniteSetValue STRING = new InfiniteSetValue("STRING");
    public static final InfiniteSetValue ANY = new InfiniteSetValue("Any");

    private final String name;

    private InfiniteSetValue(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    @Override
    public boolean contains(Value v) {
        if (this == ANY) {
            return true;
        }
        if (this == STRING ? v instanceof StringValue : v instanceof IntValue) {
            return this != NAT || ((IntValue) v).value() >= 0;
        }
        return foreignMember(v);
    }

    @Override
    public boolean isFinite() {
        return false;
    }

    @Override
    public SetEnumValue normalized() {
        throw Errors.notEnumerable(this);
    }

    @Override
    public int size() {
        throw Errors.of("Attemtped to compute cardinality of the value\n" + name);
    }

    /** TLC: Nat before Int; STRING is comparable only with itself. */
    int compareBuiltin(InfiniteSetValue other) {
        if (this == other) {
            return 0;
        }
        if (this != STRING && other != STRING && this != ANY && other != ANY) {
            return this == NAT ? -1 : 1;
        }
        throw Errors.of("Attempted to compare " + name + " with the value\n" + other.name);
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    void appendLazy(StringBuilder out) {
        out.append(name);
    }

    @Override
    public String kindString() {
        return "a special set constant";
    }
}
