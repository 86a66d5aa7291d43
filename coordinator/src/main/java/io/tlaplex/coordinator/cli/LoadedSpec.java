package io.tlaplex.coordinator.cli;

import io.tlaplex.frontend.config.ModelConfig;
import io.tlaplex.frontend.semantic.SemanticModel;
import java.nio.file.Path;

/** A spec loaded and resolved, with its config (null when none was asked for or found). */
record LoadedSpec(Path specFile, SemanticModel model, Path configFile, ModelConfig config) {
}
