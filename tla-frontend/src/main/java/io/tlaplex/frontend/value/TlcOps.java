package io.tlaplex.frontend.value;

import java.util.Arrays;
import java.util.function.BiPredicate;

/**
 * The TLC module's value operators: {@code :>}, {@code @@}, {@code Permutations}, {@code SortSeq},
 * {@code ToString} and {@code Assert}, with TLC's semantics and messages.
 */
public final class TlcOps {
    private TlcOps() {
    }

    /** {@code d :> e}: the function mapping {@code d} to {@code e}. */
    public static FcnValue makeFcn(Value d, Value e) {
        return FcnRcdValue.ofSorted(new Value[] {d}, new Value[] {e});
    }

    /** {@code f @@ g}: {@code f} where defined, else {@code g}. */
    public static FcnValue combine(Value f, Value g) {
        if (!(f instanceof FcnValue left)) {
            throw Errors.argument("first", "@@", "function", f);
        }
        if (!(g instanceof FcnValue right)) {
            throw Errors.argument("second", "@@", "function", g);
        }
        int n = left.size();
        Value[] domain = new Value[n + right.size()];
        Value[] values = new Value[domain.length];
        for (int i = 0; i < n; i++) {
            domain[i] = left.domainAt(i);
            values[i] = left.valueAt(i);
        }
        int k = n;
        for (int i = 0; i < right.size(); i++) {
            Value d = right.domainAt(i);
            if (!inDomain(left, d)) {
                domain[k] = d;
                values[k++] = right.valueAt(i);
            }
        }
        return FcnRcdValue.of(Arrays.copyOf(domain, k), Arrays.copyOf(values, k));
    }

    private static boolean inDomain(FcnValue f, Value d) {
        for (int i = 0; i < f.size(); i++) {
            if (Equality.eq(d, f.domainAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** {@code Permutations(S)}: all bijections of a finite set onto itself. */
    public static SetEnumValue permutations(Value s) {
        if (!(s instanceof SetValue set) || !set.isFinite()) {
            throw Errors.applyingToWrongValue("Permutations", "a finite set", s);
        }
        Value[] elems = set.normalized().elements();
        int n = elems.length;
        long total = 1;
        for (int i = 2; i <= n; i++) {
            total *= i;
            if (total > Integer.MAX_VALUE) {
                throw Errors.sizeOverflow(s);
            }
        }
        Value[] perms = new Value[(int) total];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        int k = 0;
        do {
            Value[] image = new Value[n];
            for (int i = 0; i < n; i++) {
                image[i] = elems[order[i]];
            }
            perms[k++] = FcnRcdValue.ofSorted(elems, image);
        } while (nextPermutation(order));
        return SetEnumValue.of(perms);
    }

    /** Rearranges {@code a} into the next permutation in lexicographic order; false after the last. */
    private static boolean nextPermutation(int[] a) {
        int i = a.length - 2;
        while (i >= 0 && a[i] >= a[i + 1]) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        int j = a.length - 1;
        while (a[j] <= a[i]) {
            j--;
        }
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
        for (int l = i + 1, r = a.length - 1; l < r; l++, r--) {
            t = a[l];
            a[l] = a[r];
            a[r] = t;
        }
        return true;
    }

    /**
     * {@code SortSeq(s, Op)}: TLC's insertion sort, moving an element before its predecessor while
     * {@code before(element, predecessor)} holds, so results match TLC even for non-strict orders.
     */
    public static TupleValue sortSeq(Value s, BiPredicate<Value, Value> before) {
        Value[] elems = SeqOps.elementsOrNull(s);
        if (elems == null) {
            throw Errors.argument("first", "SortSeq", "natural number", s);
        }
        int n = elems.length;
        if (n == 0) {
            return TupleValue.EMPTY;
        }
        Value[] sorted = new Value[n];
        sorted[0] = elems[0];
        for (int i = 1; i < n; i++) {
            int j = i;
            while (j > 0 && before.test(elems[i], sorted[j - 1])) {
                sorted[j] = sorted[j - 1];
                j--;
            }
            sorted[j] = elems[i];
        }
        return TupleValue.of(sorted);
    }

    /** {@code ToString(v)}: TLC's one-line syntax of {@code v}, as a string of {@code table}. */
    public static StringValue toStringValue(Value v, StringTable table) {
        return table.string(v.toString());
    }

    /** {@code Assert(cond, out)}: TRUE, or TLC's assertion failure naming {@code out}. */
    public static BoolValue assertTrue(Value cond, Value out) {
        if (cond == BoolValue.TRUE) {
            return BoolValue.TRUE;
        }
        throw Errors.of("The first argument of Assert evaluated to FALSE; the second argument was:\n"
                + Errors.ppr(out));
    }
}
