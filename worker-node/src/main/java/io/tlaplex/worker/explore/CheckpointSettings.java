package io.tlaplex.worker.explore;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

/**
 * When and where a {@link ParallelExplorer} writes checkpoints: every {@code intervalNanos} (0: only on request),
 * and at the next batch boundary after {@code requested} is set (by a command or a SIGTERM handler, which may
 * wait on {@link ParallelExplorer#checkpointNow}). The hashes and seed go into each epoch's manifest, so that a
 * resume can refuse a checkpoint of another spec.
 */
public record CheckpointSettings(Path directory, long intervalNanos, LongSupplier nanoClock, AtomicBoolean requested,
        String specHash, String configHash, long fingerprintSeed, boolean background) {
    public CheckpointSettings {
        if (intervalNanos < 0) {
            throw new IllegalArgumentException("checkpoint interval must not be negative: " + intervalNanos);
        }
    }

    /** Settings whose epochs are written in the background while the workers go on (the pause only captures). */
    public CheckpointSettings(Path directory, long intervalNanos, LongSupplier nanoClock, AtomicBoolean requested,
            String specHash, String configHash, long fingerprintSeed) {
        this(directory, intervalNanos, nanoClock, requested, specHash, configHash, fingerprintSeed, true);
    }

    /** The same, but each epoch is written and committed before the workers go on: one epoch per time it is due. */
    public CheckpointSettings writtenDuringThePause() {
        return new CheckpointSettings(directory, intervalNanos, nanoClock, requested, specHash, configHash,
                fingerprintSeed, false);
    }
}
