package io.tlaplex.coordinator.cli;

import io.tlaplex.coordinator.conformance.Manifest;
import io.tlaplex.coordinator.conformance.ManifestEntry;
import io.tlaplex.coordinator.conformance.RunResult;
import io.tlaplex.frontend.syntax.ParseBench;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code tlaplex bench parse [DIR]} and {@code tlaplex bench check [DIR] [-only TEXT]}: throughput
 * tables. The check table compares with the TLC timings recorded in the bench manifest.
 */
final class BenchCommand implements Command {

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String summary() {
        return "parse [DIR] | check [DIR] [-only TEXT]   parse speed over DIR (default ../shared/corpus), "
                + "or states/s per model of DIR/manifest.tsv (default ../shared/bench) with 1 worker";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(OptionSpec.withValue("-only", "TEXT", "bench check: only the models whose id contains TEXT"));
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
                return check(dir, args.value("-only").orElse(""), terminal);
            }
            default -> throw new UsageException("usage: tlaplex bench parse [DIR] | tlaplex bench check [DIR]");
        }
    }

    private static String verdictText(ManifestEntry e, boolean match, RunResult r) {
        if (!match) {
            return r.verdict() + " (differs from TLC)";
        }
        return e.needsLiveness() ? "counts match TLC (liveness not checked)" : "matches TLC";
    }

    private static Path folder(List<String> positional, String fallback) throws UsageException {
        Path dir = Path.of(positional.size() > 1 ? positional.get(1) : fallback);
        if (!Files.isDirectory(dir)) {
            throw new UsageException("no such folder: " + dir);
        }
        return dir;
    }

    private static int check(Path dir, String only, Terminal terminal) throws Exception {
        Path manifest = dir.resolve("manifest.tsv");
        if (!Files.isRegularFile(manifest)) {
            throw new UsageException("no manifest.tsv in " + dir);
        }
        terminal.out().println("| model | result | distinct | generated | seconds | distinct/s | generated/s "
                + "| TLC w1 s | speed vs TLC |");
        terminal.out().println("|---|---|---:|---:|---:|---:|---:|---:|---:|");
        boolean allMatch = true;
        for (ManifestEntry e : Manifest.read(manifest)) {
            if (!e.id().contains(only)) {
                continue;
            }
            long start = System.nanoTime();
            RunResult r = ConformanceCommand.inProcessRunner().run(dir.resolve(e.dir()), e.module(), e.config());
            double seconds = (System.nanoTime() - start) / 1e9;
            boolean match = r.verdict().equals(e.expectedResult()) && r.distinct() == e.distinctStates()
                    && r.generated() == e.totalStates() && r.depth() == e.depth();
            allMatch &= match;
            terminal.out().printf(Locale.ROOT, "| %s | %s | %,d | %,d | %.1f | %,.0f | %,.0f | %.1f | %.2fx |%n",
                    e.id(), verdictText(e, match, r), r.distinct(), r.generated(),
                    seconds, r.distinct() / seconds, r.generated() / seconds, e.tlcSeconds(), e.tlcSeconds() / seconds);
        }
        terminal.out().println();
        terminal.out().println("One worker, this JVM (start-up excluded; TLC's figure is its whole process).");
        return allMatch ? 0 : 1;
    }
}
