package io.tlaplex.coordinator.cli;

import io.tlaplex.coordinator.conformance.Manifest;
import io.tlaplex.coordinator.conformance.ManifestEntry;
import io.tlaplex.frontend.syntax.ParseBench;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code tlaplex bench parse [DIR]}, {@code tlaplex bench check [DIR] [-only TEXT]}, {@code tlaplex bench cluster
 * [DIR] [-only TEXT]} and {@code tlaplex bench liveness [DIR] [-only TEXT]}: throughput tables. The check table
 * compares with the TLC timings recorded in the bench manifest; the cluster table compares two node JVMs with one
 * (see {@link ClusterBench}); the liveness table runs with and without the temporal properties ({@link LivenessBench}).
 */
final class BenchCommand implements Command {

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String summary() {
        return "parse [DIR] | check [DIR] [-only TEXT] | cluster [DIR] [-only TEXT] | liveness [DIR] [-only TEXT]   "
                + "parse speed over DIR (default ../shared/corpus), states/s per model of DIR/manifest.tsv (default "
                + "../shared/bench) with 1 and 2 workers, 2 node JVMs against 1 JVM with the data plane's traffic, or "
                + "the cost of the liveness properties";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(OptionSpec.withValue("-only", "TEXT", "bench check, cluster, liveness: only the models whose id "
                        + "contains TEXT"),
                OptionSpec.withValue("-workers", "LIST", "bench check: worker counts to compare (default 1,2); bench "
                        + "liveness: the one worker count (default 2)"),
                OptionSpec.withValue("-nodes", "N", "bench liveness: run each check with N node JVMs (workers per "
                        + "node as -workers)"));
    }

    @Override
    public int run(ParsedArgs args, Terminal terminal) throws Exception {
        List<String> positional = args.positional();
        String what = positional.isEmpty() ? "" : positional.get(0);
        switch (what) {
            case "parse" -> {
                Path dir = folder(positional, "../shared/corpus");
                terminal.out().print(ParseBench.run(dir));
                return 0;
            }
            case "check" -> {
                Path dir = folder(positional, "../shared/bench");
                return check(dir, args.value("-only").orElse(""), workerCounts(args.value("-workers").orElse("1,2")),
                        terminal);
            }
            case "cluster" -> {
                Path dir = folder(positional, "../shared/bench");
                Path manifest = dir.resolve("manifest.tsv");
                if (!Files.isRegularFile(manifest)) {
                    throw new UsageException("no manifest.tsv in " + dir);
                }
                return ClusterBench.run(dir, manifest, args.value("-only").orElse(""), terminal.out());
            }
            case "liveness" -> {
                Path dir = folder(positional, "../shared/bench");
                Path manifest = dir.resolve("manifest.tsv");
                if (!Files.isRegularFile(manifest)) {
                    throw new UsageException("no manifest.tsv in " + dir);
                }
                int[] workers = workerCounts(args.value("-workers").orElse("2"));
                List<String> nodes = args.has("-nodes")
                        ? List.of("-nodes", String.valueOf(args.intValue("-nodes", 1, 1))) : List.of();
                return LivenessBench.run(dir, manifest, args.value("-only").orElse(""), workers[workers.length - 1],
                        nodes, terminal.out());
            }
            default -> throw new UsageException("usage: tlaplex bench parse [DIR] | tlaplex bench check [DIR] "
                    + "| tlaplex bench cluster [DIR] | tlaplex bench liveness [DIR]");
        }
    }

    private static int check(Path dir, String only, int[] workerCounts, Terminal terminal) throws Exception {
        Path manifest = dir.resolve("manifest.tsv");
        if (!Files.isRegularFile(manifest)) {
            throw new UsageException("no manifest.tsv in " + dir);
        }
        terminal.out().println("| model | workers | result | seconds | distinct/s | generated/s | speedup | "
                + "peak RSS MB | RSS B/distinct | TLC w1 s | vs TLC w1 |");
        terminal.out().println("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        boolean allMatch = true;
        for (ManifestEntry e : Manifest.read(manifest)) {
            if (!e.id().contains(only)) {
                continue;
            }
            double firstSeconds = 0;
            for (int workers : workerCounts) {
                ChildRun.Result r = ChildRun.check(dir.resolve(e.dir()), e.module(), e.config(), workers);
                boolean match = r.distinct() == e.distinctStates() && r.generated() == e.totalStates()
                        && r.depth() == e.depth();
                allMatch &= match;
                firstSeconds = firstSeconds == 0 ? r.seconds() : firstSeconds;
                terminal.out().printf(Locale.ROOT,
                        "| %s | %d | %s | %.1f | %,.0f | %,.0f | %.2f | %,d | %,.0f | %.1f | %.2fx |%n",
                        e.id(), workers, verdictText(e, match, r), r.seconds(), r.distinct() / r.seconds(),
                        r.generated() / r.seconds(), firstSeconds / r.seconds(), r.peakRssBytes() >> 20,
                        (double) r.peakRssBytes() / Math.max(1, r.distinct()), e.tlcSeconds(),
                        e.tlcSeconds() / r.seconds());
            }
        }
        terminal.out().println();
        terminal.out().println("Each run is a JVM of its own (start-up included, as in TLC's figure); speedup is against "
                + "the first worker count; peak RSS sampled every 100 ms.");
        return allMatch ? 0 : 1;
    }

    private static String verdictText(ManifestEntry e, boolean match, ChildRun.Result r) {
        if (r.distinct() < 0) {
            return "exit " + r.exitCode() + ", no counts: " + r.lastLine();
        }
        if (!match) {
            return "exit " + r.exitCode() + ", counts differ from TLC";
        }
        return e.needsLiveness() ? "counts match TLC (liveness not checked)" : "matches TLC";
    }

    private static int[] workerCounts(String text) throws UsageException {
        try {
            int[] counts = Arrays.stream(text.split(",")).mapToInt(Integer::parseInt).toArray();
            if (counts.length > 0 && Arrays.stream(counts).allMatch(c -> c >= 1)) {
                return counts;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("option -workers expects a list such as 1,2, got '" + text + "'");
    }

    private static Path folder(List<String> positional, String fallback) throws UsageException {
        Path dir = Path.of(positional.size() > 1 ? positional.get(1) : fallback);
        if (!Files.isDirectory(dir)) {
            throw new UsageException("no such folder: " + dir);
        }
        return dir;
    }
}
