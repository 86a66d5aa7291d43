package io.tlaplex.frontend.diag;

import java.util.List;

/**
 * Thrown when a front-end phase ends with errors. Carries every diagnostic of the phase so that
 * they are reported together; the command line prints them and exits with {@link #exitCode()}.
 */
public final class DiagnosticException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> diagnostics;
    private final int exitCode;

    public DiagnosticException(List<Diagnostic> diagnostics, int exitCode) {
        super(diagnostics.isEmpty() ? "error" : diagnostics.get(0).headline(), null, false, false);
        this.diagnostics = List.copyOf(diagnostics);
        this.exitCode = exitCode;
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** TLC's exit code for this kind of failure: 150 for a spec error, 151 for a config error. */
    public int exitCode() {
        return exitCode;
    }
}
