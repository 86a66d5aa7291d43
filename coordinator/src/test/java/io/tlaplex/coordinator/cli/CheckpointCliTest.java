package io.tlaplex.coordinator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checkpoints from the command line: {@code -checkpoint}, {@code -metadir} and {@code -recover}, with runs killed
 * with SIGKILL at seeded random moments, stopped with SIGTERM, and resumed from damaged checkpoints; every resumed
 * run must give the answer of an uninterrupted one.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class CheckpointCliTest {
    private static final Path SPECS = Path.of("src", "test", "resources", "checkpoint");
    private static final Pattern COUNTS = Pattern.compile("(\\d+) states generated, (\\d+) distinct states found");
    private static final Pattern DEPTH = Pattern.compile("The depth of the complete state graph search is (\\d+)\\.");

    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {
        String answer() {
            Matcher counts = COUNTS.matcher(out);
            Matcher depth = DEPTH.matcher(out);
            return (counts.find() ? counts.group(1) + " generated, " + counts.group(2) + " distinct" : "no counts")
                    + (depth.find() ? ", depth " + depth.group(1) : "") + ", exit " + status;
        }
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Tlaplex.standard().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String spec() {
        return SPECS.resolve("Odometer.tla").toString();
    }

    private static String config(String name) {
        return SPECS.resolve(name + ".cfg").toString();
    }

    /** {@code tlaplex check} in a JVM of its own, with this JVM's flags and class path. */
    private static Process child(Path output, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> !a.startsWith("-agentlib") && !a.startsWith("-javaagent")).toList());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Tlaplex.class.getName(), "check"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
    }

    private static boolean hasManifest(Path metadir) throws IOException {
        if (!Files.isDirectory(metadir)) {
            return false;
        }
        try (Stream<Path> files = Files.list(metadir)) {
            return files.anyMatch(p -> p.getFileName().toString().startsWith("manifest-"));
        }
    }

    private static void awaitText(Path output, String text) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.readString(output).contains(text)) {
            assertTrue(System.nanoTime() < deadline, "no '" + text + "' in:\n" + Files.readString(output));
            Thread.sleep(20);
        }
    }

    @Test
    void shouldGiveTheUninterruptedAnswerAfterKillNineAtSeededMomentsAndAResume() throws Exception {
        String expected = run("check", spec(), "-config", config("OdometerLong"), "-workers", "2").answer();
        for (long seed = 1; seed <= 3; seed++) {
            Random random = new Random(seed);
            Path metadir = dir.resolve("kill" + seed);
            Path output = dir.resolve("kill" + seed + ".out");
            Process process = child(output, spec(), "-config", config("OdometerLong"), "-workers", "2",
                    "-checkpoint", "0.002", "-metadir", metadir.toString());
            try {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (!hasManifest(metadir) && process.isAlive() && System.nanoTime() < deadline) {
                    Thread.sleep(5);
                }
                Thread.sleep(random.nextInt(600));
            } finally {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
            int workers = 1 + random.nextInt(3);

            Run resumed = run("check", spec(), "-config", config("OdometerLong"), "-workers", String.valueOf(workers),
                    "-recover", metadir.toString());

            assertTrue(resumed.out().contains("Starting recovery from checkpoint "), resumed.out());
            assertEquals(expected, resumed.answer(), "seed " + seed + ", " + workers + " workers:\n" + resumed.out()
                    + "\nkilled run:\n" + Files.readString(output));
        }
    }

    @Test
    void shouldFindTheShortestViolationAfterAResume() throws Exception {
        Run uninterrupted = run("check", spec(), "-config", config("OdometerBad"), "-workers", "2");
        Path metadir = dir.resolve("bad");
        Path output = dir.resolve("bad.out");
        Process process = child(output, spec(), "-config", config("OdometerBad"), "-workers", "2", "-checkpoint",
                "0.002", "-metadir", metadir.toString());
        try {
            while (!hasManifest(metadir) && process.isAlive()) {
                Thread.sleep(5);
            }
            Thread.sleep(300);
        } finally {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }

        Run resumed = run("check", spec(), "-config", config("OdometerBad"), "-workers", "3", "-recover",
                metadir.toString());

        assertEquals(12, uninterrupted.status());
        assertEquals(12, resumed.status(), resumed.out());
        Matcher depth = DEPTH.matcher(uninterrupted.out());
        assertTrue(depth.find());
        assertTrue(resumed.out().contains("State " + depth.group(1) + ":"), resumed.out());
        assertTrue(!resumed.out().contains("State " + (Integer.parseInt(depth.group(1)) + 1) + ":"));
    }

    @Test
    void shouldCheckTemporalPropertiesAfterAResumeAsAnUninterruptedRunDoes() {
        String ladder = SPECS.resolve("LiveLadder.tla").toString();
        for (String cfg : List.of("LiveLadder", "LiveLadderFails")) {
            Run uninterrupted = run("check", ladder, "-config", config(cfg), "-workers", "2");
            Path metadir = dir.resolve(cfg);
            Run checkpointed = run("check", ladder, "-config", config(cfg), "-workers", "2", "-checkpoint",
                    "0.000001", "-metadir", metadir.toString());

            // The behaviour graph's files hold the whole run; the resume cuts them back to the last epoch's ends.
            Run resumed = run("check", ladder, "-config", config(cfg), "-workers", "1", "-recover",
                    metadir.toString());

            assertEquals(uninterrupted.answer(), checkpointed.answer(), cfg);
            Matcher from = Pattern.compile("Starting recovery from checkpoint \\d+ of .*: level (\\d+),")
                    .matcher(resumed.out());
            assertTrue(from.find(), resumed.out());
            Matcher depth = DEPTH.matcher(uninterrupted.out());
            assertTrue(depth.find() && Integer.parseInt(from.group(1)) < Integer.parseInt(depth.group(1)),
                    "resumed inside the search: " + resumed.out());
            assertEquals(uninterrupted.answer(), resumed.answer(), cfg + ":\n" + resumed.out());
            assertEquals(verdict(uninterrupted.out()), verdict(resumed.out()), cfg);
        }
    }

    /** From the temporal check's first line to the counts: its verdict and any lasso. */
    private static String verdict(String out) {
        int from = out.indexOf("Checking temporal properties");
        int to = out.indexOf(" states generated, ");
        assertTrue(from >= 0 && to > from, out);
        return out.substring(out.indexOf('\n', from) + 1, to).replaceAll("(?m)^Finished checking temporal .*$", "");
    }

    @Test
    void shouldWriteACheckpointWhenStoppedWithSigterm() throws Exception {
        String expected = run("check", spec(), "-config", config("OdometerLong"), "-workers", "2").answer();
        Path metadir = dir.resolve("term");
        Path output = dir.resolve("term.out");
        Process process = child(output, spec(), "-config", config("OdometerLong"), "-workers", "2", "-checkpoint",
                "0", "-metadir", metadir.toString());
        try {
            // The search of 1.5 million states takes far longer than this poll, so the signal comes during it.
            awaitText(output, "Finished computing initial states");
            process.destroy();
            assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        } finally {
            process.destroyForcibly();
        }
        String stopped = Files.readString(output);
        assertTrue(stopped.contains("Stopped after a checkpoint; resume with -recover " + metadir), stopped);
        assertTrue(!stopped.contains("Model checking completed"), stopped);

        Run resumed = run("check", spec(), "-config", config("OdometerLong"), "-workers", "1", "-recover",
                metadir.toString());

        assertEquals(expected, resumed.answer(), resumed.out());
    }

    @Test
    void shouldFallBackWhenTheLastCheckpointIsCorruptedAndRefuseAnotherConfig() throws Exception {
        String expected = run("check", spec(), "-config", config("Odometer"), "-workers", "2").answer();
        Path metadir = dir.resolve("corrupt");
        Run first = run("check", spec(), "-config", config("Odometer"), "-workers", "2", "-checkpoint", "0.0001",
                "-metadir", metadir.toString());
        assertEquals(expected, first.answer());
        Path last;
        try (Stream<Path> epochs = Files.list(metadir)) {
            last = epochs.filter(p -> p.getFileName().toString().startsWith("epoch-")).sorted().reduce((a, b) -> b)
                    .orElseThrow();
        }
        Path fingerprints = last.resolve("fingerprints.bin");
        byte[] bytes = Files.readAllBytes(fingerprints);
        bytes[bytes.length - 3] ^= 0x40;
        Files.write(fingerprints, bytes);

        Run resumed = run("check", spec(), "-config", config("Odometer"), "-workers", "2", "-recover",
                metadir.toString());
        Run other = run("check", spec(), "-config", config("OdometerBad"), "-recover", metadir.toString());

        assertTrue(resumed.out().contains("Warning: passed over a damaged checkpoint: epoch "), resumed.out());
        assertTrue(resumed.out().contains(fingerprints + " is corrupted"), resumed.out());
        assertEquals(expected, resumed.answer());
        assertEquals(153, other.status());
        assertTrue(other.out().contains("Error: cannot recover: the checkpoint in " + metadir
                + " was made with another model config"), other.out());
    }

    @Test
    void shouldExplainBadCheckpointOptions() {
        Run missing = run("check", spec(), "-config", config("Odometer"), "-recover", dir.resolve("none").toString());
        Run minutes = run("check", spec(), "-config", config("Odometer"), "-checkpoint", "soon");
        Run metadir = run("check", spec(), "-config", config("Odometer"), "-metadir", dir.toString());

        assertEquals(153, missing.status());
        assertTrue(missing.out().contains("Error: cannot recover: checkpoint directory " + dir.resolve("none")
                + " does not exist"), missing.out());
        assertEquals(255, minutes.status());
        assertTrue(minutes.err().contains("option -checkpoint expects minutes (0 or more), got 'soon'"), minutes.err());
        assertEquals(255, metadir.status());
        assertTrue(metadir.err().contains("option -metadir needs -checkpoint"), metadir.err());
        Run file = run("check", spec(), "-config", config("Odometer"), "-recover", SPECS.resolve("Odometer.cfg")
                .toString());
        assertEquals(153, file.status());
        assertTrue(file.out().contains("is not a checkpoint directory (it is a file)"), file.out());
        Run unwritable = run("check", spec(), "-config", config("Odometer"), "-workers", "2", "-checkpoint", "1",
                "-metadir", SPECS.resolve("Odometer.cfg").resolve("sub").toString());
        assertEquals(153, unwritable.status());
        assertTrue(unwritable.out().contains("Error: cannot create the checkpoint folder "), unwritable.out());
        assertTrue(!unwritable.out().contains("more memory"), unwritable.out());
    }
}
