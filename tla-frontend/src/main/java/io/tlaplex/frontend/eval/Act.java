package io.tlaplex.frontend.eval;

import io.tlaplex.frontend.diag.SourceSpan;
import io.tlaplex.frontend.value.BoolValue;
import io.tlaplex.frontend.value.Value;

/**
 * A compiled step of enumerating initial states or successors, as TLC's {@code getInitStates} and
 * {@code getNextStates} walk a predicate: it assigns variables, tests guards or branches, and continues with the
 * step compiled after it (its continuation is fixed at compile time). Immutable, shared by all workers.
 */
abstract class Act {
    final SourceSpan span;

    Act(SourceSpan span) {
        this.span = span;
    }

    abstract void run(Ctx c, Object[] f);

    /** Whether an enumeration is of initial states (variables unprimed) or of successors. */
    enum Mode {
        INIT("initial states"), NEXT("next states");

        final String what;

        Mode(String what) {
            this.what = what;
        }
    }

    static boolean guard(Value v, Mode mode, SourceSpan span) {
        if (v instanceof BoolValue b) {
            return b.value();
        }
        throw EvalError.of("In computing " + mode.what + ", TLC expected a boolean expression,\nbut instead found "
                + v + ".", span);
    }
}
