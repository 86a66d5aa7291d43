package io.tlaplex.frontend.eval;

import io.tlaplex.frontend.diag.SourceSpan;
import io.tlaplex.frontend.value.Equality;
import io.tlaplex.frontend.value.EvalException;
import io.tlaplex.frontend.value.Value;

/**
 * A conjunct still to be processed, with the ones after it: TLC's action item list. When every variable is
 * already assigned, TLC evaluates the remaining conjuncts as plain booleans instead of enumerating them, so a
 * disjunction there yields one state, not one per true disjunct; {@link #run} does the same.
 */
class Pending extends Act {
    /** The item's enumeration, continuing with {@link #next}; null for the end of the list. */
    final Act act;
    /** The item as a boolean for the all-assigned case: a conjunct, an UNCHANGED component, a CHANGED check. */
    final Node check;
    final Kind kind;
    final Pending next;

    enum Kind { PRED, UNCHANGED, CHANGED, END }

    Pending(SourceSpan span, Act act, Node check, Kind kind, Pending next) {
        super(span);
        this.act = act;
        this.check = check;
        this.kind = kind;
        this.next = next;
    }

    @Override
    void run(Ctx c, Object[] f) {
        if (c.allAssigned()) {
            for (Pending p = this; p.kind != Kind.END; p = p.next) {
                if (!p.holds(c, f)) {
                    return;
                }
            }
            end().emit(c, f);
        } else {
            act.run(c, f);
        }
    }

    /** Whether this item holds in the fully assigned state. */
    boolean holds(Ctx c, Object[] f) {
        Value v = check.eval(c, f);
        return guard(v, Mode.NEXT, check.span);
    }

    final End end() {
        Pending p = this;
        while (p.kind != Kind.END) {
            p = p.next;
        }
        return (End) p;
    }

    /** {@code <<A>>_v}'s condition that v changes. */
    static final class Changed extends Pending {
        final Node v;
        final Node vPrimed;

        Changed(SourceSpan span, Node v, Node vPrimed, Pending next) {
            super(span, null, null, Kind.CHANGED, next);
            this.v = v;
            this.vPrimed = vPrimed;
        }

        @Override
        void run(Ctx c, Object[] f) {
            if (c.allAssigned()) {
                super.run(c, f);
            } else if (holds(c, f)) {
                next.run(c, f);
            }
        }

        @Override
        boolean holds(Ctx c, Object[] f) {
            Value a = v.eval(c, f);
            Value b = vPrimed.eval(c, f);
            try {
                return !Equality.eq(a, b);
            } catch (EvalException e) {
                throw EvalError.at(e, span);
            }
        }
    }

    /** The end of an enumeration: hands the finished state to the context's sink. */
    abstract static class End extends Pending {
        End(SourceSpan span) {
            super(span, null, null, Kind.END, null);
        }

        @Override
        final void run(Ctx c, Object[] f) {
            emit(c, f);
        }

        abstract void emit(Ctx c, Object[] f);
    }
}
