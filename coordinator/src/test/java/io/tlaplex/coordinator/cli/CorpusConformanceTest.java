package io.tlaplex.coordinator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tlaplex.coordinator.conformance.Conformance;
import io.tlaplex.coordinator.conformance.Manifest;
import io.tlaplex.coordinator.conformance.ManifestEntry;
import io.tlaplex.coordinator.conformance.ModelRunner;
import io.tlaplex.coordinator.conformance.Verdict;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Checks every model of ../shared/corpus against TLC's answers (see the corpus README) and writes the
 * report, ending in {@code N passed, N failed, N skipped}, to {@code target/conformance.txt}. Skips
 * when the corpus is not beside the checkout.
 */
class CorpusConformanceTest {

    static Path corpus() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path at = dir; at != null; at = at.getParent()) {
            Path candidate = at.resolve("shared").resolve("corpus");
            if (Files.isRegularFile(candidate.resolve("manifest.tsv"))) {
                return candidate;
            }
        }
        return null;
    }

    @Test
    @Timeout(1500)
    void shouldGiveTlcsAnswersOnEveryCorpusModel() throws IOException {
        Path corpus = corpus();
        Assumptions.assumeTrue(corpus != null, "../shared/corpus is absent: conformance skipped");
        StringBuilder report = new StringBuilder();

        List<Verdict> verdicts = new Conformance(ConformanceCommand.inProcessRunner(), System::nanoTime)
                .runAll(corpus, Manifest.read(corpus.resolve("manifest.tsv")), v -> {
                    report.append(v.line()).append('\n');
                    System.out.println(v.line());
                });

        String summary = Conformance.summary(verdicts);
        report.append(summary).append('\n');
        Path out = Path.of(System.getProperty("tlaplex.build.dir", "target"), "conformance.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        List<String> failures = verdicts.stream().filter(v -> v.status() == Verdict.Status.FAILED)
                .map(Verdict::line).toList();
        assertEquals(List.of(), failures, summary);
    }

    /**
     * Distinct states, depth and verdict must not depend on the worker count: every model (liveness included) with
     * 2 workers, the quick ones with 8.
     */
    @Test
    @Timeout(1500)
    void shouldGiveTheSameAnswersWithTwoAndEightWorkers() throws IOException {
        Path corpus = corpus();
        Assumptions.assumeTrue(corpus != null, "../shared/corpus is absent: conformance skipped");
        List<ManifestEntry> all = Manifest.read(corpus.resolve("manifest.tsv"));
        List<ManifestEntry> quick = all.stream().filter(e -> e.tlcSeconds() < 2.0).toList();

        for (int workers : new int[] {2, 8}) {
            List<Verdict> verdicts = new Conformance(ConformanceCommand.inProcessRunner(workers), System::nanoTime)
                    .runAll(corpus, workers == 2 ? all : quick, v -> { });
            List<String> failures = verdicts.stream().filter(v -> v.status() == Verdict.Status.FAILED)
                    .map(Verdict::line).toList();
            assertEquals(List.of(), failures, workers + " workers: " + Conformance.summary(verdicts));
        }
    }

    /**
     * Temporal properties with the behaviour graph recorded by two node JVMs and searched by the coordinator (this
     * JVM, as {@code tlaplex check -nodes 2} runs it): every corpus model with liveness must give TLC's answers.
     */
    @Test
    @Timeout(1500)
    void shouldGiveTlcsAnswersOnTheLivenessModelsWithTwoNodes() throws IOException {
        Path corpus = corpus();
        Assumptions.assumeTrue(corpus != null, "../shared/corpus is absent: conformance skipped");
        List<ManifestEntry> live = Manifest.read(corpus.resolve("manifest.tsv")).stream()
                .filter(ManifestEntry::needsLiveness).toList();

        List<Verdict> verdicts = new Conformance(clusterRunner(2), System::nanoTime).runAll(corpus, live,
                v -> System.out.println("-nodes 2: " + v.line()));

        List<String> failures = verdicts.stream().filter(v -> v.status() == Verdict.Status.FAILED)
                .map(Verdict::line).toList();
        assertEquals(List.of(), failures, "-nodes 2: " + Conformance.summary(verdicts));
    }

    /** Runs {@code tlaplex check -nodes N -workers 1} with the coordinator in this JVM, reading what it printed. */
    private static ModelRunner clusterRunner(int nodes) {
        return (dir, module, config) -> {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
            int status = Tlaplex.standard().run(new String[] {"check", dir.resolve(module).toString(), "-config",
                    dir.resolve(config).toString(), "-workers", "1", "-nodes", String.valueOf(nodes)}, out, out);
            return ModelRunner.fromOutput(status, bytes.toString(StandardCharsets.UTF_8));
        };
    }
}
