package io.tlaplex.frontend.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tlaplex.frontend.diag.DiagnosticException;
import io.tlaplex.frontend.diag.DiagnosticPrinter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Loads and resolves the root module of every model in the shared conformance corpus and bench
 * (../shared relative to the repository root) and expects no diagnostic at all.
 */
class CorpusResolutionTest {

    @Test
    void shouldResolveEveryCorpusAndBenchRootModuleWithoutErrors() throws IOException {
        Path shared = repositoryRoot().resolve("../shared").normalize();
        assumeTrue(Files.isDirectory(shared.resolve("corpus")),
                "skipped: " + shared + " is absent, so the corpus cannot be resolved");
        Set<Path> roots = new LinkedHashSet<>();
        roots.addAll(rootModules(shared.resolve("corpus")));
        roots.addAll(rootModules(shared.resolve("bench")));

        List<String> failures = new ArrayList<>();
        for (Path root : roots) {
            Frontend frontend = new Frontend();
            try {
                frontend.loadSpec(root);
            } catch (DiagnosticException e) {
                failures.add(shared.relativize(root) + "\n" + DiagnosticPrinter.of(frontend.sources())
                        .format(e.diagnostics().subList(0, Math.min(5, e.diagnostics().size()))));
            }
        }

        System.out.println((roots.size() - failures.size()) + " passed, " + failures.size() + " failed");
        failures.forEach(System.out::println);
        assertEquals(List.of(), failures);
    }

    private static List<Path> rootModules(Path folder) throws IOException {
        Path manifest = folder.resolve("manifest.tsv");
        if (!Files.isRegularFile(manifest)) {
            return List.of();
        }
        List<String> lines = Files.readAllLines(manifest);
        List<String> header = List.of(lines.get(0).split("\t"));
        int dir = header.indexOf("dir");
        int module = header.indexOf("module");
        List<Path> result = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank()) {
                String[] cells = line.split("\t");
                result.add(folder.resolve(cells[dir]).resolve(cells[module]));
            }
        }
        return result;
    }

    static Path repositoryRoot() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("tla-frontend"))) {
            dir = dir.getParent();
        }
        return dir == null ? Path.of(System.getProperty("user.dir")) : dir;
    }
}
