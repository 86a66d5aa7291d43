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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** TLC's further checking flags end to end: -dumpTrace, -simulate, TLCGet, -continue, -difftrace, -coverage, -tool. */
@Timeout(60)
class CheckFeaturesCliTest {
    private static final String TWO = """
            ---- MODULE Two ----
            EXTENDS Naturals
            VARIABLES x, y
            Init == x = 0 /\\ y = 0
            IncX == x < 3 /\\ x' = x + 1 /\\ y' = y
            IncY == y < 2 /\\ y' = y + 1 /\\ x' = x
            Next == IncX \\/ IncY
            Inv == x + y < 3
            ====
            """;

    private static final String CYCLE = """
            ---- MODULE Cycle ----
            EXTENDS Naturals
            VARIABLE x
            Init == x = 0
            Next == x' = (x + 1) % 3
            Spec == Init /\\ [][Next]_x /\\ WF_x(Next)
            Never == <>(x = 5)
            ====
            """;

    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {
    }

    private Run check(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = new String[args.length + 1];
        all[0] = "check";
        System.arraycopy(args, 0, all, 1, args.length);
        int status = Tlaplex.standard().run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private String two(String cfg) throws IOException {
        Files.writeString(dir.resolve("Two.tla"), TWO);
        Files.writeString(dir.resolve("Two.cfg"), cfg);
        return dir.resolve("Two.tla").toString();
    }

    private static final String TWO_CFG = "INIT Init\nNEXT Next\nINVARIANT Inv\n";

    @Test
    void shouldDumpInvariantCounterexampleAsTlcJson() throws IOException {
        Path json = dir.resolve("trace.json");

        Run run = check(two(TWO_CFG), "-workers", "1", "-dumpTrace", "json", json.toString());

        assertEquals(12, run.status(), run.out());
        assertTrue(run.out().contains("CounterExample written: " + json + "\n"), run.out());
        String loc = "{\"location\":{\"beginColumn\":9,\"beginLine\":5,\"endColumn\":37,\"endLine\":5,\"module\":\"Two\"},"
                + "\"name\":\"IncX\"}";
        assertEquals("{\"action\":[[[1,{\"x\":0,\"y\":0}]," + loc + ",[2,{\"x\":1,\"y\":0}]],[[2,{\"x\":1,\"y\":0}],"
                + loc + ",[3,{\"x\":2,\"y\":0}]],[[3,{\"x\":2,\"y\":0}]," + loc + ",[4,{\"x\":3,\"y\":0}]]],"
                + "\"state\":[[1,{\"x\":0,\"y\":0}],[2,{\"x\":1,\"y\":0}],[3,{\"x\":2,\"y\":0}],[4,{\"x\":3,\"y\":0}]]}\n",
                Files.readString(json));
    }

    @Test
    void shouldDumpCounterexampleAsTlaModuleNamedAfterTheFile() throws IOException {
        Path tla = dir.resolve("TwoTrace.tla");

        Run run = check(two(TWO_CFG), "-workers", "1", "-dumpTrace", "tla", tla.toString());

        assertEquals(12, run.status(), run.out());
        String text = Files.readString(tla);
        assertTrue(text.startsWith("---- MODULE TwoTrace ----\nLOCAL INSTANCE TLC\n\nCounterExample == \n\t[action |-> {"),
                text);
        assertTrue(text.contains("state |-> {<<1, [x |-> 0, y |-> 0]>>, <<2, [x |-> 1, y |-> 0]>>, "
                + "<<3, [x |-> 2, y |-> 0]>>, <<4, [x |-> 3, y |-> 0]>>}]\n\n====\n"), text);
    }

    @Test
    void shouldDumpDeadlockAsHtmlPage() throws IOException {
        Path html = dir.resolve("trace.html");

        Run run = check(two("INIT Init\nNEXT Next\n"), "-workers", "1", "-dumpTrace", "html", html.toString());

        assertEquals(11, run.status(), run.out());
        String page = Files.readString(html);
        assertTrue(page.contains("<pre id=\"error\" class=\"error\">Deadlock reached.</pre>"), page);
        assertTrue(page.contains("id=\"state-6\""), page);
    }

    @Test
    void shouldDumpLivenessLassoWithItsClosingStep() throws IOException {
        Files.writeString(dir.resolve("Cycle.tla"), CYCLE);
        Files.writeString(dir.resolve("Cycle.cfg"), "SPECIFICATION Spec\nPROPERTY Never\n");
        Path json = dir.resolve("lasso.json");

        Run run = check(dir.resolve("Cycle.tla").toString(), "-workers", "1", "-dumpTrace", "json", json.toString());

        assertEquals(13, run.status(), run.out());
        String text = Files.readString(json);
        assertTrue(text.contains("\"name\":\"Next\"},[1,{\"x\":0}]]"), text);
        assertTrue(text.endsWith("\"state\":[[1,{\"x\":0}],[2,{\"x\":1}],[3,{\"x\":2}]]}\n"), text);
    }

    @Test
    void shouldRejectUnknownDumpFormatAndMissingFile() throws IOException {
        String spec = two(TWO_CFG);

        Run format = check(spec, "-dumpTrace", "xml", "f.xml");
        Run missing = check(spec, "-dumpTrace", "json");

        assertEquals(UsageException.EXIT_CODE, format.status());
        assertTrue(format.err().contains("option -dumpTrace expects the format tla, json or html, got 'xml'"),
                format.err());
        assertTrue(missing.err().contains("option -dumpTrace needs 2 values: -dumpTrace FORMAT FILE"), missing.err());
    }

    @Test
    void shouldSimulateAndFindTheSameViolationForTheSameSeedWithAnyWorkerCount() throws IOException {
        String spec = two(TWO_CFG);

        Run one = check(spec, "-simulate", "num=50", "-depth", "10", "-seed", "7", "-workers", "1");
        Run two = check(spec, "-simulate", "num=50", "-depth", "10", "-seed", "7", "-workers", "2");

        assertEquals(12, one.status(), one.out());
        assertTrue(one.out().contains("Running Random Simulation with seed 7 with 1 worker on "), one.out());
        assertTrue(one.out().contains("Simulation using seed 7 and aril 0\nProgress: "), one.out());
        assertEquals(counterexample(one.out()), counterexample(two.out()));
        assertTrue(counterexample(one.out()).startsWith("Error: Invariant Inv is violated.\n"), one.out());
    }

    @Test
    void shouldSimulateTheRequestedNumberOfBehavioursWithoutViolation() throws IOException {
        Run run = check(two("INIT Init\nNEXT Next\nCHECK_DEADLOCK FALSE\n"), "-simulate", "num=20", "-depth", "4",
                "-workers", "2");

        assertEquals(0, run.status(), run.out());
        assertTrue(run.out().contains("20 traces generated (trace length: mean=4, var(x)=0, sd=0)"), run.out());
        assertTrue(run.out().contains("The number of states generated: "), run.out());
    }

    @Test
    void shouldAnswerTlcGetLevelStatsConfigAndRegistersInSearchAndSimulation() throws IOException {
        Files.writeString(dir.resolve("Get.tla"), """
                ---- MODULE Get ----
                EXTENDS Naturals, TLC
                VARIABLE x
                ASSUME TLCGet("config").worker = 1
                ASSUME TLCSet(3, 42)
                Bfs == TLCGet("config").mode = "bfs"
                Init == x = 0 /\\ TLCGet("level") = 0 /\\ TLCGet(3) = 42
                Next == x < 5 /\\ x' = x + 1 /\\ TLCGet("level") = x + 1
                        /\\ (Bfs => TLCGet("stats").distinct = x + 1 /\\ TLCGet("diameter") >= x + 1)
                        /\\ (~Bfs => TLCGet("stats").traces >= 1 /\\ TLCGet("config").depth = 4)
                Inv == TLCGet("level") = x + 1
                ====
                """);
        Files.writeString(dir.resolve("Get.cfg"), "INIT Init\nNEXT Next\nINVARIANT Inv\nCHECK_DEADLOCK FALSE\n");
        String spec = dir.resolve("Get.tla").toString();

        Run bfs = check(spec, "-workers", "1");
        Run simulation = check(spec, "-workers", "1", "-simulate", "num=3", "-depth", "4");

        assertEquals(0, bfs.status(), bfs.out());
        assertEquals(0, simulation.status(), simulation.out());
    }

    @Test
    void shouldContinueAfterInvariantViolationsAndPrintEach() throws IOException {
        Run run = check(two(TWO_CFG + "CHECK_DEADLOCK FALSE\n"), "-workers", "1", "-continue");

        assertEquals(12, run.status(), run.out());
        assertEquals(6, run.out().split("Error: Invariant Inv is violated.", -1).length - 1, run.out());
        assertTrue(run.out().contains("18 states generated, 12 distinct states found, 0 states left on queue."),
                run.out());
    }

    @Test
    void shouldPrintOnlyChangedVariablesWithDifftrace() throws IOException {
        Run run = check(two(TWO_CFG), "-workers", "1", "-difftrace");

        assertTrue(run.out().contains("State 1: <Initial predicate>\n/\\ x = 0\n/\\ y = 0\n\n"
                + "State 2: <IncX line 5, col 9 to line 5, col 37 of module Two>\n/\\ x = 1\n\n"), run.out());
    }

    @Test
    void shouldPrintPerActionCoverageAtTheEnd() throws IOException {
        Run run = check(two("INIT Init\nNEXT Next\nCHECK_DEADLOCK FALSE\n"), "-workers", "1", "-coverage", "0");

        assertEquals(0, run.status(), run.out());
        assertTrue(run.out().contains("<Init line 4, col 1 to line 4, col 4 of module Two>: 1:1\n"
                + "  line 4, col 9 to line 4, col 13 of module Two: 1\n"
                + "  line 4, col 18 to line 4, col 22 of module Two: 1\n"
                + "<IncX line 5, col 1 to line 5, col 4 of module Two>: 3:9\n"
                + "  line 5, col 9 to line 5, col 13 of module Two: 12\n"
                + "  line 5, col 18 to line 5, col 27 of module Two: 9\n"
                + "  line 5, col 32 to line 5, col 37 of module Two: 9\n"
                + "<IncY line 6, col 1 to line 6, col 4 of module Two>: 8:8\n"
                + "  line 6, col 9 to line 6, col 13 of module Two: 12\n"
                + "  line 6, col 18 to line 6, col 27 of module Two: 8\n"
                + "  line 6, col 32 to line 6, col 37 of module Two: 8\nEnd of statistics.\n"), run.out());
    }

    @Test
    void shouldFrameMessagesWithTlcCodesInToolMode() throws IOException {
        Run run = check(two(TWO_CFG), "-workers", "1", "-tool");

        assertTrue(run.out().startsWith("@!@!@STARTMSG 2262:0 @!@!@\ntlaplex "), run.out());
        assertTrue(run.out().contains("@!@!@STARTMSG 2110:1 @!@!@\nInvariant Inv is violated.\n"
                + "@!@!@ENDMSG 2110 @!@!@\n"), run.out());
        assertTrue(run.out().contains("@!@!@STARTMSG 2217:4 @!@!@\n1: <Initial predicate>\n/\\ x = 0\n/\\ y = 0\n\n"
                + "@!@!@ENDMSG 2217 @!@!@\n"), run.out());
        assertTrue(run.out().contains("@!@!@STARTMSG 2199:0 @!@!@\n"), run.out());
        assertTrue(run.out().contains("@!@!@STARTMSG 2186:0 @!@!@\nFinished in "), run.out());
        assertFalse(run.out().contains("\nError: "), run.out());
    }

    @Test
    void shouldAcceptLncheckAndMaxSetSizeAndRejectBadValues() throws IOException {
        String spec = two("INIT Init\nNEXT Next\nCHECK_DEADLOCK FALSE\n");

        Run ok = check(spec, "-workers", "1", "-lncheck", "final", "-maxSetSize", "5000");
        Run bad = check(spec, "-lncheck", "sometimes");

        assertEquals(0, ok.status(), ok.out());
        assertTrue(bad.err().contains("option -lncheck expects final or default, got 'sometimes'"), bad.err());
    }

    /** From "Error:" up to the counters, which differ between worker counts. */
    private static String counterexample(String out) {
        Matcher m = Pattern.compile("(?s)(Error: .*?)The number of states generated").matcher(out);
        assertTrue(m.find(), out);
        return m.group(1);
    }
}
