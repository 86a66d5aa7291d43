package io.tlaplex.frontend.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tlaplex.frontend.diag.DiagnosticException;
import io.tlaplex.frontend.diag.DiagnosticPrinter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrontendTest {

    @TempDir
    Path dir;

    @Test
    void shouldLoadASpecAndTheModulesBesideItAndSummarizeThem() throws IOException, DiagnosticException {
        Files.writeString(dir.resolve("Spec.tla"), """
                ---- MODULE Spec ----
                EXTENDS Naturals, Counter
                VARIABLE y
                Init == x = 0 /\\ y = 0
                Next == Inc /\\ y' = y
                ====
                """);
        Files.writeString(dir.resolve("Counter.tla"), """
                ---- MODULE Counter ----
                VARIABLE x
                Inc == x' = x
                ====
                """);

        SemanticModel model = Frontend.load(dir.resolve("Spec.tla"));

        assertEquals("Parsed 3 modules, 16 definitions, 2 variables", Frontend.summary(model));
        assertEquals(2, model.levelOf(model.lookup("Next").orElseThrow()));
    }

    @Test
    void shouldFailWithExitCode150AndKeepTheSourcesForPrinting() throws IOException {
        Files.writeString(dir.resolve("Spec.tla"), """
                ---- MODULE Spec ----
                Init == undefined
                ====
                """);
        Frontend frontend = new Frontend();
        Path spec = dir.resolve("Spec.tla");

        DiagnosticException e = assertThrows(DiagnosticException.class, () -> frontend.loadSpec(spec));

        assertEquals(150, e.exitCode());
        assertEquals("""
                Spec.tla:2:9: error: Unknown operator: `undefined'.
                    Init == undefined
                            ^^^^^^^^^
                """, DiagnosticPrinter.of(frontend.sources()).format(e.diagnostics()));
    }

    @Test
    void shouldReportAnUnreadableRootFile() {
        DiagnosticException e = assertThrows(DiagnosticException.class, () -> Frontend.load(dir.resolve("None.tla")));

        assertEquals(150, e.exitCode());
        assertEquals("None.tla:0:0: error: Cannot read " + dir.resolve("None.tla") + ": no such file",
                e.diagnostics().get(0).headline());
    }
}
