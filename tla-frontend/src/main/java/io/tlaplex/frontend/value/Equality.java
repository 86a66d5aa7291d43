package io.tlaplex.frontend.value;

/**
 * TLA+ {@code =} and {@code #} with TLC's errors: comparing values of different kinds (1 = "a") is an error,
 * except that an untyped model value is unequal to every other value. Also the never-throwing structural
 * equality and hash codes behind {@link Value#equals} and {@link Value#hashCode}.
 */
public final class Equality {
    static final int SET_HASH_SEED = 0x5e7;
    static final int FCN_HASH_SEED = 0xfc7;

    private Equality() {
    }

    /** TLA+ {@code a = b}. */
    public static boolean eq(Value a, Value b) {
        if (a == b) {
            return true;
        }
        // The common same-kind cases first, without the family dispatch below.
        if (a instanceof IntValue x && b instanceof IntValue y) {
            return x.value() == y.value();
        }
        if (a instanceof StringValue x && b instanceof StringValue y) {
            return x.equals(y);
        }
        if (a instanceof FcnValue x && b instanceof FcnValue y) {
            return eqFcns(x, y);
        }
        if (a instanceof ModelValue ma) {
            return b instanceof ModelValue ? ma.eqSameFamily(b) : ma.eqWithNonModel(b);
        }
        if (b instanceof ModelValue mb) {
            return mb.eqFromNonModel(a);
        }
        if (a.family() != b.family()) {
            throw a.eqMismatch(b);
        }
        return a.eqSameFamily(b);
    }

    /** TLA+ {@code a # b}. */
    public static boolean neq(Value a, Value b) {
        return !eq(a, b);
    }

    static boolean eqSets(SetValue a, SetValue b) {
        if (a instanceof IntervalValue ia && b instanceof IntervalValue ib) {
            return ia.compareInterval(ib) == 0;
        }
        if (!a.isFinite() || !b.isFinite()) {
            if (a instanceof InfiniteSetValue ia && b instanceof InfiniteSetValue ib) {
                return ia == ib;
            }
            if (a.isFinite()) {
                throw Errors.of("Attempted to check equality of the set " + Errors.ppr(a) + " with the value:\n"
                        + Errors.ppr(b));
            }
            throw Errors.of("Attempted to compare " + Errors.ppr(a) + " with the value\n" + Errors.ppr(b));
        }
        int n = a.size();
        if (n != b.size()) {
            return false;
        }
        SetEnumValue ea = a.normalized();
        SetEnumValue eb = b.normalized();
        for (int i = 0; i < n; i++) {
            if (!eq(ea.get(i), eb.get(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean eqFcns(FcnValue a, FcnValue b) {
        int n = a.size();
        if (n != b.size()) {
            return false;
        }
        boolean sameDomain = a instanceof TupleValue && b instanceof TupleValue
                || a instanceof RecordValue ra && b instanceof RecordValue rb && ra.hasFieldsOf(rb);
        if (!sameDomain) {
            for (int i = 0; i < n; i++) {
                if (!eq(a.domainAt(i), b.domainAt(i))) {
                    return false;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (!eq(a.valueAt(i), b.valueAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Structural set equality for {@link Value#equals}: never throws. */
    static boolean sameSet(SetValue a, SetValue b) {
        if (a == b) {
            return true;
        }
        if (a instanceof IntervalValue ia && b instanceof IntervalValue ib) {
            return ia.compareInterval(ib) == 0;
        }
        if (!a.isFinite() || !b.isFinite()) {
            return false;
        }
        int n = a.size();
        if (n != b.size() || a.hashCode() != b.hashCode()) {
            return false;
        }
        SetEnumValue ea = a.normalized();
        SetEnumValue eb = b.normalized();
        for (int i = 0; i < n; i++) {
            if (!ea.get(i).equals(eb.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Structural function equality for {@link Value#equals}: never throws. */
    static boolean sameFcn(FcnValue a, FcnValue b) {
        if (a == b) {
            return true;
        }
        int n = a.size();
        if (n != b.size() || a.hashCode() != b.hashCode()) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (!a.domainAt(i).equals(b.domainAt(i)) || !a.valueAt(i).equals(b.valueAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link Value#hashCode} of a set or function from its {@link Value#hash64}, so that it agrees across
     * representations. Values with an infinite part have no 64-bit hash and mix their parts' hash codes instead
     * ({@link #mixSetHash}, {@link #mixFcnHash}); such a value is never equal to one with a 64-bit hash.
     */
    static int fold(long hash64) {
        return (int) (hash64 ^ (hash64 >>> 32));
    }

    /** Hash of a set from its elements' hashes in TLC's order, starting from {@link #SET_HASH_SEED}. */
    static int mixSetHash(int hash, int elementHash) {
        return hash * 31 + elementHash;
    }

    /** Hash of a function from its (domain element, value) pairs in canonical order. */
    static int mixFcnHash(int hash, int domainHash, int valueHash) {
        return (hash * 31 + domainHash) * 31 + valueHash;
    }
}
