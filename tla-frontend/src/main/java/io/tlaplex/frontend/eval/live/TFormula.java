package io.tlaplex.frontend.eval.live;

import java.util.ArrayList;
import java.util.List;

/**
 * A temporal formula in negation normal form, as liveness checking uses it: literals are compiled state or action
 * predicates (possibly negated), combined with conjunction, disjunction, {@code []} and {@code <>}. Immutable;
 * records compare structurally, which the tableau construction relies on.
 */
public sealed interface TFormula {

    /** Predicate {@code pred} of the state (or, when {@code action}, the step) table, negated or not. */
    record Lit(int pred, boolean action, boolean negated) implements TFormula {
        public Lit negate() {
            return new Lit(pred, action, !negated);
        }
    }

    record Const(boolean value) implements TFormula {
    }

    record And(List<TFormula> items) implements TFormula {
    }

    record Or(List<TFormula> items) implements TFormula {
    }

    record Always(TFormula body) implements TFormula {
    }

    record Eventually(TFormula body) implements TFormula {
    }

    TFormula TRUE = new Const(true);
    TFormula FALSE = new Const(false);

    /** The conjunction, flattened, without TRUE items; FALSE when an item is FALSE. */
    static TFormula and(List<TFormula> items) {
        List<TFormula> out = new ArrayList<>();
        for (TFormula f : items) {
            if (f instanceof And a) {
                out.addAll(a.items());
            } else if (f instanceof Const c) {
                if (!c.value()) {
                    return FALSE;
                }
            } else {
                out.add(f);
            }
        }
        return out.isEmpty() ? TRUE : out.size() == 1 ? out.get(0) : new And(List.copyOf(out));
    }

    /** The disjunction, flattened, without FALSE items; TRUE when an item is TRUE. */
    static TFormula or(List<TFormula> items) {
        List<TFormula> out = new ArrayList<>();
        for (TFormula f : items) {
            if (f instanceof Or o) {
                out.addAll(o.items());
            } else if (f instanceof Const c) {
                if (c.value()) {
                    return TRUE;
                }
            } else {
                out.add(f);
            }
        }
        return out.isEmpty() ? FALSE : out.size() == 1 ? out.get(0) : new Or(List.copyOf(out));
    }

    /** Whether the formula contains {@code []} or {@code <>}. */
    static boolean isTemporal(TFormula f) {
        return switch (f) {
            case Lit l -> false;
            case Const c -> false;
            case And a -> a.items().stream().anyMatch(TFormula::isTemporal);
            case Or o -> o.items().stream().anyMatch(TFormula::isTemporal);
            case Always a -> true;
            case Eventually e -> true;
        };
    }

    /** Whether a formula without temporal operators reads the next state. */
    static boolean hasAction(TFormula f) {
        return switch (f) {
            case Lit l -> l.action();
            case Const c -> false;
            case And a -> a.items().stream().anyMatch(TFormula::hasAction);
            case Or o -> o.items().stream().anyMatch(TFormula::hasAction);
            case Always a -> hasAction(a.body());
            case Eventually e -> hasAction(e.body());
        };
    }

    /**
     * The value of a formula without temporal operators, from the truth bits of the state predicates (of the
     * current state) and of the action predicates (of the step); {@code actionBits} may be null for state formulas.
     */
    static boolean holds(TFormula f, long[] stateBits, int stateOffset, long[] actionBits, int actionOffset) {
        return switch (f) {
            case Lit l -> l.negated() != (l.action() ? bit(actionBits, actionOffset, l.pred())
                    : bit(stateBits, stateOffset, l.pred()));
            case Const c -> c.value();
            case And a -> {
                for (TFormula x : a.items()) {
                    if (!holds(x, stateBits, stateOffset, actionBits, actionOffset)) {
                        yield false;
                    }
                }
                yield true;
            }
            case Or o -> {
                for (TFormula x : o.items()) {
                    if (holds(x, stateBits, stateOffset, actionBits, actionOffset)) {
                        yield true;
                    }
                }
                yield false;
            }
            case Always a -> throw new IllegalArgumentException("temporal formula");
            case Eventually e -> throw new IllegalArgumentException("temporal formula");
        };
    }

    private static boolean bit(long[] bits, int offset, int i) {
        return (bits[offset + (i >>> 6)] & (1L << (i & 63))) != 0;
    }
}
