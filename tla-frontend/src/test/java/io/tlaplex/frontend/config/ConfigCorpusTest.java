package io.tlaplex.frontend.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Parses every .cfg of the shared corpus and bench folders (beside the repository); all must be clean. */
class ConfigCorpusTest {

    @Test
    void shouldParseEveryCfgOfTheSharedCorpusAndBenchWithoutDiagnostics() throws IOException {
        Path shared = repositoryRoot().resolve("../shared").normalize();
        List<Path> folders = Stream.of("corpus", "bench").map(shared::resolve).filter(Files::isDirectory).toList();
        assumeTrue(!folders.isEmpty(), "skipped: no corpus at " + shared + "/{corpus,bench}");
        List<Path> files = new ArrayList<>();
        for (Path folder : folders) {
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(p -> p.toString().endsWith(".cfg")).sorted().forEach(files::add);
            }
        }

        List<String> failures = new ArrayList<>();
        for (Path file : files) {
            ConfigParseResult result = ConfigParser.parse(file.getFileName().toString(), read(file));
            if (!result.diagnostics().isEmpty()) {
                failures.add(shared.relativize(file) + ": " + CfgTesting.lines(result.diagnostics()));
            }
        }
        System.out.println("ConfigCorpusTest: " + (files.size() - failures.size()) + " passed, "
                + failures.size() + " failed");

        assertEquals(List.of(), failures);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder holding the parent pom: the working directory or one of its parents. */
    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("tla-frontend")) && Files.exists(p.resolve("pom.xml"))) {
                return p;
            }
        }
        return dir;
    }
}
