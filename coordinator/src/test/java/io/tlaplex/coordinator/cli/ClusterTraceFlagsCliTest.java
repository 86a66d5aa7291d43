package io.tlaplex.coordinator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Temporal properties, {@code -dumpTrace}, {@code -difftrace} and {@code -tool} with {@code -nodes 2}: the cluster
 * check (coordinator in this JVM, two node JVMs) must print and dump what the single-JVM check does. Two cluster
 * runs in all: a lasso (the graph recorded on both nodes, checked on the coordinator) with the three flags, and an
 * invariant violation dumped as a TLA+ module.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class ClusterTraceFlagsCliTest {
    private static final Path SPECS = Path.of("src/test/resources/cluster").toAbsolutePath();

    @TempDir
    static Path dir;

    private record Run(int status, String out) {
    }

    private static Run singleLasso;
    private static Run clusterLasso;
    private static Run singleInvariant;
    private static Run clusterInvariant;

    @BeforeAll
    static void runBothWays() {
        List<String> lasso = List.of("-tool", "-difftrace", "-dumpTrace", "json");
        singleLasso = check("LiveLoop.cfg", lasso, dir.resolve("single.json"), false);
        clusterLasso = check("LiveLoop.cfg", lasso, dir.resolve("cluster.json"), true);
        List<String> invariant = List.of("-dumpTrace", "tla");
        singleInvariant = check("LiveLoopInvariant.cfg", invariant, dir.resolve("SingleTrace.tla"), false);
        clusterInvariant = check("LiveLoopInvariant.cfg", invariant, dir.resolve("ClusterTrace.tla"), true);
    }

    @Test
    void shouldReportTheLassoOfTheGraphTheNodesRecordedAsOneJvmDoes() {
        assertEquals(13, clusterLasso.status(), clusterLasso.out());
        assertEquals(comparable(singleLasso.out()), comparable(clusterLasso.out()));
    }

    @Test
    void shouldFrameTheLassoAsTlcsToolMessagesWithOnlyTheChangedVariables() {
        String out = clusterLasso.out();

        assertTrue(out.contains("@!@!@STARTMSG 2116:1 @!@!@\nTemporal properties were violated.\n"), out);
        assertTrue(out.contains("@!@!@STARTMSG 2217:4 @!@!@\n2: <Inc line 10, col 8 to line 10, col 41 of module "
                + "LiveLoop>\n/\\ x = 1\n\n@!@!@ENDMSG 2217 @!@!@"), out);
        assertTrue(out.contains("@!@!@STARTMSG 2122:4 @!@!@\n9: Back to state 1: <Wrap line 12, col 9 to line 12, "
                + "col 37 of module LiveLoop>\n"), out);
    }

    @Test
    void shouldDumpTheLassoAsOneJvmDoes() throws IOException {
        assertTrue(clusterLasso.out().contains("CounterExample written: " + dir.resolve("cluster.json")),
                clusterLasso.out());
        assertEquals(Files.readString(dir.resolve("single.json")), Files.readString(dir.resolve("cluster.json")));
    }

    @Test
    void shouldReportAndDumpAnInvariantViolationAsOneJvmDoes() throws IOException {
        assertEquals(12, clusterInvariant.status(), clusterInvariant.out());
        assertEquals(comparable(singleInvariant.out()), comparable(clusterInvariant.out()));
        assertEquals(Files.readString(dir.resolve("SingleTrace.tla")).replace("SingleTrace", "ClusterTrace"),
                Files.readString(dir.resolve("ClusterTrace.tla")));
    }

    private static Run check(String config, List<String> flags, Path dump, boolean cluster) {
        List<String> args = new ArrayList<>(List.of("check", SPECS.resolve("LiveLoop.tla").toString(), "-config",
                SPECS.resolve(config).toString(), "-workers", "1"));
        args.addAll(flags);
        args.add(dump.toString());
        if (cluster) {
            args.addAll(List.of("-nodes", "2"));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int status = Tlaplex.standard().run(args.toArray(String[]::new), out, out);
        return new Run(status, bytes.toString(StandardCharsets.UTF_8));
    }

    /**
     * The output from the first line after parsing to the depth line, without what differs between runs: time
     * stamps, durations, the dump's file name, and the header that counts workers over all nodes.
     */
    private static String comparable(String out) {
        List<String> kept = new ArrayList<>();
        boolean on = false;
        for (String line : out.lines().toList()) {
            on |= line.startsWith("Starting...") || line.startsWith("Computing initial states");
            if (on) {
                kept.add(line.replaceAll("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d", "TIME")
                        .replaceAll("in \\d+s", "in Ns")
                        .replaceAll("CounterExample written: .*", "CounterExample written: FILE"));
            }
            if (line.startsWith("The depth of")) {
                break;
            }
        }
        return String.join("\n", kept);
    }
}
