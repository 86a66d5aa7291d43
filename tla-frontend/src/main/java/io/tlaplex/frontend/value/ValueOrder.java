package io.tlaplex.frontend.value;

import java.util.Arrays;

/**
 * TLC's order between values, and sorting by it. Sets compare by size, then element by element; functions
 * (tuples, records) by size, then domain element by element, then value by value. For records and tuples this is
 * exactly TLC; for two general functions with different domains of equal size TLC interleaves domain and value,
 * which would make the order depend on the representation, so the domain-first rule is used for all functions.
 */
final class ValueOrder {
    private static final int INSERTION_SORT_MAX = 24;

    private ValueOrder() {
    }

    static int compare(Value a, Value b) {
        if (a == b) {
            return 0;
        }
        // The common same-kind cases first, without the family dispatch below.
        if (a instanceof IntValue x && b instanceof IntValue y) {
            return Integer.compare(x.value(), y.value());
        }
        if (a instanceof StringValue x && b instanceof StringValue y) {
            return x.compareSameFamily(y);
        }
        if (a instanceof FcnValue x && b instanceof FcnValue y) {
            return compareFcns(x, y);
        }
        if (a instanceof ModelValue ma) {
            return b instanceof ModelValue ? ma.compareSameFamily(b) : ma.compareWithNonModel(b);
        }
        if (b instanceof ModelValue mb) {
            return mb.compareFromNonModel(a);
        }
        if (a.family() != b.family()) {
            throw a.compareMismatch(b);
        }
        return a.compareSameFamily(b);
    }

    /** Sorts {@code a[0, n)} in TLC order and removes duplicates in place; returns the number kept. */
    static int sortDistinct(Value[] a, int n) {
        if (n < 2) {
            return n;
        }
        if (n <= INSERTION_SORT_MAX) {
            for (int i = 1; i < n; i++) {
                Value v = a[i];
                int j = i - 1;
                while (j >= 0 && compare(a[j], v) > 0) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = v;
            }
        } else {
            Arrays.sort(a, 0, n);
        }
        int kept = 1;
        for (int i = 1; i < n; i++) {
            if (compare(a[kept - 1], a[i]) != 0) {
                a[kept++] = a[i];
            }
        }
        Arrays.fill(a, kept, n, null);
        return kept;
    }

    /** True when {@code a[0, n)} is strictly increasing, i.e. already sorted and free of duplicates. */
    static boolean isStrictlyIncreasing(Value[] a, int n) {
        for (int i = 1; i < n; i++) {
            if (compare(a[i - 1], a[i]) >= 0) {
                return false;
            }
        }
        return true;
    }

    static int compareSets(SetValue a, SetValue b) {
        if (a instanceof IntervalValue ia && b instanceof IntervalValue ib) {
            return ia.compareInterval(ib);
        }
        if (!a.isFinite() || !b.isFinite()) {
            return compareInfinite(a, b);
        }
        int sa = a.size();
        int sb = b.size();
        if (sa != sb) {
            return sa < sb ? -1 : 1;
        }
        SetEnumValue ea = a.normalized();
        SetEnumValue eb = b.normalized();
        for (int i = 0; i < sa; i++) {
            int c = compare(ea.get(i), eb.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static int compareInfinite(SetValue a, SetValue b) {
        if (a instanceof InfiniteSetValue ia && b instanceof InfiniteSetValue ib) {
            return ia.compareBuiltin(ib);
        }
        if (a.isFinite()) {
            throw Errors.of("Attempted to compare the set " + Errors.ppr(a) + " with the value:\n" + Errors.ppr(b));
        }
        throw Errors.of("Attempted to compare " + Errors.ppr(a) + " with the value\n" + Errors.ppr(b));
    }

    static int compareFcns(FcnValue a, FcnValue b) {
        int na = a.size();
        int nb = b.size();
        if (na != nb) {
            return na < nb ? -1 : 1;
        }
        if (a instanceof RecordValue ra && b instanceof RecordValue rb && ra.hasFieldsOf(rb)) {
            return compareAll(ra.values(), rb.values());
        }
        if (a instanceof TupleValue ta && b instanceof TupleValue tb) {
            return compareAll(ta.sequenceElements(), tb.sequenceElements());
        }
        for (int i = 0; i < na; i++) {
            int c = compare(a.domainAt(i), b.domainAt(i));
            if (c != 0) {
                return c;
            }
        }
        for (int i = 0; i < na; i++) {
            int c = compare(a.valueAt(i), b.valueAt(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** Element by element over arrays of equal length. */
    private static int compareAll(Value[] a, Value[] b) {
        for (int i = 0; i < a.length; i++) {
            int c = compare(a[i], b[i]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
