package io.tlaplex.frontend.diag;

/** How bad a diagnostic is: errors stop the run, warnings are printed and the run goes on. */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The word printed after the position: {@code error} or {@code warning}. */
    public String label() {
        return label;
    }
}
