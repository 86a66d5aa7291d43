package io.tlaplex.frontend.diag;

/**
 * One problem found in a user's spec or config. Printed as
 * {@code File.tla:line:col: error: message}, then the source line and a caret.
 */
public record Diagnostic(Severity severity, DiagCode code, SourceSpan span, String message) {

    public static Diagnostic error(DiagCode code, SourceSpan span, String message) {
        return new Diagnostic(Severity.ERROR, code, span, message);
    }

    public static Diagnostic warning(DiagCode code, SourceSpan span, String message) {
        return new Diagnostic(Severity.WARNING, code, span, message);
    }

    /** The first line of the printed form, without the source excerpt. */
    public String headline() {
        return span + ": " + severity.label() + ": " + message;
    }
}
