package io.tlaplex.frontend.value;

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
}
