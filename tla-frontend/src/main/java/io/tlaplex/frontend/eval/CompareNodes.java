package io.tlaplex.frontend.eval;

import io.tlaplex.frontend.diag.SourceSpan;
import io.tlaplex.frontend.value.BoolValue;
import io.tlaplex.frontend.value.Equality;
import io.tlaplex.frontend.value.EvalException;
import io.tlaplex.frontend.value.SetOps;
import io.tlaplex.frontend.value.Value;

/** Equality, membership and inclusion, with TLC's errors for incomparable values. */
final class CompareNodes {
    private CompareNodes() {
    }

    /** {@code a = b} ({@code negate}: {@code a /= b}). */
    static final class Eq extends Node {
        final Node a;
        final Node b;
        final boolean negate;

        Eq(SourceSpan span, Node a, Node b, boolean negate) {
            super(span, a.deps | b.deps);
            this.a = a;
            this.b = b;
            this.negate = negate;
        }

        @Override
        Value eval(Ctx c, Object[] f) {
            Value x = a.eval(c, f);
            Value y = b.eval(c, f);
            try {
                return BoolValue.of(Equality.eq(x, y) != negate);
            } catch (EvalException e) {
                throw EvalError.at(e, span);
            }
        }
    }

    /** {@code a \in s} ({@code negate}: {@code a \notin s}). */
    static final class In extends Node {
        final Node a;
        final Node s;
        final boolean negate;

        In(SourceSpan span, Node a, Node s, boolean negate) {
            super(span, a.deps | s.deps);
            this.a = a;
            this.s = s;
            this.negate = negate;
        }

        @Override
        Value eval(Ctx c, Object[] f) {
            Value x = a.eval(c, f);
            Value y = s.eval(c, f);
            try {
                return BoolValue.of(SetOps.in(x, y) != negate);
            } catch (EvalException e) {
                throw EvalError.at(e, span);
            }
        }
    }

    /** {@code a \subseteq b}. */
    static final class Subseteq extends Node {
        final Node a;
        final Node b;

        Subseteq(SourceSpan span, Node a, Node b) {
            super(span, a.deps | b.deps);
            this.a = a;
            this.b = b;
        }

        @Override
        Value eval(Ctx c, Object[] f) {
            Value x = a.eval(c, f);
            Value y = b.eval(c, f);
            try {
                return BoolValue.of(SetOps.subseteq(x, y));
            } catch (EvalException e) {
                throw EvalError.at(e, span);
            }
        }
    }
}
