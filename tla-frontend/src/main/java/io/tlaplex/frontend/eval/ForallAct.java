package io.tlaplex.frontend.eval;

import io.tlaplex.frontend.diag.SourceSpan;
import io.tlaplex.frontend.value.EvalException;
import io.tlaplex.frontend.value.SetEnumValue;
import io.tlaplex.frontend.value.SetOps;
import io.tlaplex.frontend.value.Value;

/**
 * {@code \A x \in S : A} in an action, as TLC enumerates it: A for the first element, then A for each further
 * element as a pending conjunct. The elements and the position reached live in two slots of the frame.
 */
final class ForallAct extends Act {
    final Node set;
    final int slot;
    final int elemsSlot;
    final int indexSlot;
    Act body;
    /** The slots the body allocated, [saveFrom, saveTo): restored after it is entered again. */
    int saveFrom;
    int saveTo;
    final Pending next;

    ForallAct(SourceSpan span, Node set, int slot, int elemsSlot, int indexSlot, Pending next) {
        super(span);
        this.set = set;
        this.slot = slot;
        this.elemsSlot = elemsSlot;
        this.indexSlot = indexSlot;
        this.next = next;
    }

    @Override
    void run(Ctx c, Object[] f) {
        Value s = set.eval(c, f);
        SetEnumValue elems;
        try {
            elems = SetOps.enumerate(s);
        } catch (EvalException e) {
            throw EvalError.at(e, span);
        }
        if (elems.size() == 0) {
            next.run(c, f);
            return;
        }
        f[elemsSlot] = elems;
        f[indexSlot] = 0;
        f[slot] = elems.get(0);
        body.run(c, f);
    }

    /** The pending conjunct "A holds for the remaining elements". */
    static final class Rest extends Pending {
        final ForallAct owner;
        final Node bodyValue;

        Rest(SourceSpan span, ForallAct owner, Node bodyValue, Pending next) {
            super(span, null, null, Kind.PRED, next);
            this.owner = owner;
            this.bodyValue = bodyValue;
        }

        @Override
        void run(Ctx c, Object[] f) {
            if (c.allAssigned()) {
                super.run(c, f);
                return;
            }
            SetEnumValue elems = (SetEnumValue) f[owner.elemsSlot];
            int i = (Integer) f[owner.indexSlot] + 1;
            if (i == elems.size()) {
                next.run(c, f);
                return;
            }
            // The body is entered again for the next element while the branches of the previous element's body
            // are still pending: its cached slots must be as they were when control returns to those branches.
            int from = owner.saveFrom;
            Object[] saved = new Object[owner.saveTo - from];
            System.arraycopy(f, from, saved, 0, saved.length);
            f[owner.indexSlot] = i;
            f[owner.slot] = elems.get(i);
            try {
                owner.body.run(c, f);
            } finally {
                System.arraycopy(saved, 0, f, from, saved.length);
                f[owner.indexSlot] = i - 1;
                f[owner.slot] = elems.get(i - 1);
            }
        }

        @Override
        boolean holds(Ctx c, Object[] f) {
            SetEnumValue elems = (SetEnumValue) f[owner.elemsSlot];
            int at = (Integer) f[owner.indexSlot];
            Value saved = (Value) f[owner.slot];
            try {
                for (int i = at + 1; i < elems.size(); i++) {
                    f[owner.slot] = elems.get(i);
                    if (!guard(bodyValue.eval(c, f), Mode.NEXT, bodyValue.span)) {
                        return false;
                    }
                }
                return true;
            } finally {
                f[owner.slot] = saved;
            }
        }
    }
}
