package io.tlaplex.frontend.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.tlaplex.frontend.diag.Diagnostic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every module of the shared corpus and bench is valid TLA+ that SANY accepts, so it must parse cleanly. */
class CorpusParseTest {

    @Test
    void shouldParseEveryCorpusModuleWithoutDiagnostics() {
        List<Path> files = SharedSpecs.modules();
        assumeFalse(files.isEmpty(), "no specs found under " + SharedSpecs.folder("corpus") + "; skipping");
        List<String> failures = new ArrayList<>();
        int passed = 0;
        for (Path f : files) {
            ParseResult r = Parser.parse(f.getFileName().toString(), SharedSpecs.read(f));
            if (r.ok() && r.diagnostics().isEmpty()) {
                passed++;
            } else {
                for (Diagnostic d : r.diagnostics()) {
                    failures.add(f + ":" + d.span().line() + ":" + d.span().col() + ": " + d.message());
                }
            }
        }
        System.out.println(passed + " passed, " + (files.size() - passed) + " failed");
        assertEquals(List.of(), failures);
    }
}
