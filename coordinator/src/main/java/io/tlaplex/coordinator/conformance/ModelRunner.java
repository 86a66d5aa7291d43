package io.tlaplex.coordinator.conformance;

import java.nio.file.Path;

/** Checks one model (root module and config in one folder) and says what it found. */
@FunctionalInterface
public interface ModelRunner {
    RunResult run(Path dir, String module, String config) throws Exception;
}
