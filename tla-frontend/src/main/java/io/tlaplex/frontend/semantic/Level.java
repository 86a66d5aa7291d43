package io.tlaplex.frontend.semantic;

/**
 * The four levels of TLA+ expressions, as SANY computes them: constant (no variable), state
 * (unprimed variables), action (primes, UNCHANGED, [A]_v) and temporal ([], <>, WF, ~>).
 */
public final class Level {
    public static final int CONSTANT = 0;
    public static final int STATE = 1;
    public static final int ACTION = 2;
    public static final int TEMPORAL = 3;

    private static final String[] NAMES = {"constant", "state", "action", "temporal"};

    private Level() {
    }

    /** {@code constant}, {@code state}, {@code action} or {@code temporal}. */
    public static String name(int level) {
        return NAMES[level];
    }

    /** E.g. {@code 2 (action)}, as used in level error messages. */
    static String describe(int level) {
        return level + " (" + NAMES[level] + ")";
    }
}
