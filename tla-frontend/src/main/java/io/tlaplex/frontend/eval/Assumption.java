package io.tlaplex.frontend.eval;

import io.tlaplex.frontend.diag.SourceSpan;
import io.tlaplex.frontend.value.BoolValue;
import io.tlaplex.frontend.value.EvalException;
import io.tlaplex.frontend.value.Value;

/** A compiled ASSUME and the place TLC names it by. */
record Assumption(Node body, int frameSize, SourceSpan span) {

    /** Null when the assumption holds; else TLC's failure (exit 10, or 14 for a failed Assert). */
    EvalError check(Ctx c) {
        String where = Labels.location(span);
        try {
            Value v = body.eval(c, new Object[frameSize]);
            if (v instanceof BoolValue b && b.value()) {
                return null;
            }
            if (!(v instanceof BoolValue)) {
                return new EvalError("Evaluating assumption " + where + " failed.\nTLC expected a boolean value, "
                        + "but did not find one.", span, EvalError.EXIT_ASSUMPTION);
            }
            return new EvalError("Assumption " + where + " is false.", span, EvalError.EXIT_ASSUMPTION);
        } catch (EvalException e) {
            EvalError located = EvalError.at(e, span);
            if (located.isAssertion()) {
                return located;
            }
            return new EvalError("Evaluating assumption " + where + " failed.\n" + e.getMessage(), located.span(),
                    EvalError.EXIT_ASSUMPTION);
        } catch (StackOverflowError e) {
            return new EvalError(Worker.STACK_OVERFLOW, span, EvalError.EXIT_ASSUMPTION);
        }
    }
}
