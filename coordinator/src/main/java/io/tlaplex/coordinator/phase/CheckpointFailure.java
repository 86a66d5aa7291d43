package io.tlaplex.coordinator.phase;

/** A checkpoint that cannot be restored: reported with its reason and TLC's system-error exit code. */
final class CheckpointFailure extends RuntimeException {
    CheckpointFailure(String message) {
        super(message);
    }
}
