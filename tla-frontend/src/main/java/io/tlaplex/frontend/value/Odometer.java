package io.tlaplex.frontend.value;

import java.util.function.Function;

/**
 * Steps through all index combinations {@code idx[i] < radix[i]}, last position fastest. Enumerating a product
 * of sorted sets this way yields tuples, functions and records already in TLC's order.
 */
final class Odometer {
    private Odometer() {
    }

    /** Total number of combinations, or an overflow error naming {@code set}. */
    static int count(int[] radix, Value set) {
        long n = 1;
        for (int r : radix) {
            n *= r;
            if (n > Integer.MAX_VALUE) {
                throw Errors.sizeOverflow(set);
            }
        }
        return (int) n;
    }

    /** {@code a * b} for non-negative numbers, saturating at {@link Long#MAX_VALUE}. */
    static long saturatedProduct(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        return hi != 0 || lo < 0 ? Long.MAX_VALUE : lo;
    }

    /** Advances {@code idx} to the next combination; false after the last one. */
    static boolean advance(int[] idx, int[] radix) {
        for (int i = idx.length - 1; i >= 0; i--) {
            if (++idx[i] < radix[i]) {
                return true;
            }
            idx[i] = 0;
        }
        return false;
    }

    /** Whether every factor of a product is finite. */
    static boolean allFinite(SetValue[] factors) {
        for (SetValue s : factors) {
            if (!s.isFinite()) {
                return false;
            }
        }
        return true;
    }

    /** The number of elements of the product of {@code factors}, or TLC's overflow error for {@code product}. */
    static int productSize(SetValue[] factors, Value product) {
        int[] radix = new int[factors.length];
        for (int i = 0; i < factors.length; i++) {
            radix[i] = factors[i].size();
        }
        return count(radix, product);
    }

    /** The product's size, saturating at {@link Long#MAX_VALUE}. */
    static long productSizeSaturated(SetValue[] factors) {
        long result = 1;
        for (SetValue s : factors) {
            result = saturatedProduct(result, s.sizeSaturated());
        }
        return result;
    }

    /**
     * Every combination of one element per factor (factors' elements in their normalized order, the
     * last factor varying fastest), each made into a value by {@code make}, as a normalized set.
     */
    static SetEnumValue enumerateProduct(SetValue[] factors, Value product,
            Function<Value[], Value> make) {
        int n = factors.length;
        Value[][] choices = new Value[n][];
        int[] radix = new int[n];
        for (int i = 0; i < n; i++) {
            choices[i] = factors[i].normalized().elements();
            radix[i] = choices[i].length;
        }
        Value[] members = new Value[productSize(factors, product)];
        if (members.length == 0) {
            return SetEnumValue.EMPTY;
        }
        int[] idx = new int[n];
        int k = 0;
        do {
            Value[] parts = new Value[n];
            for (int i = 0; i < n; i++) {
                parts[i] = choices[i][idx[i]];
            }
            members[k++] = make.apply(parts);
        } while (advance(idx, radix));
        return SetEnumValue.ofSorted(members);
    }
}
