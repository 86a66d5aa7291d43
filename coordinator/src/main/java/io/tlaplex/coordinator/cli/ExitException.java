package io.tlaplex.coordinator.cli;

/** Ends a command with an exit status after its problem has already been printed. */
final class ExitException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int status;

    ExitException(int status) {
        super(null, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }
}
