package io.tlaplex.frontend.eval;

import io.tlaplex.frontend.diag.SourceSpan;
import io.tlaplex.frontend.value.BoolValue;
import io.tlaplex.frontend.value.Value;

/** IF, CASE, and entering a scope whose cached slots must be cleared (LET, operators expanded in place). */
final class ControlNodes {
    private ControlNodes() {
    }

    /** {@code IF c THEN a ELSE b}. */
    static final class If extends Node {
        final Node cond;
        final Node then;
        final Node otherwise;

        If(SourceSpan span, Node cond, Node then, Node otherwise) {
            super(span, cond.deps | then.deps | otherwise.deps);
            this.cond = cond;
            this.then = then;
            this.otherwise = otherwise;
        }

        @Override
        Value eval(Ctx c, Object[] f) {
            Value v = cond.eval(c, f);
            if (!(v instanceof BoolValue b)) {
                throw EvalError.of("A non-boolean expression (" + v.kindString()
                        + ") was used as the condition of an IF.", span);
            }
            return b.value() ? then.eval(c, f) : otherwise.eval(c, f);
        }
    }

    /** {@code CASE g1 -> e1 [] ... [] OTHER -> e}; {@code other} is null without OTHER. */
    static final class Case extends Node {
        final Node[] guards;
        final Node[] bodies;
        final Node other;

        Case(SourceSpan span, Node[] guards, Node[] bodies, Node other) {
            super(span, deps(guards, deps(bodies, other == null ? 0 : other.deps)));
            this.guards = guards;
            this.bodies = bodies;
            this.other = other;
        }

        @Override
        Value eval(Ctx c, Object[] f) {
            for (int i = 0; i < guards.length; i++) {
                Value v = guards[i].eval(c, f);
                if (!(v instanceof BoolValue b)) {
                    throw EvalError.of("A non-boolean expression (" + v.kindString()
                            + ") was used as a condition of a CASE.", guards[i].span);
                }
                if (b.value()) {
                    return bodies[i].eval(c, f);
                }
            }
            if (other == null) {
                throw EvalError.of("Attempted to evaluate a CASE with no conditions true.", span);
            }
            return other.eval(c, f);
        }
    }

    /**
     * Clears the slots that cache LET definitions (or arguments of an operator expanded in place) and evaluates
     * the body, so that each entry computes them afresh.
     */
    static final class Enter extends Node {
        final int[] slots;
        final Node body;

        Enter(SourceSpan span, int[] slots, Node body) {
            super(span, body.deps);
            this.slots = slots;
            this.body = body;
        }

        @Override
        Value eval(Ctx c, Object[] f) {
            for (int s : slots) {
                f[s] = null;
            }
            return body.eval(c, f);
        }
    }
}
