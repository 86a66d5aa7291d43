package io.tlaplex.frontend.eval;

import io.tlaplex.frontend.diag.SourceSpan;
import io.tlaplex.frontend.value.BoolValue;
import io.tlaplex.frontend.value.EvalException;
import io.tlaplex.frontend.value.SetEnumValue;
import io.tlaplex.frontend.value.SetOps;
import io.tlaplex.frontend.value.Value;

/** Bounded quantifiers and CHOOSE. */
final class QuantNodes {
    private QuantNodes() {
    }

    static boolean bodyBool(Value v, Node body) {
        if (v instanceof BoolValue b) {
            return b.value();
        }
        throw EvalError.of("TLC expected a boolean value, but did not find one.", body.span);
    }

    /** {@code \E x \in S : P} ({@code exists}) or {@code \A x \in S : P}; one plain identifier. */
    static final class Simple extends Node {
        final boolean exists;
        final Node set;
        final int slot;
        final Node body;

        Simple(SourceSpan span, boolean exists, Node set, int slot, Node body) {
            super(span, set.deps | body.deps | DEP_FRAME);
            this.exists = exists;
            this.set = set;
            this.slot = slot;
            this.body = body;
        }

        @Override
        Value eval(Ctx c, Object[] f) {
            Value s = set.eval(c, f);
            SetEnumValue elems;
            try {
                elems = SetOps.enumerate(s);
            } catch (EvalException e) {
                throw EvalError.at(e, set.span);
            }
            int n = elems.size();
            for (int i = 0; i < n; i++) {
                f[slot] = elems.get(i);
                if (bodyBool(body.eval(c, f), body) == exists) {
                    return BoolValue.of(exists);
                }
            }
            return BoolValue.of(!exists);
        }
    }

    /** {@code \E} or {@code \A} over several bounds or tuple patterns. */
    static final class General extends Node implements Binder.Visitor {
        final boolean exists;
        final Binder binder;
        final Node body;

        General(SourceSpan span, boolean exists, Binder binder, Node body) {
            super(span, binder.deps() | body.deps);
            this.exists = exists;
            this.binder = binder;
            this.body = body;
        }

        @Override
        Value eval(Ctx c, Object[] f) {
            boolean completed = binder.forEach(c, f, this);
            return BoolValue.of(completed != exists);
        }

        @Override
        public boolean visit(Ctx c, Object[] f) {
            return bodyBool(body.eval(c, f), body) != exists;
        }
    }

    /** {@code CHOOSE x \in S : P}: the first element in TLC's order that satisfies P. */
    static final class Choose extends Node {
        final Binder binder;
        final Node body;

        Choose(SourceSpan span, Binder binder, Node body) {
            super(span, binder.deps() | body.deps);
            this.binder = binder;
            this.body = body;
        }

        @Override
        Value eval(Ctx c, Object[] f) {
            Value s = binder.sets[0].eval(c, f);
            SetEnumValue elems;
            try {
                elems = SetOps.enumerate(s);
            } catch (EvalException e) {
                throw EvalError.of("Attempted to compute the value of an expression of\n"
                        + "form CHOOSE x \\in S: P, but S was not enumerable.", span);
            }
            int n = elems.size();
            for (int i = 0; i < n; i++) {
                Value e = elems.get(i);
                binder.bind(f, 0, e);
                if (bodyBool(body.eval(c, f), body)) {
                    return e;
                }
            }
            throw EvalError.of(SetOps.CHOOSE_FAILED, span);
        }
    }

    /** A construct TLC cannot evaluate: unbounded quantifiers and CHOOSE, temporal operators, ENABLED. */
    static final class Unsupported extends Node {
        final String message;

        Unsupported(SourceSpan span, String message) {
            super(span, DEP_UNKNOWN);
            this.message = message;
        }

        @Override
        Value eval(Ctx c, Object[] f) {
            throw EvalError.of(message, span);
        }
    }
}
