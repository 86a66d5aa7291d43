package io.tlaplex.worker.explore;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

/**
 * When and where a {@link ParallelExplorer} writes checkpoints: every {@code intervalNanos} (0: only on request),
 * and at the next level boundary after {@code requested} is set (by a command or a SIGTERM handler, which may
 * wait on {@link ParallelExplorer#checkpointNow}). The hashes and seed go into each epoch's manifest, so that a
 * resume can refuse a checkpoint of another spec.
 */
public record CheckpointSettings(Path directory, long intervalNanos, LongSupplier nanoClock, AtomicBoolean requested,
        String specHash, String configHash, long fingerprintSeed) {
    public CheckpointSettings {
        if (intervalNanos < 0) {
            throw new IllegalArgumentException("checkpoint interval must not be negative: " + intervalNanos);
        }
    }
}
