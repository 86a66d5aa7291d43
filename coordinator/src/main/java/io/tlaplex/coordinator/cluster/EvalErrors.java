package io.tlaplex.coordinator.cluster;

import io.tlaplex.frontend.eval.EvalError;
import io.tlaplex.worker.cluster.ErrorFormat;

/** Shows the evaluator's errors as the single-JVM check does: message, then the location; anything else is a bug. */
final class EvalErrors implements ErrorFormat {

    @Override
    public String message(RuntimeException error) {
        if (error instanceof EvalError e) {
            String where = e.span() == null || e.span().line() == 0 ? "" : "\n" + EvalError.location(e.span());
            return e.getMessage() + where;
        }
        return null;
    }

    @Override
    public int exitCode(RuntimeException error) {
        return error instanceof EvalError e ? e.exitCode() : EvalError.EXIT_OTHER;
    }
}
