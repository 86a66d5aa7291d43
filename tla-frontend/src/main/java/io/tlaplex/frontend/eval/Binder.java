package io.tlaplex.frontend.eval;

import io.tlaplex.frontend.diag.SourceSpan;
import io.tlaplex.frontend.value.EvalException;
import io.tlaplex.frontend.value.FcnValue;
import io.tlaplex.frontend.value.IntValue;
import io.tlaplex.frontend.value.SetEnumValue;
import io.tlaplex.frontend.value.SetOps;
import io.tlaplex.frontend.value.TupleValue;
import io.tlaplex.frontend.value.Value;

/**
 * The bound identifiers of a quantifier, CHOOSE, set constructor or function constructor, flattened into
 * levels: {@code x, y \in S} is two levels over S, {@code <<a, b>> \in T} one level binding two slots. Each
 * level's set is evaluated when the level is entered (so it may use the earlier identifiers). Immutable.
 */
final class Binder {
    final Node[] sets;
    /** Per level, the slots bound: one for a plain identifier, one per component for a tuple pattern. */
    final int[][] slots;
    final boolean[] tuple;
    /** Per level, true when its set is the previous level's set node and may reuse its elements. */
    final boolean[] sameSet;
    final SourceSpan span;

    Binder(SourceSpan span, Node[] sets, int[][] slots, boolean[] tuple, boolean[] sameSet) {
        this.span = span;
        this.sets = sets;
        this.slots = slots;
        this.tuple = tuple;
        this.sameSet = sameSet;
    }

    int levels() {
        return sets.length;
    }

    int deps() {
        int d = Node.DEP_FRAME;
        for (Node s : sets) {
            d |= s.deps;
        }
        return d;
    }

    /** The elements of level {@code k}'s set in TLC's order. */
    SetEnumValue elements(Ctx c, Object[] f, int k, SetEnumValue previous) {
        if (sameSet[k] && previous != null && sets[k].deps == 0) {
            return previous;
        }
        Value s = sets[k].eval(c, f);
        try {
            return SetOps.enumerate(s);
        } catch (EvalException e) {
            throw EvalError.at(e, sets[k].span);
        }
    }

    /** Binds level {@code k} to element {@code e}. */
    void bind(Object[] f, int k, Value e) {
        int[] s = slots[k];
        if (!tuple[k]) {
            f[s[0]] = e;
            return;
        }
        if (e instanceof TupleValue t && t.size() == s.length) {
            for (int i = 0; i < s.length; i++) {
                f[s[i]] = t.get(i);
            }
            return;
        }
        if (e instanceof FcnValue fn && fn.size() == s.length) {
            try {
                for (int i = 0; i < s.length; i++) {
                    f[s[i]] = fn.apply(IntValue.of(i + 1));
                }
                return;
            } catch (EvalException ignored) {
                // not a tuple: reported below
            }
        }
        throw EvalError.of("Attempted to bind a tuple of " + s.length + " identifiers to the value\n" + e
                + "\nwhich is not a tuple of that length.", span);
    }

    /** Visits every binding (odometer order, first level outermost) until {@code v} returns false. */
    boolean forEach(Ctx c, Object[] f, Visitor v) {
        return forEach(c, f, v, 0, null);
    }

    private boolean forEach(Ctx c, Object[] f, Visitor v, int k, SetEnumValue previous) {
        SetEnumValue elems = elements(c, f, k, previous);
        int n = elems.size();
        boolean last = k == sets.length - 1;
        for (int i = 0; i < n; i++) {
            bind(f, k, elems.get(i));
            if (last ? !v.visit(c, f) : !forEach(c, f, v, k + 1, elems)) {
                return false;
            }
        }
        return true;
    }

    /** Called once per binding; returns false to stop. */
    interface Visitor {
        boolean visit(Ctx c, Object[] f);
    }
}
