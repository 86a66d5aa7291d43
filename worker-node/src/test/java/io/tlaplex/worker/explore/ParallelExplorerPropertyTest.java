package io.tlaplex.worker.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compares {@link ParallelExplorer} with {@link Explorer} and with a reference search over many generated graphs:
 * constraints, action constraints, deadlocks, invariant violations and evaluation errors, with 1, 2 and 8 workers.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ParallelExplorerPropertyTest {
    private static final int SEEDS_PER_MIX = 40;
    private static final int[] WORKERS = {1, 2, 8};

    @TempDir
    Path dir;

    @Test
    void shouldMatchSequentialCountsAndDepthOnCompleteRuns() {
        for (long seed = 0; seed < SEEDS_PER_MIX; seed++) {
            Graph graph = Graph.random(seed, 50, 3000, Graph.Mix.CLEAN);
            ExplorationResult<Integer> expected = Runs.sequential(graph);
            for (int workers : WORKERS) {
                ExplorationResult<Integer> actual = parallel(graph, workers, seed);

                String where = "seed " + seed + ", " + workers + " workers";
                assertEquals(Outcome.SUCCESS, actual.outcome(), where);
                assertEquals(expected.distinct(), actual.distinct(), where);
                assertEquals(expected.generated(), actual.generated(), where);
                assertEquals(expected.depth(), actual.depth(), where);
                assertEquals(graph.reference().distinct(), actual.distinct(), where);
            }
        }
    }

    @Test
    void shouldMatchSequentialVerdictWhenOnlyInvariantsFail() {
        checkSingleKind(Graph.Mix.INVARIANTS, 1000);
    }

    @Test
    void shouldMatchSequentialVerdictWhenOnlyDeadlocksFail() {
        checkSingleKind(Graph.Mix.DEADLOCKS, 2000);
    }

    @Test
    void shouldMatchSequentialVerdictWhenOnlyEvaluationFails() {
        checkSingleKind(Graph.Mix.ERRORS, 3000);
    }

    @Test
    void shouldMatchSequentialVerdictWhenOnlyStepsViolateAProperty() {
        checkSingleKind(Graph.Mix.STEPS, 5000);
    }

    @Test
    void shouldReportAShortestFailureWhenKindsMix() {
        for (long seed = 4000; seed < 4000 + SEEDS_PER_MIX; seed++) {
            Graph graph = Graph.random(seed, 50, 3000, Graph.Mix.MIXED);
            Graph.Reference reference = graph.reference();
            int shortestViolation = Math.min(Math.min(reference.shortest(Outcome.INVARIANT_VIOLATED),
                    reference.shortest(Outcome.ACTION_PROPERTY_VIOLATED)), reference.shortest(Outcome.DEADLOCK));
            int shortestError = reference.shortest(Outcome.EVALUATION_ERROR);
            int shortest = Math.min(shortestViolation, shortestError);
            ExplorationResult<Integer> sequential = Runs.sequential(graph);
            for (int workers : WORKERS) {
                ExplorationResult<Integer> actual = parallel(graph, workers, seed);

                String where = "seed " + seed + ", " + workers + " workers: " + actual.outcome();
                if (shortest == Graph.Reference.NONE) {
                    assertEquals(Outcome.SUCCESS, actual.outcome(), where);
                    continue;
                }
                int length = actual.trace().size();
                assertEquals(length, actual.depth(), where);
                assertTrue(length <= shortestViolation, where + " no violation or deadlock is shorter");
                // An evaluation error in the level before a violation is found only when deadlock checking drains.
                boolean errorMissed = !graph.checkDeadlock() && shortestError == shortestViolation - 1
                        && length == shortestViolation;
                if (!errorMissed) {
                    assertEquals(shortest, length, where);
                    assertTrue(length <= sequential.trace().size(), where + " no longer than the sequential trace");
                }
                Runs.assertValidTrace(graph, actual);
            }
        }
    }

    private void checkSingleKind(Graph.Mix mix, long firstSeed) {
        int failures = 0;
        for (long seed = firstSeed; seed < firstSeed + SEEDS_PER_MIX; seed++) {
            Graph graph = Graph.random(seed, 50, 3000, mix);
            ExplorationResult<Integer> expected = Runs.sequential(graph);
            for (int workers : WORKERS) {
                ExplorationResult<Integer> actual = parallel(graph, workers, seed);

                String where = "seed " + seed + ", " + workers + " workers";
                assertEquals(expected.outcome(), actual.outcome(), where);
                assertEquals(expected.trace().size(), actual.trace().size(), where);
                assertEquals(expected.depth(), actual.depth(), where);
                assertEquals(expected.violatedInvariant(), actual.violatedInvariant(), where);
                if (expected.outcome() == Outcome.SUCCESS) {
                    assertEquals(expected.distinct(), actual.distinct(), where);
                    assertEquals(expected.generated(), actual.generated(), where);
                } else {
                    Runs.assertValidTrace(graph, actual);
                }
            }
            failures += expected.outcome() == Outcome.SUCCESS ? 0 : 1;
        }
        assertTrue(failures >= SEEDS_PER_MIX / 4, "the generator should make " + mix + " graphs fail: " + failures);
    }

    private ExplorationResult<Integer> parallel(Graph graph, int workers, long seed) {
        // Small batches and segments, varied by seed, so that stealing and spilling happen in small graphs too.
        ParallelExplorerConfig config = Runs.config(workers, dir)
                .withBatchStates(1 + (int) (seed % 7) * 5)
                .withSegmentBytes(seed % 3 == 0 ? 512 : 0);
        if (seed % 3 == 0) {
            config = new ParallelExplorerConfig(workers, dir, 4096, 512, config.batchStates(), null, true);
        }
        return Runs.parallel(graph, config).result();
    }
}
