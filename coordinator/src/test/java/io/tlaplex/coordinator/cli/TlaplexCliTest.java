package io.tlaplex.coordinator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TlaplexCliTest {

    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Tlaplex.standard().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private static final String COUNTER = """
            ---- MODULE Counter ----
            EXTENDS Naturals
            CONSTANT Limit
            VARIABLE x
            Init == x = 0
            Next == x < Limit /\\ x' = x + 1
            Inv == x <= Limit
            ====
            """;

    @Test
    void shouldPrintSummaryAndExitZeroForGoodSpecAndConfig() throws IOException {
        Path spec = write("Counter.tla", COUNTER);
        write("Counter.cfg", "CONSTANT Limit = 3\nINIT Init\nNEXT Next\nINVARIANT Inv\n");

        Run run = run("parse", spec.toString());

        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("Parsed 2 modules, "), run.out());
        assertTrue(run.out().contains("1 variables") || run.out().contains("1 variable"), run.out());
        assertTrue(run.out().contains("config Counter.cfg OK"), run.out());
    }

    @Test
    void shouldReportSpecErrorWithPositionCaretAndExit150() throws IOException {
        Path spec = write("Broken.tla", "---- MODULE Broken ----\nVARIABLE x\nInit == x = undefinedName\n====\n");

        Run run = run("parse", spec.toString());

        assertEquals(150, run.status());
        assertTrue(run.err().startsWith("Broken.tla:3:13: error: "), run.err());
        assertTrue(run.err().contains("    Init == x = undefinedName\n"), run.err());
        assertTrue(run.err().contains("\n                ^^^^^^^^^^^^^\n"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void shouldReportConfigErrorsAndExit151() throws IOException {
        Path spec = write("Counter.tla", COUNTER);
        write("Counter.cfg", "CONSTANT Limit = 3\nINIT Init\nNEXT Next\nINVARIENT Inv\n");

        Run run = run("parse", spec.toString());

        assertEquals(151, run.status());
        assertTrue(run.err().startsWith("Counter.cfg:4:1: error: unknown keyword 'INVARIENT'"), run.err());
    }

    @Test
    void shouldReportUnassignedConstantAtItsDeclaration() throws IOException {
        Path spec = write("Counter.tla", COUNTER);
        Path cfg = write("Other.cfg", "INIT Init\nNEXT Next\n");

        Run run = run("parse", spec.toString(), "-config", cfg.toString());

        assertEquals(151, run.status());
        assertTrue(run.err().startsWith("Counter.tla:3:10: error: The constant parameter Limit is not assigned"),
                run.err());
    }

    @Test
    void shouldRejectPrimedInvariantAsTlcDoes() throws IOException {
        Path spec = write("Primed.tla", COUNTER.replace("Counter", "Primed").replace("Inv == x <= Limit", "Inv == x' <= Limit"));
        write("Primed.cfg", "CONSTANT Limit = 3\nINIT Init\nNEXT Next\nINVARIANT Inv\n");

        Run run = run("parse", spec.toString());

        assertEquals(75, run.status());
        assertTrue(run.err().startsWith("Primed.cfg:4:11: error: The invariant Inv is not a state predicate "
                + "(one with no primes or temporal operators)."), run.err());
    }

    @Test
    void shouldAcceptSpecNameWithoutExtensionAsTlcDoes() throws IOException {
        Path spec = write("Counter.tla", COUNTER);
        write("Counter.cfg", "CONSTANT Limit = 3\nINIT Init\nNEXT Next\n");
        String withoutExtension = spec.toString().substring(0, spec.toString().length() - 4);

        Run run = run("parse", withoutExtension);

        assertEquals(0, run.status(), run.err());
    }

    @Test
    void shouldSuggestNearestFlagForUnknownOption() throws IOException {
        Path spec = write("Counter.tla", COUNTER);

        Run run = run("parse", spec.toString(), "-confg", "x.cfg");

        assertEquals(255, run.status());
        assertEquals("tlaplex: unknown option -confg for 'parse'; did you mean -config? (see: tlaplex parse -help)\n",
                run.err());
    }

    @Test
    void shouldReportMissingSpecFileClearly() {
        Run run = run("parse", dir.resolve("Nope.tla").toString());

        assertEquals(255, run.status());
        assertTrue(run.err().startsWith("tlaplex: cannot find the spec file "), run.err());
    }

    @Test
    void shouldRejectUnknownCommandWithSuggestion() {
        Run run = run("prase", "x.tla");

        assertEquals(255, run.status());
        assertEquals("tlaplex: unknown command 'prase'; did you mean 'parse'? (see: tlaplex -help)\n", run.err());
    }

    @Test
    void shouldCheckASpecAndPrintTlcsFinalLines() throws IOException {
        Path spec = write("Counter.tla", COUNTER);
        write("Counter.cfg", "CONSTANT Limit = 3\nINIT Init\nNEXT Next\nINVARIANT Inv\nCHECK_DEADLOCK FALSE\n");

        Run run = run("check", spec.toString(), "-workers", "1");

        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("Model checking completed. No error has been found.\n"), run.out());
        assertTrue(run.out().contains("\n4 states generated, 4 distinct states found, 0 states left on queue.\n"
                + "The depth of the complete state graph search is 4.\n"), run.out());
    }

    @Test
    void shouldPrintAShortestCounterexampleAndExit12OnAnInvariantViolation() throws IOException {
        Path spec = write("Counter.tla", COUNTER.replace("Inv == x <= Limit", "Inv == x < 2"));
        write("Counter.cfg", "CONSTANT Limit = 3\nINIT Init\nNEXT Next\nINVARIANT Inv\n");

        Run run = run("check", spec.toString(), "-workers", "2");

        assertEquals(12, run.status(), run.out());
        assertTrue(run.out().contains("Error: Invariant Inv is violated.\n"
                + "Error: The behavior up to this point is:\n"
                + "State 1: <Initial predicate>\nx = 0\n\n"
                + "State 2: <Next line 6, col 9 to line 6, col 31 of module Counter>\nx = 1\n\n"
                + "State 3: <Next line 6, col 9 to line 6, col 31 of module Counter>\nx = 2\n\n"), run.out());
    }

    @Test
    void shouldReportDeadlockWithExit11UnlessDashDeadlockIsGiven() throws IOException {
        Path spec = write("Counter.tla", COUNTER);
        write("Counter.cfg", "CONSTANT Limit = 2\nINIT Init\nNEXT Next\n");

        Run deadlock = run("check", spec.toString(), "-workers", "1");
        Run unchecked = run("check", spec.toString(), "-workers", "1", "-deadlock");

        assertEquals(11, deadlock.status(), deadlock.out());
        assertTrue(deadlock.out().contains("Error: Deadlock reached.\n"), deadlock.out());
        assertEquals(0, unchecked.status(), unchecked.out());
    }

    @Test
    void shouldReportAnEvaluationErrorWithItsPlaceAndTlcsExitCode() throws IOException {
        Path spec = write("Counter.tla", COUNTER.replace("x' = x + 1", "x' = <<1, 2>>[x + 3]"));
        write("Counter.cfg", "CONSTANT Limit = 3\nINIT Init\nNEXT Next\n");

        Run run = run("check", spec.toString(), "-workers", "1");

        assertEquals(75, run.status(), run.out());
        assertTrue(run.out().contains("Error: Attempted to access index 3 of tuple\n<<1, 2>>\nwhich is out of bounds.\n"
                + "line 6, col 27 to line 6, col 41 of module Counter\n"), run.out());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void shouldReportAFalseAssumptionWithExit10() throws IOException {
        Path spec = write("Counter.tla", COUNTER.replace("VARIABLE x", "ASSUME Limit > 5\nVARIABLE x"));
        write("Counter.cfg", "CONSTANT Limit = 3\nINIT Init\nNEXT Next\n");

        Run run = run("check", spec.toString());

        assertEquals(10, run.status(), run.out());
        assertTrue(run.out().contains("Error: Assumption line 4, col 8 to line 4, col 16 of module Counter is false."),
                run.out());
    }

    @Test
    void shouldListCommandsInHelp() {
        Run run = run("-help");

        assertEquals(0, run.status());
        assertTrue(run.out().contains("  parse "), run.out());
    }
}
