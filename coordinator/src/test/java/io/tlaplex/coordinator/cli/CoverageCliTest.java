package io.tlaplex.coordinator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code -coverage}'s per-expression report end to end, with one worker and with several. */
@Timeout(60)
class CoverageCliTest {
    private static final String FOOBAR = """
            ------ MODULE Foobar ------
            EXTENDS Naturals

            VARIABLES x

            Init ==
                /\\ x = 0

            Inc ==
                /\\ x < 10
                /\\ x >= 0
                /\\ x' = x + 1

            Dec ==
                /\\ x < 10
                /\\ x > 0
                /\\ x' = x - 1

            Next ==
                \\/ Inc
                \\/ Dec

            Spec ==
                Init /\\ [][Next]_x
            =====
            """;
    private static final String REPORT = """
            <Init line 6, col 1 to line 6, col 4 of module Foobar>: 1:1
              line 7, col 8 to line 7, col 12 of module Foobar: 1
            <Inc line 9, col 1 to line 9, col 3 of module Foobar>: 10:10
              line 10, col 8 to line 10, col 13 of module Foobar: 11
              line 11, col 8 to line 11, col 13 of module Foobar: 10
              line 12, col 8 to line 12, col 17 of module Foobar: 10
            <Dec line 14, col 1 to line 14, col 3 of module Foobar>: 0:9
              line 15, col 8 to line 15, col 13 of module Foobar: 11
              line 16, col 8 to line 16, col 12 of module Foobar: 10
              line 17, col 8 to line 17, col 17 of module Foobar: 9
            End of statistics.
            """;

    @TempDir
    Path dir;

    private String check(String workers) throws IOException {
        Files.writeString(dir.resolve("Foobar.tla"), FOOBAR);
        Files.writeString(dir.resolve("Foobar.cfg"), "SPECIFICATION Spec\nCHECK_DEADLOCK FALSE\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = Tlaplex.standard().run(new String[] {"check", dir.resolve("Foobar.tla").toString(), "-workers",
            workers, "-coverage", "0"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, text);
        return text;
    }

    @Test
    void shouldCountEveryConjunctUnderItsActionInTlcLayout() throws IOException {
        String out = check("1");

        assertTrue(out.contains("\nThe coverage statistics at "), out);
        assertEquals(REPORT, out.substring(out.indexOf('\n', out.indexOf("The coverage statistics at")) + 1,
                out.indexOf("End of statistics.\n") + "End of statistics.\n".length()));
    }

    @Test
    void shouldGiveTheSameCountsWithSeveralWorkers() throws IOException {
        String out = check("3");

        assertTrue(out.contains(REPORT), out);
    }
}
