package io.tlaplex.frontend.eval;

import io.tlaplex.frontend.diag.SourceSpan;
import io.tlaplex.frontend.value.BoolValue;
import io.tlaplex.frontend.value.Value;

/**
 * {@code ENABLED A}: whether A has a successor from the current state. A is enumerated as an action into a
 * next state of its own; any completed enumeration counts, assigned or not, as in TLC.
 */
final class EnabledNode extends Node {
    final Act action;

    EnabledNode(SourceSpan span, Act action) {
        super(span, DEP_STATE | DEP_UNKNOWN);
        this.action = action;
    }

    @Override
    Value eval(Ctx c, Object[] f) {
        Value[] savedNext = c.s1;
        int savedAssigned = c.assigned;
        int before = c.enabledHits;
        c.s1 = new Value[c.nvars];
        c.assigned = 0;
        try {
            action.run(c, f);
        } finally {
            c.s1 = savedNext;
            c.assigned = savedAssigned;
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
