package io.tlaplex.frontend.eval.std;

import io.tlaplex.frontend.value.EvalException;

/**
 * The failure of TLC's {@code Assert}: distinct from other evaluation errors because the checker reports it with
 * its own exit status (TLC's 14), while AssertError still sees it as an ordinary evaluation error.
 */
public final class AssertionFailure extends EvalException {
    private static final long serialVersionUID = 1L;

    public AssertionFailure(String message) {
        super(message);
    }
}
