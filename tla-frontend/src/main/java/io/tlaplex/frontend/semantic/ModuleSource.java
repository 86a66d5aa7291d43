package io.tlaplex.frontend.semantic;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * Where the text of a module named in {@code EXTENDS} or {@code INSTANCE} comes from. The command
 * line looks in the root spec's folder, then among the standard modules; tests supply texts from
 * memory.
 */
@FunctionalInterface
public interface ModuleSource {

    /** The names of the modules bundled as resources. */
    Set<String> STANDARD_MODULES = Set.of("Naturals", "Integers", "Reals", "Sequences", "FiniteSets", "Bags",
            "TLC", "TLCExt", "Json", "Randomization");

    /** The file holding module {@code moduleName}, or null if this source has none. */
    SourceFile find(String moduleName) throws IOException;

    /** This source, and where it has nothing, {@code fallback}. */
    default ModuleSource orElse(ModuleSource fallback) {
        return name -> {
            SourceFile found = find(name);
            return found != null ? found : fallback.find(name);
        };
    }

    /** {@code Name.tla} files in one folder. */
    static ModuleSource directory(Path dir) {
        return name -> {
            Path file = dir.resolve(name + ".tla");
            if (!Files.isRegularFile(file)) {
                return null;
            }
            return new SourceFile(file.getFileName().toString(), Files.readString(file), false);
        };
    }

    /** The standard modules bundled with tlaplex (Naturals, Sequences, TLC, ...). */
    static ModuleSource standardModules() {
        return name -> {
            if (!STANDARD_MODULES.contains(name)) {
                return null;
            }
            String resource = "/io/tlaplex/frontend/stdlib/" + name + ".tla";
            try (InputStream in = ModuleSource.class.getResourceAsStream(resource)) {
                if (in == null) {
                    return null;
                }
                return new SourceFile(name + ".tla", new String(in.readAllBytes(), StandardCharsets.UTF_8), true);
            }
        };
    }

    /** Module texts keyed by module name, for tests and embedded use. */
    static ModuleSource inMemory(Map<String, String> textsByModule) {
        return name -> {
            String text = textsByModule.get(name);
            return text == null ? null : new SourceFile(name + ".tla", text, false);
        };
    }
}
