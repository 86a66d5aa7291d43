package io.tlaplex.frontend.syntax;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseBenchTest {

    @Test
    void shouldReportFilesLinesAndThroughput(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("A.tla"), Fixtures.module("X == 1\nY == 2").replace("MODULE T", "MODULE A"));
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/B.tla"), Fixtures.module("X == ").replace("MODULE T", "MODULE B"));
        String table = ParseBench.run(dir, 2);
        assertTrue(table.contains("files                  2 (1 with errors)"), table);
        assertTrue(table.contains("lines per round        7"), table);
        assertTrue(table.contains("rounds                 2"), table);
        assertTrue(table.lines().anyMatch(l -> l.matches("lines/s\\s+\\d+")), table);
    }
}
