package io.tlaplex.coordinator.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConformanceTest {
    private static final String HEADER = "id\tdir\tmodule\tconfig\texpected_result\tdistinct_states\ttotal_states\t"
            + "depth\tfeatures\ttlc_seconds_w1\tcounts_complete\ttrace_length";

    private static ManifestEntry entry(String result, long distinct, long total, int depth, int trace, String... f) {
        return new ManifestEntry("m/M", "m", "M.tla", "M.cfg", result, distinct, total, depth, Set.of(f), 1.0,
                true, trace);
    }

    @Test
    void shouldReadManifestRowsByColumnName() throws IOException {
        List<ManifestEntry> entries = Manifest.parse("manifest.tsv", List.of(HEADER,
                "a/B\ta\tB.tla\tB.cfg\tsafety\t14\t73\t7\tinvariant,cfg_override\t0.84\tno\t7"));

        ManifestEntry e = entries.get(0);
        assertEquals("a/B", e.id());
        assertEquals(14, e.distinctStates());
        assertEquals(Set.of("invariant", "cfg_override"), e.features());
        assertEquals(7, e.traceLength());
    }

    @Test
    void shouldRejectManifestWithoutRequiredColumn() {
        IOException e = assertThrows(IOException.class, () -> Manifest.parse("m.tsv", List.of("id\tdir")));

        assertEquals("m.tsv:1: missing column 'module'", e.getMessage());
    }

    @Test
    void shouldCompareCompleteRunsExactly() {
        ManifestEntry expected = entry("success", 10, 20, 3, 0);

        assertNull(Conformance.compare(expected, new RunResult("success", 10, 20, 3, 0, "")));
        assertEquals("distinct 11 vs TLC 10, depth 4 vs TLC 3",
                Conformance.compare(expected, new RunResult("success", 11, 20, 4, 0, "")));
    }

    @Test
    void shouldCompareViolationsByVerdictAndTraceLengthOnly() {
        ManifestEntry expected = entry("safety", 10, 20, 7, 7);

        assertNull(Conformance.compare(expected, new RunResult("safety", 99, 999, 7, 7, "")));
        assertEquals("trace length 6, expected 7",
                Conformance.compare(expected, new RunResult("safety", 10, 20, 6, 6, "")));
        assertEquals("expected safety, got success",
                Conformance.compare(expected, new RunResult("success", 10, 20, 7, 0, "")));
    }

    @Test
    void shouldCompareLivenessViolationsByCountsDepthAndTraceLength() {
        ManifestEntry expected = entry("liveness", 12, 24, 1, 2, "liveness");

        assertNull(Conformance.compare(expected, new RunResult("liveness", 12, 24, 1, 2, "")));
        assertEquals("trace length 3, expected 2",
                Conformance.compare(expected, new RunResult("liveness", 12, 24, 1, 3, "")));
        assertEquals("distinct 13 vs TLC 12, trace length 3, expected 2",
                Conformance.compare(expected, new RunResult("liveness", 13, 24, 1, 3, "")));
        assertEquals("expected liveness, got success",
                Conformance.compare(expected, new RunResult("success", 12, 24, 1, 0, "")));
    }

    @Test
    void shouldRunModelsThatNeedLivenessAndCountAll() {
        List<String> ran = new ArrayList<>();
        Conformance conformance = new Conformance((dir, module, config) -> {
            ran.add(config);
            return new RunResult("success", 1, 1, 1, 0, "");
        }, System::nanoTime);
        List<ManifestEntry> entries = List.of(entry("success", 1, 1, 1, 0), entry("success", 1, 1, 1, 0, "liveness"),
                entry("success", 2, 1, 1, 0));

        List<Verdict> verdicts = conformance.runAll(Path.of("."), entries, v -> { });

        assertEquals("2 passed, 1 failed, 0 skipped", Conformance.summary(verdicts));
        assertEquals(3, ran.size());
        assertEquals(Verdict.Status.PASSED, verdicts.get(1).status());
    }

    @Test
    void shouldReportRunnerCrashAsFailure() {
        Conformance conformance = new Conformance((dir, module, config) -> {
            throw new IllegalStateException("boom");
        }, System::nanoTime);

        Verdict verdict = conformance.runOne(Path.of("."), entry("success", 1, 1, 1, 0));

        assertEquals(Verdict.Status.FAILED, verdict.status());
        assertEquals("internal error: java.lang.IllegalStateException: boom", verdict.detail());
    }
}
