package io.tlaplex.worker.checkpoint;

/** A checkpoint that cannot be written or restored; the message names the file and the reason. */
public final class CheckpointException extends Exception {
    public CheckpointException(String message) {
        super(message);
    }

    public CheckpointException(String message, Throwable cause) {
        super(message, cause);
    }
}
