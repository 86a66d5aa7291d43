package io.tlaplex.frontend.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tlaplex.frontend.config.ConfigParser;
import io.tlaplex.frontend.config.ModelConfig;
import io.tlaplex.frontend.diag.DiagnosticException;
import io.tlaplex.frontend.eval.std.SimpleRuntime;
import io.tlaplex.frontend.semantic.Frontend;
import io.tlaplex.frontend.semantic.SemanticModel;
import io.tlaplex.frontend.value.StringTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Compiles every safety-only model of the shared corpus (../shared/corpus), evaluates its assumptions and explores
 * its state graph breadth-first, comparing TLC's verdict and counts. Models whose counts TLC recorded for a
 * complete graph must match exactly; for safety violations and deadlocks the trace length must match. Models with
 * more distinct states than {@code -Dtlaplex.corpus.limit} (100,000 by default) are explored only that far.
 */
class CorpusEvalTest {
    /** Models explored only up to this many distinct states (the biggest take long in a unit test). */
    private static final long LIMIT = Long.getLong("tlaplex.corpus.limit", 100_000L);

    @Test
    @Timeout(1800)
    void shouldEvaluateEverySafetyModelOfTheCorpusAsTlcDoes() throws IOException {
        Path corpus = repositoryRoot().resolve("../shared/corpus").normalize();
        assumeTrue(Files.isRegularFile(corpus.resolve("manifest.tsv")), "skipped: no corpus at " + corpus);
        List<String> lines = Files.readAllLines(corpus.resolve("manifest.tsv"));
        List<String> header = List.of(lines.get(0).split("\t"));
        List<String> report = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        String only = System.getProperty("tlaplex.corpus.only", "");
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t");
            Row row = new Row(cells, header);
            if (row.features.contains("liveness") || !row.id.contains(only)) {
                continue;
            }
            String result = run(corpus, row);
            report.add(result);
            if (!result.startsWith("OK") && !result.startsWith("SKIP")) {
                failures.add(result);
            }
        }
        System.out.println(String.join("\n", report));
        assertEquals(List.of(), failures);
    }

    private record Row(String id, String dir, String module, String config, String expected, long distinct,
                       long total, int depth, Set<String> features, String complete, int traceLength) {
        Row(String[] c, List<String> h) {
            this(c[h.indexOf("id")], c[h.indexOf("dir")], c[h.indexOf("module")], c[h.indexOf("config")],
                    c[h.indexOf("expected_result")], Long.parseLong(c[h.indexOf("distinct_states")]),
                    Long.parseLong(c[h.indexOf("total_states")]), Integer.parseInt(c[h.indexOf("depth")]),
                    Set.of(c[h.indexOf("features")].split(",")), c[h.indexOf("counts_complete")],
                    Integer.parseInt(c[h.indexOf("trace_length")]));
        }
    }

    private static String run(Path corpus, Row row) {
        long start = System.nanoTime();
        Path dir = corpus.resolve(row.dir);
        try {
            SemanticModel model = Frontend.load(dir.resolve(row.module));
            ModelConfig cfg = ConfigParser.parse(row.config, Files.readString(dir.resolve(row.config))).orThrow();
            CompiledSpec spec = CompiledSpec.compile(model, cfg,
                    new SimpleRuntime(new StringTable(), 7L, () -> 0L, s -> { }));
            List<EvalError> assumptions = spec.checkAssumptions();
            if (!assumptions.isEmpty()) {
                String verdict = "assumption";
                return verdict(row, verdict.equals(row.expected), 0, 0, 0, start, assumptions.get(0).getMessage());
            }
            Specs.Counts counts = new Bfs(spec, LIMIT).run();
            if (counts.distinct() >= LIMIT) {
                return "SKIP  " + row.id + " stopped at " + counts.distinct() + " distinct states (limit)";
            }
            String verdict = counts.outcome().startsWith("invariant") ? "safety" : counts.outcome();
            boolean same = verdict.equals(row.expected);
            if (same && row.complete.equals("yes")) {
                same = counts.distinct() == row.distinct && counts.generated() == row.total
                        && counts.depth() == row.depth;
            } else if (same && !verdict.equals("success")) {
                same = counts.depth() == row.traceLength || counts.depth() == row.depth;
            }
            return verdict(row, same, counts.distinct(), counts.generated(), counts.depth(), start, counts.outcome());
        } catch (DiagnosticException e) {
            return "CRASH " + row.id + " diagnostics " + e.diagnostics();
        } catch (IOException e) {
            return "CRASH " + row.id + " " + e;
        } catch (EvalError e) {
            return "CRASH " + row.id + " " + e.getMessage() + " at " + e.span();
        } catch (RuntimeException | StackOverflowError e) {
            StackTraceElement[] st = e.getStackTrace();
            return "CRASH " + row.id + " " + e + (st.length > 0 ? " at " + st[0] + " / " + st[Math.min(3,
                    st.length - 1)] : "");
        }
    }

    private static String verdict(Row row, boolean same, long distinct, long total, int depth, long start,
                                  String detail) {
        long ms = (System.nanoTime() - start) / 1_000_000;
        return (same ? "OK    " : "DIFF  ") + row.id + " expected " + row.expected + " " + row.distinct + "/"
                + row.total + "/" + row.depth + " got " + distinct + "/" + total + "/" + depth + " (" + detail
                + ", " + ms + " ms)";
    }

    static Path repositoryRoot() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("tla-frontend"))) {
            dir = dir.getParent();
        }
        return dir == null ? Path.of(System.getProperty("user.dir")) : dir;
    }
}
