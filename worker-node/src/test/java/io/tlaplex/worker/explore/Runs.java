package io.tlaplex.worker.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tlaplex.worker.fpset.FingerprintSet;
import io.tlaplex.worker.fpset.FingerprintSetConfig;
import java.nio.file.Path;
import java.util.List;

/** Runs both explorers over a {@link Graph} and checks traces against it. */
final class Runs {
    static final long QUEUE_MEMORY = 8 << 20;

    private Runs() {
    }

    /** A parallel run's result and what its models observed. */
    record Parallel(ExplorationResult<Integer> result, GraphModel.Probe probe) {
    }

    static ExplorationResult<Integer> sequential(Graph graph) {
        return new Explorer<>(new GraphModel(graph, null), ProgressListener.NONE, System::nanoTime, Long.MAX_VALUE / 4)
                .run();
    }

    static ParallelExplorerConfig config(int workers, Path dir) {
        return ParallelExplorerConfig.of(workers, dir, QUEUE_MEMORY).withOwnershipAudit(true);
    }

    static Parallel parallel(Graph graph, ParallelExplorerConfig config) {
        return parallel(graph, config, ProgressListener.NONE, Long.MAX_VALUE / 4);
    }

    static Parallel parallel(Graph graph, ParallelExplorerConfig config, ProgressListener progress, long intervalNs) {
        try (FingerprintSet seen = new FingerprintSetConfig(64 << 20, graph.size(), null, 0).create()) {
            GraphModel.Probe probe = new GraphModel.Probe(graph.size(), seen);
            ParallelExplorer<Integer> explorer = new ParallelExplorer<>(w -> new GraphModel(graph, probe), seen,
                    config, progress, System::nanoTime, intervalNs);
            ExplorationResult<Integer> result = explorer.run();
            assertNull(probe.problem.get(), "model probe");
            return new Parallel(result, probe);
        }
    }

    /** Checks that the trace is a path of the graph from an initial state that ends in a state of its outcome. */
    static void assertValidTrace(Graph graph, ExplorationResult<Integer> result) {
        List<TraceStep<Integer>> trace = result.trace();
        if (result.outcome() == Outcome.SUCCESS || trace.isEmpty()) {
            assertTrue(result.outcome() == Outcome.SUCCESS || result.outcome() == Outcome.EVALUATION_ERROR,
                    "only an error in the initial predicate has an empty trace");
            return;
        }
        int first = trace.get(0).state();
        assertTrue(List.of(box(graph.initial())).contains(first), "trace starts in an initial state: " + first);
        for (int i = 1; i < trace.size(); i++) {
            int from = trace.get(i - 1).state();
            TraceStep<Integer> step = trace.get(i);
            assertEquals(step.state(), graph.edges()[from][step.actionId()], "step " + i + " follows its action");
            assertTrue(graph.edgeAllowed(from, step.state()) && !graph.excluded()[step.state()], "step " + i);
        }
        int last = trace.get(trace.size() - 1).state();
        Graph.Reference reference = graph.reference();
        if (result.outcome() == Outcome.ACTION_PROPERTY_VIOLATED) {
            int from = trace.get(trace.size() - 2).state();
            assertTrue(graph.badStep(from, last), "trace ends in a bad step");
            assertEquals(reference.level()[from] + 1, trace.size(), "trace is a shortest path to the bad step");
            return;
        }
        assertTrue(reference.has(last, result.outcome()), "trace ends in a state of kind " + result.outcome());
        assertEquals(reference.level()[last], trace.size(), "trace is a shortest path to its last state");
    }

    private static Integer[] box(int[] values) {
        Integer[] boxed = new Integer[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return boxed;
    }
}
