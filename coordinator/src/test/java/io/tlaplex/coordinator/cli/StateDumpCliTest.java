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

/** {@code -dump FILE} and {@code -dump dot[,colorize][,actionlabels] FILE} end to end, on a four-state spec. */
@Timeout(60)
class StateDumpCliTest {
    /** A(0,"a") -Up-> B(1,"a") -Up-> C(2,"a") -Reset-> A, and B -Skip-> D(3,"b"), which has no successor. */
    private static final String DIAL = """
            ---- MODULE Dial ----
            EXTENDS Naturals
            VARIABLES x, s
            Init == x = 0 /\\ s = "a"
            Up == x < 2 /\\ x' = x + 1 /\\ s' = s
            Reset == x = 2 /\\ x' = 0 /\\ s' = s
            Skip == x = 1 /\\ x' = 3 /\\ s' = "b"
            Next == Up \\/ Reset \\/ Skip
            ====
            """;
    private static final Pattern NODE = Pattern.compile("(?m)^(-?\\d+) \\[label=\"/\\\\\\\\ x = (\\d)");

    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {
    }

    private Run check(String... args) throws IOException {
        Files.writeString(dir.resolve("Dial.tla"), DIAL);
        Files.writeString(dir.resolve("Dial.cfg"), "INIT Init\nNEXT Next\nCHECK_DEADLOCK FALSE\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = new String[args.length + 2];
        all[0] = "check";
        all[1] = dir.resolve("Dial.tla").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int status = Tlaplex.standard().run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** {@code template} with the fingerprint {@code dot} gives the state where x = i put in for {@code @i}. */
    private static String withFingerprints(String dot, String template) {
        Matcher m = NODE.matcher(dot);
        String out = template;
        while (m.find()) {
            out = out.replace("@" + m.group(2), m.group(1));
        }
        return out;
    }

    @Test
    void shouldDumpEveryDistinctStateInBreadthFirstOrderToFileWithDumpSuffix() throws IOException {
        Path file = dir.resolve("states");

        Run run = check("-workers", "1", "-dump", file.toString());

        assertEquals(0, run.status(), run.out());
        assertEquals("""
                State 1:
                /\\ x = 0
                /\\ s = "a"

                State 2:
                /\\ x = 1
                /\\ s = "a"

                State 3:
                /\\ x = 2
                /\\ s = "a"

                State 4:
                /\\ x = 3
                /\\ s = "b"

                """, Files.readString(dir.resolve("states.dump")));
        assertFalse(Files.exists(file));
    }

    @Test
    void shouldKeepTheDumpSuffixWhenGiven() throws IOException {
        Run run = check("-workers", "1", "-dump", dir.resolve("all.dump").toString());

        assertEquals(0, run.status(), run.out());
        assertTrue(Files.readString(dir.resolve("all.dump")).startsWith("State 1:\n"));
        assertFalse(Files.exists(dir.resolve("all.dump.dump")));
    }

    @Test
    void shouldWriteTheStateGraphWithActionLabelsAndEdgesToSeenStates() throws IOException {
        Run run = check("-workers", "1", "-dump", "dot,actionlabels", dir.resolve("graph").toString());

        assertEquals(0, run.status(), run.out());
        String dot = Files.readString(dir.resolve("graph.dot"));
        assertEquals(withFingerprints(dot, """
                strict digraph DiskGraph {
                node [shape=box,style=rounded]
                nodesep=0.35;
                subgraph cluster_graph {
                color="white";
                @0 [label="/\\\\ x = 0\\n/\\\\ s = \\"a\\"",style = filled]
                @0 -> @1 [label="Up",color="black",fontcolor="black"];
                @1 [label="/\\\\ x = 1\\n/\\\\ s = \\"a\\"",tooltip="/\\\\ x = 1\\n/\\\\ s = \\"a\\""];
                @1 -> @2 [label="Up",color="black",fontcolor="black"];
                @2 [label="/\\\\ x = 2\\n/\\\\ s = \\"a\\"",tooltip="/\\\\ x = 2\\n/\\\\ s = \\"a\\""];
                @1 -> @3 [label="Skip",color="black",fontcolor="black"];
                @3 [label="/\\\\ x = 3\\n/\\\\ s = \\"b\\"",tooltip="/\\\\ x = 3\\n/\\\\ s = \\"b\\""];
                @2 -> @0 [label="Reset",color="black",fontcolor="black"];
                {rank = same; @0;}
                {rank = same; @1;}
                {rank = same; @2;}
                }
                }"""), dot);
    }

    @Test
    void shouldColourEdgesPerActionAndAddALegend() throws IOException {
        Run run = check("-workers", "1", "-dump", "dot,colorize", dir.resolve("graph.dot").toString());

        assertEquals(0, run.status(), run.out());
        String dot = Files.readString(dir.resolve("graph.dot"));
        assertEquals(withFingerprints(dot, """
                strict digraph DiskGraph {
                node [shape=box,style=rounded]
                edge [colorscheme="paired12"]
                nodesep=0.35;
                subgraph cluster_graph {
                color="white";
                @0 [label="/\\\\ x = 0\\n/\\\\ s = \\"a\\"",style = filled]
                @0 -> @1 [label="",color="2",fontcolor="2"];
                @1 [label="/\\\\ x = 1\\n/\\\\ s = \\"a\\"",tooltip="/\\\\ x = 1\\n/\\\\ s = \\"a\\""];
                @1 -> @2 [label="",color="2",fontcolor="2"];
                @2 [label="/\\\\ x = 2\\n/\\\\ s = \\"a\\"",tooltip="/\\\\ x = 2\\n/\\\\ s = \\"a\\""];
                @1 -> @3 [label="",color="3",fontcolor="3"];
                @3 [label="/\\\\ x = 3\\n/\\\\ s = \\"b\\"",tooltip="/\\\\ x = 3\\n/\\\\ s = \\"b\\""];
                @2 -> @0 [label="",color="4",fontcolor="4"];
                {rank = same; @0;}
                {rank = same; @1;}
                {rank = same; @2;}
                }
                subgraph cluster_legend {graph[style=bold];label = "Next State Actions" style="solid"
                node [ labeljust="l",colorscheme="paired12",style=filled,shape=record ]
                Up [label="Up",fillcolor=2]
                Skip [label="Skip",fillcolor=3]
                Reset [label="Reset",fillcolor=4]
                }}"""), dot);
    }

    @Test
    void shouldWriteTheSameFilesWithAnyNumberOfWorkers() throws IOException {
        check("-workers", "1", "-dump", dir.resolve("one").toString());
        check("-workers", "1", "-dump", "dot,actionlabels", dir.resolve("one").toString());

        Run run = check("-workers", "3", "-dump", dir.resolve("three").toString());
        check("-workers", "3", "-dump", "dot,actionlabels", dir.resolve("three").toString());

        assertEquals(0, run.status(), run.out());
        assertEquals(Files.readString(dir.resolve("one.dump")), Files.readString(dir.resolve("three.dump")));
        assertEquals(Files.readString(dir.resolve("one.dot")), Files.readString(dir.resolve("three.dot")));
    }

    @Test
    void shouldTakeAFileAfterDotOptionsOnlyWhenOneFollows() throws IOException {
        Run dot = check("-dump", "dot", dir.resolve("g").toString(), "-workers", "1");
        Run plain = check("-dump", dir.resolve("dotty").toString(), "-workers", "1");

        assertEquals(0, dot.status(), dot.err());
        assertTrue(Files.readString(dir.resolve("g.dot")).startsWith("strict digraph DiskGraph {\n"));
        assertEquals(0, plain.status(), plain.err());
        assertTrue(Files.readString(dir.resolve("dotty.dump")).startsWith("State 1:\n"));
    }

    @Test
    void shouldRejectDumpWithoutFileOrWithSimulate() throws IOException {
        Run missing = check("-dump");
        Run simulate = check("-simulate", "-dump", dir.resolve("x").toString());

        assertEquals(255, missing.status());
        assertTrue(missing.err().contains("option -dump needs a value"), missing.err());
        assertEquals(255, simulate.status());
        assertTrue(simulate.err().contains("option -dump cannot be used with -simulate or -recover"), simulate.err());
    }
}
