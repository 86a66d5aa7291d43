package io.tlaplex.coordinator.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code tlaplex soak Spec.tla [-config F] [-seeds N] [-nodes N]}: the chaos soak of checkpoints. Per seed, a
 * checkpointed check in a JVM of its own is killed with SIGKILL at a seeded moment, every third seed also has a byte
 * of its newest checkpoint flipped, and the run is resumed with a seeded number of workers (with {@code -nodes}: of
 * nodes); with {@code -nodes}, every other seed instead kills one node JVM during the run, which must go on by itself
 * from its last checkpoint. The answer (exit code, depth, and for a complete search distinct and generated states)
 * must equal an uninterrupted single-JVM run's. Prints a line per seed and {@code N passed, N failed}; the failing
 * seed can be rerun with {@code -from}.
 */
final class SoakCommand implements Command {
    private static final long START_TIMEOUT_NS = TimeUnit.SECONDS.toNanos(120);

    @Override
    public String name() {
        return "soak";
    }

    @Override
    public String summary() {
        return "Spec.tla [-config F] [-seeds N]   kill -9 checkpointed checks at seeded moments, resume, compare";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                OptionSpec.withValue("-config", "FILE", "the model config (default: Spec.cfg beside the spec)"),
                OptionSpec.withValue("-seeds", "N", "how many seeds (default 5)"),
                OptionSpec.withValue("-from", "S", "the first seed (default 1)"),
                OptionSpec.withValue("-workers", "N", "workers of the killed runs; resumed runs take 1..N+1 (default 2)"),
                OptionSpec.withValue("-checkpoint", "MIN", "checkpoint interval of the killed runs (default 0.002)"),
                OptionSpec.withValue("-nodes", "N", "soak cluster runs of N node JVMs (killed: the check or one node; "
                        + "resumed on 1..N+1 nodes)"));
    }

    @Override
    public int run(ParsedArgs args, Terminal terminal) throws Exception {
        if (args.positional().size() != 1) {
            throw new UsageException("soak needs exactly one spec file, got " + args.positional());
        }
        Path spec = Path.of(args.positional().get(0)).toAbsolutePath();
        if (!Files.isRegularFile(spec)) {
            throw new UsageException("no spec file " + spec);
        }
        Path config = args.value("-config").map(c -> Path.of(c).toAbsolutePath()).orElseGet(() ->
                spec.resolveSibling(spec.getFileName().toString().replaceFirst("\\.tla$", "") + ".cfg"));
        if (!Files.isRegularFile(config)) {
            throw new UsageException("no config file " + config);
        }
        int seeds = args.intValue("-seeds", 5, 1);
        int from = args.intValue("-from", 1, 0);
        int workers = args.intValue("-workers", 2, 1);
        String interval = args.value("-checkpoint").orElse("0.002");
        int nodes = args.has("-nodes") ? args.intValue("-nodes", 2, 1) : 0;
        List<String> base = List.of(spec.getFileName().toString(), "-config", config.toString());
        Path dir = spec.getParent();
        ChildRun.Result expected = ChildRun.check(dir, base.get(0), config.toString(), workers);
        String answer = answer(expected);
        terminal.out().println("uninterrupted: " + answer);
        if (expected.distinct() < 0) {
            terminal.err().println("tlaplex: the uninterrupted run gave no counts to compare with: "
                    + expected.lastLine());
            return 255;
        }
        int passed = 0;
        int failed = 0;
        Path work = Files.createTempDirectory("tlaplex-soak-");
        try {
            for (int seed = from; seed < from + seeds; seed++) {
                String outcome = nodes > 0 ? soakCluster(seed, dir, base, config, workers, nodes, interval, work,
                        expected) : soakOne(seed, dir, base, config, workers, interval, work, answer);
                terminal.out().println("seed " + seed + ": " + outcome);
                if (outcome.startsWith("PASS")) {
                    passed++;
                } else {
                    failed++;
                    terminal.out().println("  rerun: tlaplex soak " + spec + " -config " + config + " -seeds 1 -from "
                            + seed + " -workers " + workers + " -checkpoint " + interval
                            + (nodes > 0 ? " -nodes " + nodes : ""));
                }
            }
        } finally {
            deleteTree(work);
        }
        terminal.out().println(passed + " passed, " + failed + " failed");
        return failed == 0 ? 0 : 1;
    }

    private static String soakOne(int seed, Path dir, List<String> base, Path config, int workers, String interval,
            Path work, String answer) throws IOException, InterruptedException {
        Random random = new Random(seed);
        Path metadir = work.resolve("seed-" + seed);
        Path output = work.resolve("seed-" + seed + ".out");
        Process process = startCheckpointed(dir, base, List.of("-workers", String.valueOf(workers), "-checkpoint",
                interval), metadir, output);
        long killAfterMs = random.nextInt(1500);
        try {
            Thread.sleep(killAfterMs);
        } finally {
            kill(process);
        }
        if (!hasManifest(metadir)) {
            return noCheckpoint(output);
        }
        boolean corrupt = damage(seed, metadir, random);
        int resumeWorkers = 1 + random.nextInt(workers + 1);
        ChildRun.Result resumed = ChildRun.check(dir, base.get(0), config.toString(), resumeWorkers,
                List.of("-recover", metadir.toString()));
        String got = answer(resumed);
        String what = "killed " + killAfterMs + " ms after the first checkpoint" + (corrupt ? ", newest epoch damaged"
                : "") + ", resumed with " + resumeWorkers + " workers";
        return got.equals(answer) ? "PASS (" + what + ")" : "FAIL (" + what + "): got " + got + "\n" + resumed.text();
    }

    /**
     * One seed of a cluster soak: odd seeds kill the whole check (coordinator and nodes) and resume it on a seeded
     * number of nodes, every third of those from a damaged newest epoch; even seeds kill one node during the run.
     */
    private static String soakCluster(int seed, Path dir, List<String> base, Path config, int workers, int nodes,
            String interval, Path work, ChildRun.Result expected) throws IOException, InterruptedException {
        Random random = new Random(seed);
        Path metadir = work.resolve("seed-" + seed);
        Path output = work.resolve("seed-" + seed + ".out");
        Process process = startCheckpointed(dir, base, List.of("-workers", String.valueOf(workers), "-nodes",
                String.valueOf(nodes), "-checkpoint", interval), metadir, output);
        long killAfterMs = random.nextInt(1500);
        boolean killNode = seed % 2 == 0;
        int victim = random.nextInt(nodes);
        try {
            Thread.sleep(killAfterMs);
            if (killNode) {
                List<ProcessHandle> killed = process.children().filter(p -> isNode(p, victim)).toList();
                killed.forEach(ProcessHandle::destroyForcibly);
                if (!process.waitFor(START_TIMEOUT_NS, TimeUnit.NANOSECONDS)) {
                    return "FAIL: the check did not end after node " + victim + " was killed\n"
                            + Files.readString(output);
                }
                String text = Files.readString(output);
                String what = killed.isEmpty() ? "the run ended before node " + victim + " could be killed"
                        : "node " + victim + " killed " + killAfterMs + " ms after the first checkpoint"
                        + (text.contains("A node was lost") ? ", run restarted" : ", run not restarted");
                return compare(expected, ChildRun.parse(process.exitValue(), text, 0, 0), what);
            }
        } finally {
            kill(process);
        }
        if (!hasManifest(metadir)) {
            return noCheckpoint(output);
        }
        boolean corrupt = damage(seed, metadir, random);
        int resumeNodes = 1 + random.nextInt(nodes + 1);
        ChildRun.Result resumed = ChildRun.check(dir, base.get(0), config.toString(), workers,
                List.of("-recover", metadir.toString(), "-nodes", String.valueOf(resumeNodes)));
        return compare(expected, resumed, "check killed " + killAfterMs + " ms after the first checkpoint"
                + (corrupt ? ", newest epoch damaged" : "") + ", resumed on " + resumeNodes + " nodes");
    }

    /**
     * Starts {@code tlaplex check} of {@code base} with {@code flags}, checkpointing to {@code metadir}, in a JVM of
     * its own, and waits until its first checkpoint is committed (or it ended, or the start timed out).
     */
    private static Process startCheckpointed(Path dir, List<String> base, List<String> flags, Path metadir,
            Path output) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("check"));
        args.addAll(base);
        args.addAll(flags);
        args.addAll(List.of("-metadir", metadir.toString()));
        Process process = new ProcessBuilder(ChildRun.tlaplexCommand(args)).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            long deadline = System.nanoTime() + START_TIMEOUT_NS;
            while (!hasManifest(metadir) && process.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            return process;
        } catch (InterruptedException e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw e;
        }
    }

    /** Ends {@code process} and the node JVMs it started, for good. */
    private static void kill(Process process) throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    private static String noCheckpoint(Path output) throws IOException {
        return "FAIL: no checkpoint was written before the kill\n" + Files.readString(output);
    }

    /** Every third seed flips a byte of its newest epoch; returns whether this one did. */
    private static boolean damage(int seed, Path metadir, Random random) throws IOException {
        if (seed % 3 != 0) {
            return false;
        }
        flipAByteOfTheNewestEpoch(metadir, random);
        return true;
    }

    /** Whether {@code process} is the node JVM {@code id} of a cluster check (Linux: its arguments). */
    private static boolean isNode(ProcessHandle process, int id) {
        try {
            String args = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "cmdline"));
            return args.contains("\0-node-id\0" + id + "\0");
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * A cluster run's answer against the single JVM's: the exit code and depth always; the counts of a complete
     * search too (a violation's counts depend on how far each node got when it was found).
     */
    private static String compare(ChildRun.Result expected, ChildRun.Result got, String what) {
        boolean same = got.exitCode() == expected.exitCode() && got.depth() == expected.depth()
                && (expected.exitCode() != 0 || got.distinct() == expected.distinct()
                        && got.generated() == expected.generated());
        return same ? "PASS (" + what + ")" : "FAIL (" + what + "): got " + answer(got) + "\n" + got.text();
    }

    private static String answer(ChildRun.Result r) {
        return "exit " + r.exitCode() + ", " + r.distinct() + " distinct, " + r.generated() + " generated, depth "
                + r.depth();
    }

    private static boolean hasManifest(Path metadir) throws IOException {
        if (!Files.isDirectory(metadir)) {
            return false;
        }
        try (Stream<Path> files = Files.list(metadir)) {
            return files.anyMatch(p -> p.getFileName().toString().startsWith("manifest-"));
        }
    }

    private static void flipAByteOfTheNewestEpoch(Path metadir, Random random) throws IOException {
        Path newest;
        try (Stream<Path> epochs = Files.list(metadir)) {
            newest = epochs.filter(p -> p.getFileName().toString().startsWith("epoch-")).max(Comparator.naturalOrder())
                    .orElse(null);
        }
        if (newest == null) {
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(newest)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        if (files.isEmpty()) {
            return;
        }
        Path file = files.get(random.nextInt(files.size()));
        if (Files.size(file) == 0) {
            return;
        }
        byte[] bytes = Files.readAllBytes(file);
        bytes[random.nextInt(bytes.length)] ^= 0x10;
        Files.write(file, bytes);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
