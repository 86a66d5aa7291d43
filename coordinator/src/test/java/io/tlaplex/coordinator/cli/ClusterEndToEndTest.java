package io.tlaplex.coordinator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tlaplex.coordinator.cli.ClusterProcesses.Run;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cluster checks through the real command line: a child JVM runs {@code tlaplex check ... -nodes N}, which starts
 * N node JVMs on 127.0.0.1, and must print what the single-JVM check prints (verdict, counterexample, counts,
 * depth) and exit with the same status, leaving no process and no folder behind.
 */
@Timeout(value = 170, unit = TimeUnit.SECONDS)
class ClusterEndToEndTest {
    private static final Path REPO = ClusterProcesses.REPO;
    private static final Path SPECS = ClusterProcesses.SPECS;
    private static final long RUN_TIMEOUT_S = 60;

    @TempDir
    Path dir;

    @Test
    void shouldCheckBankTransferOnTwoNodesAsOneJvmDoes() throws Exception {
        assertSameAsSingleJvm(REPO.resolve("examples/BankTransfer/BankTransfer.tla"), null, 2);
    }

    @Test
    void shouldCheckManyShortLevelsOnThreeNodesAsOneJvmDoes() throws Exception {
        assertSameAsSingleJvm(SPECS.resolve("Grid.tla"), null, 3);
    }

    @Test
    void shouldReportTheShortestInvariantViolationAsOneJvmDoes() throws Exception {
        assertSameAsSingleJvm(SPECS.resolve("Violation.tla"), null, 2);
    }

    @Test
    void shouldReportTheNearestDeadlockAsOneJvmDoes() throws Exception {
        assertSameAsSingleJvm(SPECS.resolve("Stuck.tla"), null, 2);
    }

    @Test
    void shouldReportAFalseAssumptionAsOneJvmDoes() throws Exception {
        assertSameAsSingleJvm(SPECS.resolve("Assume.tla"), null, 2);
    }

    @Test
    void shouldReportAnActionPropertyViolationAsOneJvmDoes() throws Exception {
        assertSameAsSingleJvm(SPECS.resolve("Monotone.tla"), null, 2);
    }

    @Test
    void shouldReportAnUnsatisfiedPostconditionAsOneJvmDoes() throws Exception {
        assertSameAsSingleJvm(SPECS.resolve("Post.tla"), null, 2);
    }

    @Test
    void shouldCheckCorpusModelsOnTwoNodesAsOneJvmDoes() throws Exception {
        Path corpus = CorpusConformanceTest.corpus();
        Assumptions.assumeTrue(corpus != null, "../shared/corpus is absent: corpus cluster checks skipped");
        for (String id : List.of("DieHard/DieHard", "SpecifyingSystems/FIFO/MCInnerFIFO", "Majority/MCMajority")) {
            String[] row = manifestRow(corpus, id);
            Path folder = corpus.resolve(row[1]);
            assertSameAsSingleJvm(folder.resolve(row[2]), folder.resolve(row[3]), 2);
        }
    }

    private void assertSameAsSingleJvm(Path spec, Path config, int nodes) throws Exception {
        List<String> args = new ArrayList<>(List.of("check", spec.toString(), "-workers", "1"));
        if (config != null) {
            args.addAll(List.of("-config", config.toString()));
        }
        Run single = inProcess(args);

        args.addAll(List.of("-nodes", String.valueOf(nodes)));
        Run cluster = ClusterProcesses.run(dir, args, RUN_TIMEOUT_S);

        String what = spec.getFileName() + " on " + nodes + " nodes";
        assertEquals(single.status(), cluster.status(), what + "\n" + cluster.out());
        assertEquals(verdict(single.out()), verdict(cluster.out()), what);
        assertEquals(ClusterProcesses.depth(single.out()), ClusterProcesses.depth(cluster.out()), what);
        if (single.status() == 0) {
            assertEquals(ClusterProcesses.counts(single.out()), ClusterProcesses.counts(cluster.out()), what);
        }
    }

    private static Run inProcess(List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        int status = Tlaplex.standard().run(args.toArray(String[]::new), print, print);
        return new Run(status, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void shouldEndTheNodesAndRemoveTheRunFoldersWhenTheCheckIsKilled() throws Exception {
        Path tmp = Files.createTempDirectory(dir, "tmp-");
        Path log = dir.resolve("killed.txt");
        Process process = new ProcessBuilder(ClusterProcesses.command(tmp, List.of("check",
                SPECS.resolve("Endless.tla").toString(), "-nodes", "2"))).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        List<ProcessHandle> nodes;
        Path aeronDir;
        try {
            long deadlineNs = System.nanoTime() + TimeUnit.SECONDS.toNanos(RUN_TIMEOUT_S);
            while (!exploring(tmp)) {
                assertTrue(System.nanoTime() < deadlineNs && !process.waitFor(50, TimeUnit.MILLISECONDS),
                        "the nodes did not start exploring:\n" + Files.readString(log));
            }
            nodes = process.descendants().toList();
            aeronDir = aeronDir(nodes.get(0));

            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
            for (ProcessHandle node : nodes) {
                node.onExit().get(30, TimeUnit.SECONDS);
            }
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }

        assertEquals(2, nodes.size(), "node JVMs: " + nodes);
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of(), left.toList(), "the killed check left files in its temporary folder:\n"
                    + Files.readString(log));
        }
        assertTrue(aeronDir != null && !Files.exists(aeronDir), "the killed check left its media driver's folder "
                + aeronDir);
    }

    /** The media driver's folder a node was started with (its {@code -aeron-dir}; Linux keeps the arguments). */
    private static Path aeronDir(ProcessHandle node) throws IOException {
        List<String> args = List.of(Files.readString(Path.of("/proc", String.valueOf(node.pid()), "cmdline"))
                .split("\0"));
        int at = args.indexOf("-aeron-dir");
        return at < 0 || at + 1 >= args.size() ? null : Path.of(args.get(at + 1));
    }

    /** Whether both nodes of the run in {@code tmp} have opened their trace stores, i.e. joined and started. */
    private static boolean exploring(Path tmp) throws IOException {
        try (Stream<Path> runs = Files.list(tmp)) {
            for (Path run : runs.toList()) {
                if (Files.isDirectory(run.resolve("node-0")) && Files.isDirectory(run.resolve("node-1"))) {
                    return true;
                }
            }
        }
        return false;
    }


    /** The lines from the verdict up to the counts: the error or success message and any counterexample. */
    private static String verdict(String out) {
        List<String> kept = new ArrayList<>();
        boolean on = false;
        for (String line : out.lines().toList()) {
            on |= line.startsWith("Error:") || line.startsWith("Model checking completed");
            if (line.contains(" states generated, ") || line.startsWith("Finished in")) {
                break;
            }
            if (on) {
                kept.add(line);
            }
        }
        return String.join("\n", kept);
    }

    private static String[] manifestRow(Path corpus, String id) throws IOException {
        for (String line : Files.readAllLines(corpus.resolve("manifest.tsv"))) {
            String[] row = line.split("\t");
            if (row[0].equals(id)) {
                return row;
            }
        }
        throw new IllegalStateException(id + " is not in " + corpus.resolve("manifest.tsv"));
    }
}
