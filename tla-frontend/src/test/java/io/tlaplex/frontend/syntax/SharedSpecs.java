package io.tlaplex.frontend.syntax;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Finds the read-only spec folders {@code ../shared/corpus} and {@code ../shared/bench} beside the repository. */
final class SharedSpecs {

    private SharedSpecs() {
    }

    static Path repoRoot() {
        Path here = Path.of("").toAbsolutePath();
        return Files.isDirectory(here.resolve("tla-frontend")) ? here : here.getParent();
    }

    static Path folder(String name) {
        return repoRoot().resolve("../shared").resolve(name).normalize();
    }

    /** Every {@code .tla} file under the existing shared folders, sorted. */
    static List<Path> modules() {
        List<Path> files = new ArrayList<>();
        for (String name : new String[] {"corpus", "bench"}) {
            Path dir = folder(name);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.walk(dir)) {
                    s.filter(p -> p.toString().endsWith(".tla")).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return files;
    }

    static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
