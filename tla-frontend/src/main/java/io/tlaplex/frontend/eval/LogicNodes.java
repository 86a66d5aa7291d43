package io.tlaplex.frontend.eval;

import io.tlaplex.frontend.diag.SourceSpan;
import io.tlaplex.frontend.value.BoolValue;
import io.tlaplex.frontend.value.Value;

/** The propositional operators, short-circuiting left to right as TLC does, with TLC's type errors. */
final class LogicNodes {
    private LogicNodes() {
    }

    static boolean bool(Value v, Node at, String message) {
        if (v instanceof BoolValue b) {
            return b.value();
        }
        throw EvalError.of(message.replace("%k", v.kindString()), at.span);
    }

    /** A bulleted list of conjuncts ({@code conj}) or disjuncts. */
    static final class Junction extends Node {
        final boolean conj;
        final Node[] items;

        Junction(SourceSpan span, boolean conj, Node[] items) {
            super(span, deps(items, 0));
            this.conj = conj;
            this.items = items;
        }

        @Override
        Value eval(Ctx c, Object[] f) {
            String message = conj ? "A non-boolean expression (%k) was used as a formula in a conjunction."
                    : "A non-boolean expression (%k) was used as a formula in a disjunction.";
            for (Node item : items) {
                if (bool(item.eval(c, f), item, message) != conj) {
                    return BoolValue.of(!conj);
                }
            }
            return BoolValue.of(conj);
        }
    }

    /** {@code P /\ Q}. */
    static final class And extends Node {
        final Node p;
        final Node q;

        And(SourceSpan span, Node p, Node q) {
            super(span, p.deps | q.deps);
            this.p = p;
            this.q = q;
        }

        @Override
        Value eval(Ctx c, Object[] f) {
            if (!bool(p.eval(c, f), this, "Attempted to evaluate an expression of form P /\\ Q when P was\n%k.")) {
                return BoolValue.FALSE;
            }
            return BoolValue.of(bool(q.eval(c, f), this,
                    "Attempted to evaluate an expression of form P /\\ Q when Q was\n%k."));
        }
    }

    /** {@code P \/ Q}. */
    static final class Or extends Node {
        final Node p;
        final Node q;

        Or(SourceSpan span, Node p, Node q) {
            super(span, p.deps | q.deps);
            this.p = p;
            this.q = q;
        }

        @Override
        Value eval(Ctx c, Object[] f) {
            if (bool(p.eval(c, f), this, "Attempted to evaluate an expression of form P \\/ Q when P was\n%k.")) {
                return BoolValue.TRUE;
            }
            return BoolValue.of(bool(q.eval(c, f), this,
                    "Attempted to evaluate an expression of form P \\/ Q when Q was\n%k."));
        }
    }

    /** {@code P => Q}. */
    static final class Implies extends Node {
        final Node p;
        final Node q;

        Implies(SourceSpan span, Node p, Node q) {
            super(span, p.deps | q.deps);
            this.p = p;
            this.q = q;
        }

        @Override
        Value eval(Ctx c, Object[] f) {
            if (!bool(p.eval(c, f), this, "Attempted to evaluate an expression of form P => Q when P was\n%k.")) {
                return BoolValue.TRUE;
            }
            return BoolValue.of(bool(q.eval(c, f), this,
                    "Attempted to evaluate an expression of form P => Q when Q was\n%k."));
        }
    }

    /** {@code P <=> Q}. */
    static final class Equiv extends Node {
        final Node p;
        final Node q;

        Equiv(SourceSpan span, Node p, Node q) {
            super(span, p.deps | q.deps);
            this.p = p;
            this.q = q;
        }

        @Override
        Value eval(Ctx c, Object[] f) {
            Value a = p.eval(c, f);
            Value b = q.eval(c, f);
            if (a instanceof BoolValue x && b instanceof BoolValue y) {
                return BoolValue.of(x.value() == y.value());
            }
            throw EvalError.of("Attempted to evaluate an expression of form P <=> Q when P or Q was not a boolean.",
                    span);
        }
    }

    /** {@code ~P}. */
    static final class Not extends Node {
        final Node p;

        Not(SourceSpan span, Node p) {
            super(span, p.deps);
            this.p = p;
        }

        @Override
        Value eval(Ctx c, Object[] f) {
            return BoolValue.of(!bool(p.eval(c, f), p, "Attempted to apply the operator ~ to a non-boolean\n(%k)"));
        }
    }
}
