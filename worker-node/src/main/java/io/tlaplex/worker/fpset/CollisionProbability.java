package io.tlaplex.worker.fpset;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * TLC's "calculated (optimistic)" estimate of the chance that two distinct states shared a fingerprint. Each of
 * the {@code generated - distinct} look-ups that found a fingerprint already present could have matched any of
 * the {@code distinct} stored ones by accident, each with chance 2^-64: {@code distinct * (generated - distinct)
 * / 2^64}. It is optimistic because it assumes fingerprints of distinct states are independent and uniform.
 */
public final class CollisionProbability {
    private static final double TWO_TO_64 = 0x1p64;

    private CollisionProbability() {
    }

    /** The estimate for a run that generated {@code generated} states of which {@code distinct} were new. */
    public static double optimistic(long distinct, long generated) {
        if (distinct < 0 || generated < distinct) {
            throw new IllegalArgumentException("need 0 <= distinct <= generated: " + distinct + ", " + generated);
        }
        return (double) distinct * (double) (generated - distinct) / TWO_TO_64;
    }

    /** The value as TLC prints it after {@code val = }: two significant digits, e.g. {@code 6.0E-8}. */
    public static String format(double probability) {
        if (probability == 0) {
            return "0.0";
        }
        BigDecimal rounded = new BigDecimal(probability).round(new MathContext(2, RoundingMode.HALF_UP));
        int exponent = rounded.precision() - rounded.scale() - 1;
        BigDecimal mantissa = rounded.movePointLeft(exponent).setScale(1, RoundingMode.HALF_UP);
        return exponent == 0 ? mantissa.toPlainString() : mantissa.toPlainString() + "E" + exponent;
    }

    /** TLC's closing line, e.g. {@code   calculated (optimistic):  val = 6.0E-8}. */
    public static String optimisticLine(long distinct, long generated) {
        return "  calculated (optimistic):  val = " + format(optimistic(distinct, generated));
    }
}
