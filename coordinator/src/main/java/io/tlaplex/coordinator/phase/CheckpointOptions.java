package io.tlaplex.coordinator.phase;

import java.nio.file.Path;

/**
 * Checkpoints of a single-JVM run ({@code -checkpoint MIN}, {@code -metadir DIR}, {@code -recover DIR}): where they
 * go, how often (0: only when the JVM is asked to stop by SIGTERM or SIGINT), whether to resume from the last one
 * there, and the hashes of the spec and of the config with the answer-changing options, which a resume must match.
 */
public record CheckpointOptions(Path directory, long intervalNanos, boolean recover, boolean write, String specHash,
        String configHash) {
}
