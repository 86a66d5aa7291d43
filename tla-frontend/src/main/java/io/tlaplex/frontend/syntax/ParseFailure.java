package io.tlaplex.frontend.syntax;

import io.tlaplex.frontend.diag.Diagnostic;

/** Unwinds the parser to the enclosing unit after a syntax error; carries the diagnostic. */
final class ParseFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final transient Diagnostic diagnostic;

    ParseFailure(Diagnostic diagnostic) {
        super(diagnostic.message(), null, false, false);
        this.diagnostic = diagnostic;
    }
}
