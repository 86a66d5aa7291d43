package io.tlaplex.worker.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tlaplex.frontend.value.MutableBuffer;
import io.tlaplex.worker.fpset.FingerprintSet;
import io.tlaplex.worker.fpset.FingerprintSetConfig;
import io.tlaplex.worker.fpset.FingerprintSetExhaustedException;
import io.tlaplex.worker.nativeio.NodeTopology;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ParallelExplorerTest {
    @TempDir
    Path dir;

    /** A graph given by hand: edges[s] are the successors of s, {@code bad} violate the invariant. */
    private static Graph graph(int[] initial, int[][] edges, int[] bad, boolean checkDeadlock) {
        boolean[] badStates = new boolean[edges.length];
        for (int s : bad) {
            badStates[s] = true;
        }
        return new Graph(initial, edges, badStates, new boolean[edges.length], new boolean[edges.length], 0, 0,
                checkDeadlock);
    }

    private ExplorationResult<Integer> explore(Graph graph, int workers) {
        return Runs.parallel(graph, Runs.config(workers, dir)).result();
    }

    private static List<Integer> states(ExplorationResult<Integer> result) {
        return result.trace().stream().map(TraceStep::state).toList();
    }

    @Test
    void shouldCountGeneratedDistinctAndDepthLikeTlc() {
        Graph graph = graph(new int[] {0, 0}, new int[][] {{1, 2}, {2, 0}, {2}}, new int[0], true);

        ExplorationResult<Integer> result = explore(graph, 2);

        assertEquals(Outcome.SUCCESS, result.outcome());
        assertEquals(3, result.distinct());
        assertEquals(2 + 2 + 2 + 1, result.generated());
        assertEquals(2, result.depth());
        assertEquals(0, result.leftOnQueue());
    }

    @Test
    void shouldReportShortestTraceToViolatingStateWithActions() {
        // 0 -> 1 -> 2 -> 3 (bad) and a shortcut 0 -> 4 -> 3.
        Graph graph = graph(new int[] {0}, new int[][] {{1, 4}, {2}, {3}, {3}, {3}}, new int[] {3}, true);

        ExplorationResult<Integer> result = explore(graph, 4);

        assertEquals(Outcome.INVARIANT_VIOLATED, result.outcome());
        assertEquals(List.of(0, 4, 3), states(result));
        assertEquals(List.of(0, 1, 0), result.trace().stream().map(TraceStep::actionId).toList());
        assertEquals(0, result.violatedInvariant());
        assertEquals(3, result.depth());
    }

    @Test
    void shouldReportViolationInInitialStateWithOneStateTrace() {
        Graph graph = graph(new int[] {1, 0}, new int[][] {{1}, {0}}, new int[] {0}, true);

        ExplorationResult<Integer> result = explore(graph, 2);

        assertEquals(Outcome.INVARIANT_VIOLATED, result.outcome());
        assertEquals(List.of(0), states(result));
        assertEquals(1, result.depth());
        assertEquals(2, result.generated());
    }

    @Test
    void shouldReportDeadlockWithTraceEndingInStuckState() {
        Graph graph = graph(new int[] {0}, new int[][] {{1}, {2}, {}}, new int[0], true);

        ExplorationResult<Integer> result = explore(graph, 3);

        assertEquals(Outcome.DEADLOCK, result.outcome());
        assertEquals(List.of(0, 1, 2), states(result));
        assertEquals(3, result.depth());
    }

    @Test
    void shouldPreferStuckStateOverLongerViolationFoundInTheSameLevel() {
        // Level 2 holds 1 (stuck) and 2, whose successor 3 (level 3) is bad; 2 comes first in queue order, so the
        // violation is found first, but the deadlock gives the shorter trace.
        Graph graph = graph(new int[] {0}, new int[][] {{2, 1}, {}, {3}, {3}}, new int[] {3}, true);

        for (int workers : new int[] {1, 2, 8}) {
            ExplorationResult<Integer> result = explore(graph, workers);

            assertEquals(Outcome.DEADLOCK, result.outcome(), workers + " workers");
            assertEquals(List.of(0, 1), states(result));
        }
    }

    @Test
    void shouldNotReportDeadlockWhenCheckIsOff() {
        Graph graph = graph(new int[] {0}, new int[][] {{1}, {}}, new int[0], false);

        ExplorationResult<Integer> result = explore(graph, 2);

        assertEquals(Outcome.SUCCESS, result.outcome());
        assertEquals(2, result.distinct());
        assertEquals(2, result.depth());
    }

    @Test
    void shouldCountButNotExploreStatesOutsideConstraint() {
        // 0 -> 1 -> 2 -> 3; the constraint excludes 2, so 3 is never reached. 1 still has a successor: no deadlock.
        boolean[] excluded = {false, false, true, false};
        Graph graph = new Graph(new int[] {0}, new int[][] {{1}, {2}, {3}, {}}, new boolean[4], new boolean[4],
                excluded, 0, 0, true);

        ExplorationResult<Integer> result = explore(graph, 2);

        assertEquals(Outcome.SUCCESS, result.outcome());
        assertEquals(2, result.distinct());
        assertEquals(3, result.generated());
    }

    @Test
    void shouldSkipStepsOutsideActionConstraint() {
        // Edge (from, to) is cut when (31 * from + to) % 5 == 0: 0 -> 5 is cut, 0 -> 1 and 1 -> 5 are not.
        Graph graph = new Graph(new int[] {0}, new int[][] {{5, 1}, {5}, {}, {}, {}, {}}, new boolean[6],
                new boolean[6], new boolean[6], 5, 0, false);

        ExplorationResult<Integer> result = explore(graph, 2);

        assertEquals(Outcome.SUCCESS, result.outcome());
        assertEquals(3, result.distinct());
        assertEquals(3, result.depth());
    }

    @Test
    void shouldReportEvaluationErrorWithTraceToFailingState() {
        boolean[] error = {false, true};
        Graph graph = new Graph(new int[] {0}, new int[][] {{1}, {0}}, new boolean[2], error, new boolean[2], 0, 0,
                true);

        ExplorationResult<Integer> result = explore(graph, 2);

        assertEquals(Outcome.EVALUATION_ERROR, result.outcome());
        assertEquals("cannot evaluate state 1", result.error().getMessage());
        assertEquals(List.of(0, 1), states(result));
        assertEquals(2, result.depth());
    }

    @Test
    void shouldReportActionPropertyViolationWithTraceEndingInTheBadStep() {
        // 1 -> 2 violates property 3, although 2 was already reached from 0.
        Graph graph = graph(new int[] {0}, new int[][] {{1, 2}, {2}, {0}}, new int[0], true);
        IntFunctionModel models = w -> new GraphModel(graph, null) {
            @Override
            public int violatedActionProperty(Integer from, Integer to) {
                return from == 1 && to == 2 ? 3 : -1;
            }
        };

        ExplorationResult<Integer> result = run(models, Runs.config(2, dir));

        assertEquals(Outcome.ACTION_PROPERTY_VIOLATED, result.outcome());
        assertEquals(List.of(0, 1, 2), states(result));
        assertEquals(3, result.violatedInvariant());
        assertEquals(3, result.depth());
    }

    @Test
    void shouldReportInitialPropertyViolationWithOneStateTrace() {
        Graph graph = graph(new int[] {0, 1}, new int[][] {{1}, {0}}, new int[0], true);
        IntFunctionModel models = w -> new GraphModel(graph, null) {
            @Override
            public int violatedInitialProperty(Integer state) {
                return state == 1 ? 0 : -1;
            }
        };

        ExplorationResult<Integer> result = run(models, Runs.config(2, dir));

        assertEquals(Outcome.INITIAL_PROPERTY_VIOLATED, result.outcome());
        assertEquals(List.of(1), states(result));
        assertEquals(1, result.depth());
    }

    @Test
    void shouldReportInvariantEvaluationErrorWithTraceToParentLikeExplorer() {
        RuntimeException boom = new IllegalStateException("invariant of 2 fails");
        Graph graph = graph(new int[] {0}, new int[][] {{1}, {2}, {}}, new int[0], false);
        IntFunctionModel models = w -> new GraphModel(graph, null) {
            @Override
            public int violatedInvariant(Integer state) {
                if (state == 2) {
                    throw boom;
                }
                return super.violatedInvariant(state);
            }
        };

        ExplorationResult<Integer> result = run(models, Runs.config(2, dir));

        assertEquals(Outcome.EVALUATION_ERROR, result.outcome());
        assertSame(boom, result.error());
        assertEquals(List.of(0, 1), states(result));
    }

    @Test
    void shouldReportErrorInInitialPredicateWithEmptyTrace() {
        RuntimeException boom = new IllegalStateException("Init fails");
        Graph graph = graph(new int[] {0}, new int[][] {{0}}, new int[0], true);
        IntFunctionModel models = w -> new GraphModel(graph, null) {
            @Override
            public void initialStates(Sink<Integer> sink) {
                sink.accept(0, 0);
                throw boom;
            }
        };

        ExplorationResult<Integer> result = run(models, Runs.config(2, dir));

        assertEquals(Outcome.EVALUATION_ERROR, result.outcome());
        assertSame(boom, result.error());
        assertEquals(List.of(), result.trace());
        assertEquals(0, result.depth());
    }

    @Test
    void shouldFindNoStatesWhenInitIsEmpty() {
        Graph graph = graph(new int[0], new int[][] {{0}}, new int[0], true);

        ExplorationResult<Integer> result = explore(graph, 2);

        assertEquals(Outcome.SUCCESS, result.outcome());
        assertEquals(0, result.depth());
        assertEquals(0, result.distinct());
        assertNull(result.error());
    }

    @Test
    void shouldSpillQueuesToDiskAndDeleteEveryFileAtTheEnd() throws IOException {
        Graph graph = Graph.large(7, 20_000, 3);
        Path[] spilled = new Path[1];
        IntFunctionModel models = w -> new GraphModel(graph, null) {
            @Override
            public void successors(Integer state, Sink<Integer> sink) {
                if (state % 256 == 0 && spilled[0] == null) {
                    spilled[0] = findSpillFile();
                }
                super.successors(state, sink);
            }
        };
        ParallelExplorerConfig config = new ParallelExplorerConfig(2, dir, 16 << 10, 1024, 32, null, true);

        ExplorationResult<Integer> result = run(models, config);

        assertEquals(Runs.sequential(graph).distinct(), result.distinct());
        assertTrue(spilled[0] != null, "a queue spilled while the search ran");
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.toList());
        }
    }

    @Test
    void shouldExpandStatesAsObjectsWithoutEncodingThemWhileLanesHaveRoom() {
        Graph graph = Graph.large(13, 20_000, 3);
        CodecCalls calls = new CodecCalls();

        ExplorationResult<Integer> result = run(calls.models(graph), Runs.config(2, dir).withLaneStates(20_000));

        assertEquals(Runs.sequential(graph).distinct(), result.distinct());
        assertEquals(0, calls.encoded.get());
        assertEquals(0, calls.decoded.get());
    }

    @Test
    void shouldEncodeOnlyTheStatesBeyondTheLanesAndDecodeEachOnce() {
        Graph graph = Graph.large(13, 20_000, 3);
        CodecCalls calls = new CodecCalls();

        ExplorationResult<Integer> result = run(calls.models(graph), Runs.config(2, dir).withLaneStates(64));

        assertEquals(Runs.sequential(graph).distinct(), result.distinct());
        assertTrue(calls.encoded.get() > 0 && calls.encoded.get() < result.distinct(), calls.encoded + " encoded");
        assertEquals(calls.encoded.get(), calls.decoded.get());
    }

    @Test
    void shouldThrowWhenFingerprintSetIsFullAndStillDeleteFiles() throws IOException {
        Graph graph = Graph.large(3, 20_000, 2);
        try (FingerprintSet tiny = new FingerprintSetConfig(16 << 10, 0, null, 0).create()) {
            ParallelExplorer<Integer> explorer = new ParallelExplorer<>(w -> new GraphModel(graph, null), tiny,
                    Runs.config(4, dir), ProgressListener.NONE, System::nanoTime, Long.MAX_VALUE / 4);

            assertThrows(FingerprintSetExhaustedException.class, explorer::run);
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.toList());
        }
    }

    @Test
    void shouldStopWorkersAndThrowWhenTheCallerIsInterrupted() throws IOException {
        Graph graph = Graph.large(5, 20_000, 3);
        Thread caller = Thread.currentThread();
        IntFunctionModel models = w -> new GraphModel(graph, null) {
            @Override
            public void successors(Integer state, Sink<Integer> sink) {
                if (state == graph.edges()[0][0]) {
                    caller.interrupt();
                }
                super.successors(state, sink);
            }
        };

        assertThrows(CancellationException.class, () -> run(models, Runs.config(4, dir)));

        assertTrue(Thread.interrupted(), "the caller's interrupt is kept");
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.toList());
        }
    }

    @Test
    void shouldGiveTheSameResultWithPinnedWorkers() {
        Graph graph = Graph.large(11, 5_000, 3);
        ParallelExplorerConfig pinned = Runs.config(2, dir)
                .withPlacement(NodeTopology.detect().placement());

        ExplorationResult<Integer> result = Runs.parallel(graph, pinned).result();

        assertEquals(Runs.sequential(graph).distinct(), result.distinct());
        assertEquals(Runs.sequential(graph).depth(), result.depth());
    }

    @Test
    void shouldEncodeStatesThroughTheModelCodec() {
        GraphModel model = new GraphModel(graph(new int[] {0}, new int[][] {{0}}, new int[0], true), null);
        MutableBuffer buffer = new MutableBuffer(8);

        model.encode(300_000, buffer);

        assertEquals(300_000, model.decode(buffer.array(), 0, buffer.length()));
    }

    private Path findSpillFile() {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".spill")).findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private ExplorationResult<Integer> run(IntFunctionModel models, ParallelExplorerConfig config) {
        try (FingerprintSet seen = new FingerprintSetConfig(16 << 20, 1000, null, 0).create()) {
            return new ParallelExplorer<>(models, seen, config, ProgressListener.NONE, System::nanoTime,
                    Long.MAX_VALUE / 4).run();
        }
    }

    private interface IntFunctionModel extends IntFunction<GraphModel> {
    }

    /** Counts the encode and decode calls of every worker's model. */
    private static final class CodecCalls {
        final AtomicLong encoded = new AtomicLong();
        final AtomicLong decoded = new AtomicLong();

        IntFunctionModel models(Graph graph) {
            return w -> new GraphModel(graph, null) {
                @Override
                public void encode(Integer state, MutableBuffer out) {
                    encoded.incrementAndGet();
                    super.encode(state, out);
                }

                @Override
                public Integer decode(byte[] bytes, int offset, int length) {
                    decoded.incrementAndGet();
                    return super.decode(bytes, offset, length);
                }
            };
        }
    }
}
