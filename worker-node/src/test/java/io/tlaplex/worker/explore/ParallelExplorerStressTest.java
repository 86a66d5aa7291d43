package io.tlaplex.worker.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * More workers than cores on a graph of about 100,000 states, with the ownership audit on: every reached state is
 * expanded exactly once, by whichever worker took or stole its batch, and only after it was deduplicated.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ParallelExplorerStressTest {
    private static final int STATES = 120_000;

    @TempDir
    Path dir;

    @Test
    void shouldExpandEveryReachedStateExactlyOnceWithEightWorkersOnTwoCores() {
        Graph graph = Graph.large(42, STATES, 3);
        Graph.Reference reference = graph.reference();
        ParallelExplorerConfig config = Runs.config(8, dir).withBatchStates(64);

        Runs.Parallel run = Runs.parallel(graph, config);

        assertEquals(Outcome.SUCCESS, run.result().outcome());
        assertEquals(reference.distinct(), run.result().distinct());
        assertEquals(reference.generated(), run.result().generated());
        assertEquals(reference.depth(), run.result().depth());
        assertExpandedOnce(graph, reference, run);
        assertTrue(run.probe().expandingThreads.size() > 1, "level 2 sits in one queue: others must steal from it");
    }

    @Test
    void shouldExpandEveryReachedStateExactlyOnceWhenQueuesSpill() {
        Graph graph = Graph.large(43, STATES, 3);
        Graph.Reference reference = graph.reference();
        ParallelExplorerConfig config = new ParallelExplorerConfig(8, dir, 256 << 10, 8 << 10, 32, null, true);

        Runs.Parallel run = Runs.parallel(graph, config);

        assertEquals(reference.distinct(), run.result().distinct());
        assertEquals(reference.depth(), run.result().depth());
        assertExpandedOnce(graph, reference, run);
    }

    @Test
    void shouldFindTheSameCountsWithOneTwoAndEightWorkers() {
        Graph graph = Graph.large(44, STATES, 2);
        ExplorationResult<Integer> sequential = Runs.sequential(graph);

        for (int workers : new int[] {1, 2, 8}) {
            ExplorationResult<Integer> result = Runs.parallel(graph, Runs.config(workers, dir)).result();

            assertEquals(sequential.distinct(), result.distinct(), workers + " workers");
            assertEquals(sequential.generated(), result.generated(), workers + " workers");
            assertEquals(sequential.depth(), result.depth(), workers + " workers");
        }
    }

    @Test
    void shouldReportProgressFromOneThreadAtATimeWithGrowingCounts() {
        Graph graph = Graph.large(45, STATES / 4, 3);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        long[] last = new long[3];
        int[] reports = new int[1];
        ProgressListener progress = (depth, generated, distinct, queued) -> {
            if (inside.incrementAndGet() != 1) {
                overlaps.incrementAndGet();
            }
            if (depth < last[0] || generated < last[1] || distinct < last[2]) {
                overlaps.incrementAndGet();
            }
            last[0] = depth;
            last[1] = generated;
            last[2] = distinct;
            reports[0]++;
            inside.decrementAndGet();
        };

        ExplorationResult<Integer> result = Runs.parallel(graph, Runs.config(8, dir), progress, 0).result();

        assertEquals(0, overlaps.get(), "calls overlapped or counts went down");
        assertEquals(result.depth(), last[0]);
        assertTrue(last[1] <= result.generated() && last[2] <= result.distinct());
        assertTrue(reports[0] >= result.depth() - 1, "at least one report per level after the first");
    }

    private static void assertExpandedOnce(Graph graph, Graph.Reference reference, Runs.Parallel run) {
        for (int s = 0; s < graph.size(); s++) {
            int expected = reference.reached(s) ? 1 : 0;
            assertEquals(expected, run.probe().expansions.get(s), "expansions of state " + s);
        }
    }
}
