package io.tlaplex.coordinator.cli;

/** A mistake on the command line: printed as one line, then the process exits with {@link #EXIT_CODE}. */
final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    /** TLC's generic error status, which it also uses for bad arguments. */
    static final int EXIT_CODE = 255;

    UsageException(String message) {
        super(message, null, false, false);
    }
}
