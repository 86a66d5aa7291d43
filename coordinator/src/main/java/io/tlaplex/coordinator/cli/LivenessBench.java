package io.tlaplex.coordinator.cli;

import io.tlaplex.coordinator.conformance.Manifest;
import io.tlaplex.coordinator.conformance.ManifestEntry;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code tlaplex bench liveness [DIR]}: for each model of the bench manifest with a liveness property, the time of
 * a run as is against a run of a temporary copy of its config without PROPERTY/PROPERTIES, and the time of the
 * temporal check after exploration with one search thread against one per worker; with {@code -nodes N}, every run
 * is a cluster check on N node JVMs. Runs on the CLI thread.
 */
final class LivenessBench {
    private static final Set<String> CFG_KEYWORDS = Set.of("CONSTANT", "CONSTANTS", "INIT", "NEXT", "SPECIFICATION",
            "INVARIANT", "INVARIANTS", "PROPERTY", "PROPERTIES", "CONSTRAINT", "CONSTRAINTS", "ACTION_CONSTRAINT",
            "ACTION_CONSTRAINTS", "SYMMETRY", "VIEW", "CHECK_DEADLOCK", "POSTCONDITION", "ALIAS");
    private static final String LIVE_PHASE = "Checking temporal properties";
    private static final String THREADS_FLAG = "-Dtlaplex.live.threads=";

    private LivenessBench() {
    }

    /** {@code extra}: flags added to every run (e.g. {@code -nodes 2}). */
    static int run(Path dir, Path manifest, String only, int workers, List<String> extra, PrintStream out)
            throws IOException, InterruptedException {
        out.println("| model | workers | result | without s | with s | ratio | live phase s, 1 thread | live phase s, "
                + workers + " threads | phase speed-up | TLC w1 s (with) |");
        out.println("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|");
        boolean allMatch = true;
        for (ManifestEntry e : Manifest.read(manifest)) {
            if (!e.features().contains("liveness") || !e.id().contains(only)) {
                continue;
            }
            Path model = dir.resolve(e.dir());
            Path tmp = Files.createTempDirectory("tlaplex-bench-live-");
            try {
                Path cfg = tmp.resolve(e.config());
                Files.writeString(cfg, withoutProperties(Files.readString(model.resolve(e.config()))));
                ChildRun.Result without = ChildRun.check(model, e.module(), cfg.toAbsolutePath().toString(), workers,
                        extra);
                ChildRun.Result one = ChildRun.check(model, List.of(THREADS_FLAG + 1), e.module(), e.config(),
                        workers, extra, LIVE_PHASE);
                ChildRun.Result all = ChildRun.check(model, List.of(THREADS_FLAG + workers), e.module(), e.config(),
                        workers, extra, LIVE_PHASE);
                boolean match = matches(e, without) && matches(e, one) && matches(e, all);
                allMatch &= match;
                out.printf(Locale.ROOT, "| %s | %d | %s | %.1f | %.1f | %.2fx | %.2f | %.2f | %.2fx | %.1f |%n", e.id(),
                        workers, match ? "counts match TLC" : "exit " + all.exitCode() + ", counts differ: "
                        + all.lastLine(), without.seconds(), all.seconds(), all.seconds() / without.seconds(),
                        one.phaseSeconds(), all.phaseSeconds(), one.phaseSeconds() / all.phaseSeconds(),
                        e.tlcSeconds());
            } finally {
                Files.deleteIfExists(tmp.resolve(e.config()));
                Files.deleteIfExists(tmp);
            }
        }
        out.println();
        out.println("Each run is a JVM of its own. ratio = with / without (time paid for the property). The live "
                + "phase runs from TLC's \"Checking temporal properties\" line to the next \"Finished\" line: "
                + "building the graph from the recorded files, then the search.");
        return allMatch ? 0 : 1;
    }

    private static boolean matches(ManifestEntry e, ChildRun.Result r) {
        return r.exitCode() == 0 && r.distinct() == e.distinctStates() && r.generated() == e.totalStates()
                && r.depth() == e.depth();
    }

    /** The config text without its PROPERTY and PROPERTIES sections; comments in them go too. */
    static String withoutProperties(String cfg) {
        List<String> out = new ArrayList<>();
        boolean skipping = false;
        for (String line : cfg.split("\\R", -1)) {
            int comment = line.indexOf("\\*");
            String code = comment < 0 ? line : line.substring(0, comment);
            List<String> kept = new ArrayList<>();
            for (String token : code.trim().split("\\s+")) {
                if (CFG_KEYWORDS.contains(token)) {
                    skipping = token.equals("PROPERTY") || token.equals("PROPERTIES");
                }
                if (!skipping && !token.isEmpty()) {
                    kept.add(token);
                }
            }
            boolean changed = kept.size() != (code.isBlank() ? 0 : code.trim().split("\\s+").length);
            if (!changed) {
                out.add(line);
            } else if (!kept.isEmpty()) {
                out.add(String.join(" ", kept));
            }
        }
        return String.join("\n", out);
    }
}
