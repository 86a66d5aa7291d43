package io.tlaplex.coordinator.cli;

import io.tlaplex.coordinator.conformance.Conformance;
import io.tlaplex.coordinator.conformance.Manifest;
import io.tlaplex.coordinator.conformance.ManifestEntry;
import io.tlaplex.coordinator.conformance.ModelRunner;
import io.tlaplex.coordinator.conformance.RunResult;
import io.tlaplex.coordinator.conformance.Verdict;
import io.tlaplex.coordinator.phase.CheckOptions;
import io.tlaplex.coordinator.phase.CheckSummary;
import io.tlaplex.coordinator.phase.LocalCheck;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code tlaplex conformance [DIR] [-only TEXT]}: checks every model of a corpus manifest and compares
 * with TLC's answers; prints one line per model and {@code N passed, N failed, N skipped}.
 */
final class ConformanceCommand implements Command {

    @Override
    public String name() {
        return "conformance";
    }

    @Override
    public String summary() {
        return "[DIR] [-only TEXT] [-workers N]   compare with TLC's answers over DIR/manifest.tsv (default ../shared/corpus)";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(OptionSpec.withValue("-only", "TEXT", "run only the models whose id contains TEXT"),
                OptionSpec.withValue("-workers", "N", "worker threads per model (default 1)"));
    }

    @Override
    public int run(ParsedArgs args, Terminal terminal) throws UsageException, IOException {
        Path corpus = Path.of(args.positional().isEmpty() ? "../shared/corpus" : args.positional().get(0));
        Path manifest = corpus.resolve("manifest.tsv");
        if (!Files.isRegularFile(manifest)) {
            throw new UsageException("no manifest.tsv in " + corpus);
        }
        List<ManifestEntry> entries = Manifest.read(manifest);
        String only = args.value("-only").orElse("");
        List<ManifestEntry> selected = entries.stream().filter(e -> e.id().contains(only)).toList();
        int workers = args.intValue("-workers", 1, 1);
        List<Verdict> verdicts = new Conformance(inProcessRunner(workers), System::nanoTime)
                .runAll(corpus, selected, v -> terminal.out().println(v.line()));
        terminal.out().println(Conformance.summary(verdicts));
        return verdicts.stream().anyMatch(v -> v.status() == Verdict.Status.FAILED) ? 1 : 0;
    }

    /** Checks each model in this JVM with one worker, its output discarded. */
    static ModelRunner inProcessRunner() {
        return inProcessRunner(1);
    }

    /** Checks each model in this JVM with {@code workers} threads, its output discarded. */
    static ModelRunner inProcessRunner(int workers) {
        return (dir, module, config) -> {
            PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
            Terminal silent = new Terminal(quiet, quiet, false);
            try {
                LoadedSpec loaded = SpecLoader.load(dir.resolve(module), dir.resolve(config), silent, true);
                CheckSummary s = new LocalCheck(quiet, quiet, System::nanoTime)
                        .run(loaded.model(), loaded.config(), CheckOptions.defaults().withWorkers(workers));
                return new RunResult(s.verdict(), s.distinct(), s.generated(), s.depth(), s.traceLength(),
                        "exit " + s.exitCode());
            } catch (ExitException e) {
                return new RunResult("error", 0, 0, 0, 0, "exit " + e.status() + " before checking");
            }
        };
    }
}
