package io.tlaplex.frontend.eval;

import io.tlaplex.frontend.diag.SourceSpan;
import io.tlaplex.frontend.eval.std.AssertionFailure;
import io.tlaplex.frontend.value.EvalException;

/**
 * An evaluation error located in the spec: TLC's message, the span of the innermost expression that failed, and
 * the exit code TLC would end with (75 spec or next-state evaluation, 76 invariant evaluation, 77 liveness, 10
 * assumptions, 14 a failed {@code Assert}). Thrown by the evaluator on the worker's thread.
 */
public final class EvalError extends EvalException {
    private static final long serialVersionUID = 1L;

    /** TLC's exit code for an error while evaluating the spec, its initial predicate or next-state action. */
    public static final int EXIT_SPEC_EVAL = 75;
    /** TLC's exit code for an error while evaluating an invariant, or an invariant of the wrong level. */
    public static final int EXIT_SAFETY_EVAL = 76;
    /** TLC's exit code for an error in a temporal property. */
    public static final int EXIT_LIVENESS_EVAL = 77;
    /** TLC's exit code for a false or failing ASSUME. */
    public static final int EXIT_ASSUMPTION = 10;
    /** TLC's exit code for a failed {@code Assert}. */
    public static final int EXIT_ASSERT = 14;
    /** TLC's exit code for action-property violations and failures (it counts them as liveness). */
    public static final int EXIT_LIVENESS_VIOLATION = 13;
    /** TLC's exit code for failures it has no category for. */
    public static final int EXIT_OTHER = 255;

    private final transient SourceSpan span;
    private final int exitCode;
    private final boolean assertion;

    public EvalError(String message, SourceSpan span, int exitCode) {
        this(message, span, exitCode, false);
    }

    private EvalError(String message, SourceSpan span, int exitCode, boolean assertion) {
        super(message);
        this.span = span;
        this.exitCode = exitCode;
        this.assertion = assertion;
    }

    /** {@code e} located at {@code span}, unless it already carries the (more precise) place where it arose. */
    static EvalError at(EvalException e, SourceSpan span) {
        if (e instanceof EvalError located) {
            return located;
        }
        boolean assertion = e instanceof AssertionFailure;
        return new EvalError(e.getMessage(), span, assertion ? EXIT_ASSERT : EXIT_SPEC_EVAL, assertion);
    }

    /** A new error with TLC's {@code message} at {@code span}. */
    static EvalError of(String message, SourceSpan span) {
        return new EvalError(message, span, EXIT_SPEC_EVAL, false);
    }

    /**
     * This error with the exit code of the phase that met it; an error that already has a specific code (a failed
     * {@code Assert}: 14) keeps it.
     */
    public EvalError withExitCode(int code) {
        if (assertion || code == exitCode || exitCode != EXIT_SPEC_EVAL) {
            return this;
        }
        EvalError copy = new EvalError(getMessage(), span, code, false);
        copy.setStackTrace(getStackTrace());
        return copy;
    }

    /** The innermost expression that failed; {@link SourceSpan#NONE} when no expression is to blame. */
    public SourceSpan span() {
        return span;
    }

    /** TLC's process exit code for this error. */
    public int exitCode() {
        return exitCode;
    }

    /** True for the failure of TLC's {@code Assert}. */
    public boolean isAssertion() {
        return assertion;
    }

    /** TLC's rendering of a place: {@code line 3, col 5 to line 3, col 12 of module M}. */
    public static String location(SourceSpan span) {
        return Labels.location(span);
    }
}
