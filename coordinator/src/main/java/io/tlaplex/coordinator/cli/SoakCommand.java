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
 * {@code tlaplex soak Spec.tla [-config F] [-seeds N]}: the chaos soak of checkpoints. Per seed, a checkpointed
 * check in a JVM of its own is killed with SIGKILL at a seeded moment, every third seed also has a byte of its
 * newest checkpoint flipped, and the run is resumed with a seeded number of workers; the answer (exit code,
 * distinct and generated states, depth) must equal an uninterrupted run's. Prints a line per seed and
 * {@code N passed, N failed}; the failing seed can be rerun with {@code -from}.
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
                OptionSpec.withValue("-checkpoint", "MIN", "checkpoint interval of the killed runs (default 0.002)"));
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
                String outcome = soakOne(seed, dir, base, config, workers, interval, work, answer);
                terminal.out().println("seed " + seed + ": " + outcome);
                if (outcome.startsWith("PASS")) {
                    passed++;
                } else {
                    failed++;
                    terminal.out().println("  rerun: tlaplex soak " + spec + " -config " + config + " -seeds 1 -from "
                            + seed + " -workers " + workers + " -checkpoint " + interval);
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
        List<String> args = new ArrayList<>(List.of("check"));
        args.addAll(base);
        args.addAll(List.of("-workers", String.valueOf(workers), "-checkpoint", interval, "-metadir",
                metadir.toString()));
        Path output = work.resolve("seed-" + seed + ".out");
        Process process = new ProcessBuilder(ChildRun.tlaplexCommand(args)).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        long killAfterMs = random.nextInt(1500);
        try {
            long deadline = System.nanoTime() + START_TIMEOUT_NS;
            while (!hasManifest(metadir) && process.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            Thread.sleep(killAfterMs);
        } finally {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
        if (!hasManifest(metadir)) {
            return "FAIL: no checkpoint was written before the kill\n" + Files.readString(output);
        }
        boolean corrupt = seed % 3 == 0;
        if (corrupt) {
            flipAByteOfTheNewestEpoch(metadir, random);
        }
        int resumeWorkers = 1 + random.nextInt(workers + 1);
        ChildRun.Result resumed = ChildRun.check(dir, base.get(0), config.toString(), resumeWorkers,
                List.of("-recover", metadir.toString()));
        String got = answer(resumed);
        String what = "killed " + killAfterMs + " ms after the first checkpoint" + (corrupt ? ", newest epoch damaged"
                : "") + ", resumed with " + resumeWorkers + " workers";
        return got.equals(answer) ? "PASS (" + what + ")" : "FAIL (" + what + "): got " + got + "\n" + resumed.text();
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
        Path file = newest.resolve(random.nextBoolean() ? "fingerprints.bin" : "frontier.bin");
        if (!Files.isRegularFile(file) || Files.size(file) == 0) {
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
