package io.tlaplex.frontend.config;

import io.tlaplex.frontend.diag.Diagnostic;

/**
 * Unwinds the parser from a malformed entry to the place where it resynchronises. Never leaves
 * the package: {@link ConfigParser} turns it into a diagnostic.
 */
final class CfgSyntaxError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Diagnostic diagnostic;

    CfgSyntaxError(Diagnostic diagnostic) {
        super(diagnostic.message(), null, false, false);
        this.diagnostic = diagnostic;
    }

    Diagnostic diagnostic() {
        return diagnostic;
    }
}
