package io.tlaplex.frontend.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tlaplex.frontend.diag.SourceSpan;
import org.junit.jupiter.api.Test;

/** Evaluation errors carry TLC's message and the span of the innermost expression that failed. */
class EvalErrorTest {
    // The expression under test starts at line 4 (after the header and an empty definitions line), column 8.
    private static final int LINE = 4;

    @Test
    void shouldReportFunctionAppliedOutsideItsDomainAtTheApplication() {
        EvalError e = Eval.error("", "1 + (5 :> 6)[3]");

        assertEquals("Attempted to apply function:\n(5 :> 6)\nto argument 3, which is not in the domain of the "
                + "function.", e.getMessage());
        assertEquals(new SourceSpan("E.tla", LINE, 13, LINE, 22), e.span());
        assertEquals(EvalError.EXIT_SPEC_EVAL, e.exitCode());
    }

    @Test
    void shouldReportChooseWithoutElement() {
        EvalError e = Eval.error("", "CHOOSE x \\in 1..3 : x > 5");

        assertEquals("Attempted to compute the value of an expression of form\nCHOOSE x \\in S: P, but no element "
                + "of S satisfied P.", e.getMessage());
        assertEquals(new SourceSpan("E.tla", LINE, 8, LINE, 32), e.span());
    }

    @Test
    void shouldReportNonBooleanConjunctOfABulletedList() {
        EvalError e = Eval.error("Conj == /\\ TRUE\n        /\\ 7", "Conj");

        assertEquals("A non-boolean expression (an integer) was used as a formula in a conjunction.", e.getMessage());
        assertEquals(new SourceSpan("E.tla", 4, 12, 4, 12), e.span());
    }

    @Test
    void shouldReportNonBooleanConditionOfIf() {
        EvalError e = Eval.error("", "IF 3 THEN 1 ELSE 2");

        assertEquals("A non-boolean expression (an integer) was used as the condition of an IF.", e.getMessage());
    }

    @Test
    void shouldReportIntegerOverflow() {
        EvalError e = Eval.error("", "2147483647 + 1");

        assertEquals("Overflow when computing 2147483647+1", e.getMessage());
        assertEquals(new SourceSpan("E.tla", LINE, 8, LINE, 21), e.span());
    }

    @Test
    void shouldReportIncomparableValues() {
        EvalError e = Eval.error("", "<<1>> = {1}");

        assertEquals(LINE, e.span().line());
        assertEquals(8, e.span().col());
    }

    @Test
    void shouldReportCaseWithoutTrueArm() {
        EvalError e = Eval.error("", "CASE FALSE -> 1");

        assertEquals("Attempted to evaluate a CASE with no conditions true.", e.getMessage());
    }

    @Test
    void shouldReportUnboundedChoose() {
        EvalError e = Eval.error("", "CHOOSE x : x = 1");

        assertEquals("TLC attempted to evaluate an unbounded CHOOSE.\n"
                + "Make sure that the expression is of form CHOOSE x \\in S: P(x).", e.getMessage());
    }

    @Test
    void shouldMapFailedAssertToExitCode14() {
        EvalError e = Eval.error("", "Assert(1 = 2, \"boom\")");

        assertEquals(EvalError.EXIT_ASSERT, e.exitCode());
        assertEquals(true, e.isAssertion());
    }
}
