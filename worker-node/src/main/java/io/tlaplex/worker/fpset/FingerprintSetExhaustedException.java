package io.tlaplex.worker.fpset;

/**
 * Thrown when the fingerprint set can take no more fingerprints because its memory budget is used up and there is
 * no disk to spill to (or the disk budget is used up too). No fingerprint was dropped: the run must stop.
 */
public final class FingerprintSetExhaustedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** TLC's exit status for a run that ran out of memory or disk (its "system error" code). */
    public static final int EXIT_CODE = 153;

    FingerprintSetExhaustedException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The process exit status the checker reports for this failure, as TLC does. */
    public int exitCode() {
        return EXIT_CODE;
    }
}
