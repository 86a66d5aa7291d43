package io.tlaplex.frontend.eval;

import io.tlaplex.frontend.diag.SourceSpan;
import io.tlaplex.frontend.syntax.Expr;
import io.tlaplex.frontend.value.BoolValue;
import io.tlaplex.frontend.value.Value;

/**
 * {@code ENABLED A}: whether A has a successor from the current state. A is enumerated as an action into a
 * next state of its own; any completed enumeration counts, assigned or not, as in TLC. Written inside an
 * instantiated module M, ENABLED quantifies over the next values of M's variables, not of the root's.
 */
final class EnabledNode extends Node {
    final Act action;
    /** How many variables of an instantiated module it quantifies over in slots after the root's; 0 for none. */
    final int quantified;

    private EnabledNode(SourceSpan span, Act action, int quantified) {
        super(span, DEP_STATE | DEP_UNKNOWN);
        this.action = action;
        this.quantified = quantified;
    }

    /**
     * {@code ENABLED action} written in {@code env}. Under an instantiation, the instantiated module's primed
     * variables are free in the action (unprimed ones still stand for their substitutes), which is what
     * {@code I!(ENABLED A)} means and what lets {@code WF_vars(A)} of an instantiated spec be checked when a
     * variable is replaced by an expression.
     */
    static Node compile(Compiler cc, Expr action, Env env, SourceSpan span) {
        Env inner = env.withIc(cc.enabledContext(env.ic));
        Act act = new ActCompiler(cc, Act.Mode.NEXT).compile(action, inner, new Found());
        return new EnabledNode(span, act, InstCtx.enabledWidth(inner.ic));
    }

    @Override
    Value eval(Ctx c, Object[] f) {
        Value[] savedNext = c.s1;
        int savedAssigned = c.assigned;
        int savedComplete = c.complete;
        int before = c.enabledHits;
        c.s1 = new Value[c.nvars + quantified];
        c.assigned = 0;
        c.complete = quantified > 0 ? quantified : c.nvars;
        try {
            action.run(c, f);
        } finally {
            c.s1 = savedNext;
            c.assigned = savedAssigned;
            c.complete = savedComplete;
        }
        return BoolValue.of(c.enabledHits > before);
    }

    /** The end of ENABLED's enumeration: counts a successor. */
    static final class Found extends Pending.End {
        Found() {
            super(SourceSpan.NONE);
        }

        @Override
        void emit(Ctx c, Object[] f) {
            c.enabledHits++;
        }
    }
}
