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
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checkpoints of cluster runs through the real command line, with faults at seeded moments: the check killed with
 * {@code kill -9} and resumed on another number of nodes from a damaged folder, a node killed during the run, a
 * Ctrl-C to the check and its nodes (a checkpoint, then a resume), and checkpoint folders that cannot be used. Every run must give the uninterrupted single-JVM run's answers. The seed
 * comes from {@code -Dtlaplex.chaos.seed} (default: a fixed one) and is printed with every failure.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class ClusterRecoveryTest {
    private static final long SEED = Long.getLong("tlaplex.chaos.seed", 20261122L);
    private static final Path LATTICE = ClusterProcesses.SPECS.resolve("Lattice.tla");
    private static final Path TOP = ClusterProcesses.SPECS.resolve("LatticeTop.cfg");
    private static final long RUN_TIMEOUT_S = 90;
    /** Checkpoint at every level's end: a fraction of a millisecond, in minutes. */
    private static final String EVERY_LEVEL = "0.000001";

    @TempDir
    Path dir;

    @Test
    void shouldResumeOnThreeNodesFromTheEpochBeforeADamagedOneAfterTheCheckWasKilled() throws Exception {
        Random random = new Random(SEED);
        int killAt = 5 + random.nextInt(20);
        Path metadir = dir.resolve("states");
        String why = "seed " + SEED + " (-Dtlaplex.chaos.seed=" + SEED + "), check killed after epoch " + killAt;

        String first = startAndKill(List.of("check", LATTICE.toString(), "-nodes", "2", "-workers", "1",
                "-checkpoint", EVERY_LEVEL, "-metadir", metadir.toString()), "epoch " + killAt + ",");
        int damaged = lastEpoch(metadir);
        assertTrue(damaged >= killAt, why + ": no epoch " + killAt + " committed:\n" + first);
        corrupt(metadir.resolve(String.format("epoch-%08d", damaged)).resolve("node-0001/queued.bin"));

        Run resumed = ClusterProcesses.run(dir, List.of("check", LATTICE.toString(), "-nodes", "3", "-workers", "1",
                "-recover", metadir.toString()));
        Run single = inProcess(List.of("check", LATTICE.toString(), "-workers", "1"));

        assertEquals(0, resumed.status(), why + "\n" + resumed.out());
        assertTrue(resumed.out().contains("Warning: passed over a damaged checkpoint: epoch " + damaged),
                why + "\n" + resumed.out());
        assertTrue(resumed.out().contains("Starting recovery from checkpoint " + (damaged - 1) + " of "),
                why + "\n" + resumed.out());
        assertEquals(ClusterProcesses.counts(single.out()), ClusterProcesses.counts(resumed.out()), why);
        assertEquals(ClusterProcesses.depth(single.out()), ClusterProcesses.depth(resumed.out()), why);
    }

    @Test
    void shouldGoOnFromTheLastCheckpointWhenANodeIsKilledAndFindTheShortestViolation() throws Exception {
        Random random = new Random(SEED ^ 0x5DEECE66DL);
        int killAt = 5 + random.nextInt(20);
        int victim = random.nextInt(2);
        String why = "seed " + SEED + " (-Dtlaplex.chaos.seed=" + SEED + "), node " + victim
                + " killed after epoch " + killAt;

        List<String> args = List.of("check", LATTICE.toString(), "-config", TOP.toString(), "-workers", "1");
        Run single = inProcess(args);
        List<String> clustered = new ArrayList<>(args);
        clustered.addAll(List.of("-nodes", "2", "-checkpoint", EVERY_LEVEL, "-metadir",
                dir.resolve("states").toString()));
        Run run = killNodeDuring(clustered, "epoch " + killAt + ",", victim);

        assertEquals(single.status(), run.status(), why + "\n" + run.out());
        assertTrue(run.out().contains("A node was lost (node " + victim + " exited with status 137); starting the "
                + "nodes again from checkpoint "), why + "\n" + run.out());
        assertTrue(run.out().contains("Error: Invariant BelowTop is violated."), why + "\n" + run.out());
        assertEquals(ClusterProcesses.traceLength(single.out()), ClusterProcesses.traceLength(run.out()), why);
        assertEquals(ClusterProcesses.depth(single.out()), ClusterProcesses.depth(run.out()), why);
    }

    @Test
    void shouldCheckpointWhenCtrlCReachesTheCheckAndItsNodesAndResumeOnThreeNodes() throws Exception {
        Path wide = ClusterProcesses.SPECS.resolve("LatticeWide.cfg");
        Path metadir = dir.resolve("stopped");
        List<String> args = List.of("check", LATTICE.toString(), "-config", wide.toString(), "-nodes", "2",
                "-workers", "1", "-checkpoint", "0", "-metadir", metadir.toString());
        Path tmp = Files.createTempDirectory(dir, "tmp-");
        Path log = dir.resolve("interrupted.txt");
        // In a process group of its own, as a shell runs a foreground job: the signal reaches the nodes as well.
        List<String> command = new ArrayList<>(List.of("setsid"));
        command.addAll(ClusterProcesses.command(tmp, args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Run stopped;
        try {
            awaitOutput(process, log, "Finished computing initial states");
            Process interrupt = new ProcessBuilder("kill", "-INT", "--", "-" + process.pid()).inheritIO().start();
            assertEquals(0, interrupt.waitFor(), "kill -INT of the process group");
            stopped = ClusterProcesses.finish(process, log, tmp, RUN_TIMEOUT_S);
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }

        assertEquals(130, stopped.status(), stopped.out());
        assertTrue(stopped.out().contains("Stopped after a checkpoint; resume with -recover " + metadir),
                stopped.out());
        assertTrue(!stopped.out().contains("Model checking completed"), stopped.out());
        Run resumed = ClusterProcesses.run(dir, List.of("check", LATTICE.toString(), "-config", wide.toString(),
                "-nodes", "3", "-workers", "1", "-recover", metadir.toString()));
        Run single = inProcess(List.of("check", LATTICE.toString(), "-config", wide.toString(), "-workers", "1"));

        assertEquals(0, resumed.status(), resumed.out());
        assertTrue(resumed.out().contains("Starting recovery from checkpoint 1 of "), resumed.out());
        assertEquals(ClusterProcesses.counts(single.out()), ClusterProcesses.counts(resumed.out()));
        assertEquals(ClusterProcesses.depth(single.out()), ClusterProcesses.depth(resumed.out()));
    }

    @Test
    void shouldRefuseCheckpointFoldersItCannotUseWithAClearError() throws Exception {
        Path single = dir.resolve("single");
        Run written = inProcess(List.of("check", LATTICE.toString(), "-workers", "1", "-checkpoint", EVERY_LEVEL,
                "-metadir", single.toString()));
        assertEquals(0, written.status(), written.out());

        Run resumed = ClusterProcesses.run(dir, List.of("check", LATTICE.toString(), "-nodes", "2", "-recover",
                single.toString()));
        assertEquals(153, resumed.status(), resumed.out());
        assertTrue(resumed.out().contains("Error: cannot recover: the checkpoint in " + single + " was written by "
                + "a single-JVM run"), resumed.out());

        Run reused = ClusterProcesses.run(dir, List.of("check", LATTICE.toString(), "-nodes", "2", "-checkpoint", "5",
                "-metadir", single.toString()));
        assertEquals(153, reused.status(), reused.out());
        assertTrue(reused.out().contains("Error: " + single + " already holds checkpoints: resume them with -recover "
                + single + ", or choose another -metadir"), reused.out());

        Run missing = ClusterProcesses.run(dir, List.of("check", LATTICE.toString(), "-nodes", "2", "-recover",
                dir.resolve("nowhere").toString()));
        assertEquals(153, missing.status(), missing.out());
        assertTrue(missing.out().contains("Error: cannot recover: checkpoint directory " + dir.resolve("nowhere")
                + " does not exist"), missing.out());
    }

    /** Runs the check until {@code marker} is printed, then kills it with SIGKILL; returns what it printed. */
    private String startAndKill(List<String> args, String marker) throws Exception {
        Path tmp = Files.createTempDirectory(dir, "tmp-");
        Path log = dir.resolve("killed-" + System.nanoTime() + ".txt");
        Process process = new ProcessBuilder(ClusterProcesses.command(tmp, args)).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        try {
            awaitOutput(process, log, marker);
            List<ProcessHandle> nodes = process.descendants().toList();
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
            for (ProcessHandle node : nodes) {
                node.onExit().get(60, TimeUnit.SECONDS);
            }
            return Files.readString(log);
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    /** Runs the check, kills node {@code victim} with SIGKILL once {@code marker} is printed, and waits for the end. */
    private Run killNodeDuring(List<String> args, String marker, int victim) throws Exception {
        Path tmp = Files.createTempDirectory(dir, "tmp-");
        Path log = dir.resolve("node-killed-" + System.nanoTime() + ".txt");
        Process process = new ProcessBuilder(ClusterProcesses.command(tmp, args)).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        try {
            awaitOutput(process, log, marker);
            ProcessHandle node = process.children().filter(p -> commandLine(p).contains("\0-node-id\0" + victim + "\0"))
                    .findFirst().orElseThrow(() -> new AssertionError("no node " + victim + " among the children"));
            node.destroyForcibly();
            return ClusterProcesses.finish(process, log, tmp, RUN_TIMEOUT_S);
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    /** The arguments of a process, each followed by a NUL, as Linux keeps them. */
    private static String commandLine(ProcessHandle process) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", String.valueOf(process.pid()), "cmdline")),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static void awaitOutput(Process process, Path log, String marker) throws Exception {
        long deadlineNs = System.nanoTime() + TimeUnit.SECONDS.toNanos(RUN_TIMEOUT_S);
        while (!Files.readString(log).contains(marker)) {
            assertTrue(System.nanoTime() < deadlineNs && !process.waitFor(20, TimeUnit.MILLISECONDS),
                    "the check never printed '" + marker + "':\n" + Files.readString(log));
        }
    }

    private static Run inProcess(List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        int status = Tlaplex.standard().run(args.toArray(String[]::new), print, print);
        return new Run(status, out.toString(StandardCharsets.UTF_8));
    }

    private static int lastEpoch(Path metadir) throws IOException {
        try (Stream<Path> files = Files.list(metadir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.matches("manifest-\\d{8}\\.tlxm"))
                    .mapToInt(n -> Integer.parseInt(n.substring(9, 17))).max().orElse(0);
        }
    }

    private static void corrupt(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 1] ^= 0x5A;
        Files.write(file, bytes);
    }
}
