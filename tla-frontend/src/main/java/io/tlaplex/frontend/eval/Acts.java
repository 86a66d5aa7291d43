package io.tlaplex.frontend.eval;

import io.tlaplex.frontend.diag.SourceSpan;
import io.tlaplex.frontend.value.BoolValue;
import io.tlaplex.frontend.value.Equality;
import io.tlaplex.frontend.value.EvalException;
import io.tlaplex.frontend.value.SetEnumValue;
import io.tlaplex.frontend.value.SetOps;
import io.tlaplex.frontend.value.SetValue;
import io.tlaplex.frontend.value.Value;

/** The enumeration steps: assignments, membership, guards, branching, quantifiers, UNCHANGED. */
final class Acts {
    private Acts() {
    }

    static Value[] target(Ctx c, Act.Mode mode) {
        return mode == Act.Mode.INIT ? c.s0 : c.s1;
    }

    static boolean same(Value a, Value b, SourceSpan span) {
        try {
            return Equality.eq(a, b);
        } catch (EvalException e) {
            throw EvalError.at(e, span);
        }
    }

    /** {@code x' = e} (or {@code x = e} for initial states): assigns x, or compares when x is assigned. */
    static final class Assign extends Act {
        final Act.Mode mode;
        final int var;
        final Node rhs;
        final Pending next;

        Assign(SourceSpan span, Act.Mode mode, int var, Node rhs, Pending next) {
            super(span);
            this.mode = mode;
            this.var = var;
            this.rhs = rhs;
            this.next = next;
        }

        @Override
        void run(Ctx c, Object[] f) {
            Value v = rhs.eval(c, f);
            Value[] s = target(c, mode);
            Value old = s[var];
            if (old == null) {
                s[var] = v;
                c.assigned++;
                try {
                    next.run(c, f);
                } finally {
                    s[var] = null;
                    c.assigned--;
                }
            } else if (same(old, v, span)) {
                next.run(c, f);
            }
        }
    }

    /** {@code x' \in S}: one branch per element, or a membership test when x is assigned. */
    static final class In extends Act {
        final Act.Mode mode;
        final int var;
        final Node set;
        final Pending next;

        In(SourceSpan span, Act.Mode mode, int var, Node set, Pending next) {
            super(span);
            this.mode = mode;
            this.var = var;
            this.set = set;
            this.next = next;
        }

        @Override
        void run(Ctx c, Object[] f) {
            Value sv = set.eval(c, f);
            Value[] s = target(c, mode);
            Value old = s[var];
            if (old != null) {
                boolean member;
                try {
                    member = SetOps.in(old, sv);
                } catch (EvalException e) {
                    throw EvalError.at(e, span);
                }
                if (member) {
                    next.run(c, f);
                }
                return;
            }
            if (!(sv instanceof SetValue setValue) || !setValue.isFinite()) {
                throw EvalError.of("In computing " + mode.what + ", the right side of \\IN is not enumerable.", span);
            }
            SetEnumValue elems;
            try {
                elems = setValue.normalized();
            } catch (EvalException e) {
                throw EvalError.at(e, span);
            }
            int n = elems.size();
            c.assigned++;
            try {
                for (int i = 0; i < n; i++) {
                    s[var] = elems.get(i);
                    next.run(c, f);
                }
            } finally {
                s[var] = null;
                c.assigned--;
            }
        }
    }

    /** A conjunct that is only evaluated: it must be a boolean, and the enumeration goes on when it is TRUE. */
    static final class Guard extends Act {
        final Act.Mode mode;
        final Node cond;
        final Pending next;

        Guard(SourceSpan span, Act.Mode mode, Node cond, Pending next) {
            super(span);
            this.mode = mode;
            this.cond = cond;
            this.next = next;
        }

        @Override
        void run(Ctx c, Object[] f) {
            if (guard(cond.eval(c, f), mode, span)) {
                next.run(c, f);
            }
        }
    }

    /** A disjunction: each disjunct is enumerated in turn, all with the same continuation. */
    static final class Or extends Act {
        final Act[] branches;

        Or(SourceSpan span, Act[] branches) {
            super(span);
            this.branches = branches;
        }

        @Override
        void run(Ctx c, Object[] f) {
            for (Act b : branches) {
                b.run(c, f);
            }
        }
    }

    /** {@code IF c THEN A ELSE B} in an action. */
    static final class If extends Act {
        final Act.Mode mode;
        final Node cond;
        final Act then;
        final Act otherwise;

        If(SourceSpan span, Act.Mode mode, Node cond, Act then, Act otherwise) {
            super(span);
            this.mode = mode;
            this.cond = cond;
            this.then = then;
            this.otherwise = otherwise;
        }

        @Override
        void run(Ctx c, Object[] f) {
            Value v = cond.eval(c, f);
            if (!(v instanceof BoolValue b)) {
                throw EvalError.of("In computing " + mode.what + ", a non-boolean expression (" + v.kindString()
                        + ") was used as the condition of an IF.", span);
            }
            (b.value() ? then : otherwise).run(c, f);
        }
    }

    /** {@code CASE} in an action: the first arm whose guard holds, else OTHER, else TLC's error. */
    static final class Case extends Act {
        final Act.Mode mode;
        final Node[] guards;
        final Act[] arms;
        final Act other;

        Case(SourceSpan span, Act.Mode mode, Node[] guards, Act[] arms, Act other) {
            super(span);
            this.mode = mode;
            this.guards = guards;
            this.arms = arms;
            this.other = other;
        }

        @Override
        void run(Ctx c, Object[] f) {
            for (int i = 0; i < guards.length; i++) {
                Value v = guards[i].eval(c, f);
                if (!(v instanceof BoolValue b)) {
                    throw EvalError.of("In computing " + mode.what + ", a non-boolean expression (" + v.kindString()
                            + ") was used as a guard condition of a CASE.", guards[i].span);
                }
                if (b.value()) {
                    arms[i].run(c, f);
                    return;
                }
            }
            if (other == null) {
                throw EvalError.of("In computing " + mode.what + ", TLC encountered a CASE with no conditions true.",
                        span);
            }
            other.run(c, f);
        }
    }

    /** {@code P => A} in an action: A when P holds, else the continuation directly. */
    static final class Implies extends Act {
        final Act.Mode mode;
        final Node cond;
        final Act then;
        final Pending next;

        Implies(SourceSpan span, Act.Mode mode, Node cond, Act then, Pending next) {
            super(span);
            this.mode = mode;
            this.cond = cond;
            this.then = then;
            this.next = next;
        }

        @Override
        void run(Ctx c, Object[] f) {
            Value v = cond.eval(c, f);
            if (!(v instanceof BoolValue b)) {
                throw EvalError.of("In computing " + mode.what + " of a predicate of the form P => Q, P was\n"
                        + v.kindString() + ".", span);
            }
            if (b.value()) {
                then.run(c, f);
            } else {
                next.run(c, f);
            }
        }
    }

    /** {@code \E x \in S : A}: A once per binding. */
    static final class Exists extends Act implements Binder.Visitor {
        final Binder binder;
        final Act body;

        Exists(SourceSpan span, Binder binder, Act body) {
            super(span);
            this.binder = binder;
            this.body = body;
        }

        @Override
        void run(Ctx c, Object[] f) {
            binder.forEach(c, f, this);
        }

        @Override
        public boolean visit(Ctx c, Object[] f) {
            body.run(c, f);
            return true;
        }
    }

    /** Clears the cached slots of a LET or of an operator expanded in place, then goes on. */
    static final class Enter extends Act {
        final int[] slots;
        final Act body;

        Enter(SourceSpan span, int[] slots, Act body) {
            super(span);
            this.slots = slots;
            this.body = body;
        }

        @Override
        void run(Ctx c, Object[] f) {
            for (int s : slots) {
                f[s] = null;
            }
            body.run(c, f);
        }
    }

    /** {@code UNCHANGED x} for a state variable: assigns x' = x, or compares when x' is assigned. */
    static final class UnchangedVar extends Act {
        final int var;
        final Pending next;

        UnchangedVar(SourceSpan span, int var, Pending next) {
            super(span);
            this.var = var;
            this.next = next;
        }

        @Override
        void run(Ctx c, Object[] f) {
            Value[] s1 = c.s1;
            Value old = s1[var];
            if (old == null) {
                s1[var] = c.s0[var];
                c.assigned++;
                try {
                    next.run(c, f);
                } finally {
                    s1[var] = null;
                    c.assigned--;
                }
            } else if (same(c.s0[var], old, span)) {
                next.run(c, f);
            }
        }
    }

    /** {@code UNCHANGED e} for an expression that is not a variable: e' = e must hold. */
    static final class Unchanged extends Act {
        final Node v;
        final Node vPrimed;
        final Pending next;

        Unchanged(SourceSpan span, Node v, Node vPrimed, Pending next) {
            super(span);
            this.v = v;
            this.vPrimed = vPrimed;
            this.next = next;
        }

        @Override
        void run(Ctx c, Object[] f) {
            Value a = v.eval(c, f);
            Value b = vPrimed.eval(c, f);
            if (same(a, b, span)) {
                next.run(c, f);
            }
        }
    }

    /** A step that does nothing but continue (an empty UNCHANGED tuple). */
    static final class Skip extends Act {
        final Pending next;

        Skip(SourceSpan span, Pending next) {
            super(span);
            this.next = next;
        }

        @Override
        void run(Ctx c, Object[] f) {
            next.run(c, f);
        }
    }
}
