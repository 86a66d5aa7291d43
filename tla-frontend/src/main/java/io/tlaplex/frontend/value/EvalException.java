package io.tlaplex.frontend.value;

/**
 * An error in evaluating a TLA+ expression, with TLC's wording where TLC has one: overflow, a function applied
 * outside its domain, values of incomparable kinds compared. The evaluator adds the source position.
 */
public class EvalException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EvalException(String message) {
        super(message);
    }
}
