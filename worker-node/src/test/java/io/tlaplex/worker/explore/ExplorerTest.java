package io.tlaplex.worker.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

class ExplorerTest {

    /** A state graph over small integers given as adjacency lists; action id = index of the edge. */
    private record GraphModel(List<Integer> initial, Map<Integer, List<Integer>> edges, IntPredicate constraint,
                              Set<Integer> bad, boolean checkDeadlock) implements StateModel<Integer> {
        @Override
        public void initialStates(Sink<Integer> sink) {
            for (int s : initial) {
                sink.accept(s, -1);
            }
        }

        @Override
        public void successors(Integer state, Sink<Integer> sink) {
            List<Integer> next = edges.getOrDefault(state, List.of());
            for (int i = 0; i < next.size(); i++) {
                sink.accept(next.get(i), i);
            }
        }

        @Override
        public long fingerprint(Integer state) {
            return state * 0x9E3779B97F4A7C15L + 7;
        }

        @Override
        public boolean satisfiesConstraints(Integer state) {
            return constraint.test(state);
        }

        @Override
        public boolean satisfiesActionConstraints(Integer from, Integer to) {
            return true;
        }

        @Override
        public int violatedInvariant(Integer state) {
            return bad.contains(state) ? 0 : -1;
        }
    }

    private static ExplorationResult<Integer> explore(GraphModel model) {
        return new Explorer<>(model, ProgressListener.NONE, System::nanoTime, Long.MAX_VALUE / 4).run();
    }

    @Test
    void shouldCountGeneratedDistinctAndDepthLikeTlc() {
        // 0 -> 1, 2; 1 -> 2, 0; 2 -> 2 (self loop)
        GraphModel model = new GraphModel(List.of(0, 0), Map.of(0, List.of(1, 2), 1, List.of(2, 0), 2, List.of(2)),
                s -> true, Set.of(), true);

        ExplorationResult<Integer> result = explore(model);

        assertEquals(Outcome.SUCCESS, result.outcome());
        assertEquals(3, result.distinct());
        assertEquals(2 + 2 + 2 + 1, result.generated());
        assertEquals(2, result.depth());
    }

    @Test
    void shouldReportShortestTraceToViolatingState() {
        // 0 -> 1 -> 2 -> 3 (bad) and a shortcut 0 -> 4 -> 3.
        GraphModel model = new GraphModel(List.of(0),
                Map.of(0, List.of(1, 4), 1, List.of(2), 2, List.of(3), 4, List.of(3), 3, List.of(3)),
                s -> true, Set.of(3), true);

        ExplorationResult<Integer> result = explore(model);

        assertEquals(Outcome.INVARIANT_VIOLATED, result.outcome());
        assertEquals(List.of(0, 4, 3), result.trace().stream().map(TraceStep::state).toList());
        assertEquals(List.of(-1, 1, 0), result.trace().stream().map(TraceStep::actionId).toList());
        assertEquals(0, result.violatedInvariant());
    }

    @Test
    void shouldReportViolationInInitialStateWithOneStateTrace() {
        GraphModel model = new GraphModel(List.of(5), Map.of(), s -> true, Set.of(5), true);

        ExplorationResult<Integer> result = explore(model);

        assertEquals(Outcome.INVARIANT_VIOLATED, result.outcome());
        assertEquals(1, result.trace().size());
    }

    @Test
    void shouldReportDeadlockWithTraceEndingInStuckState() {
        GraphModel model = new GraphModel(List.of(0), Map.of(0, List.of(1), 1, List.of(2)), s -> true, Set.of(), true);

        ExplorationResult<Integer> result = explore(model);

        assertEquals(Outcome.DEADLOCK, result.outcome());
        assertEquals(List.of(0, 1, 2), result.trace().stream().map(TraceStep::state).toList());
    }

    @Test
    void shouldNotReportDeadlockWhenCheckIsOff() {
        GraphModel model = new GraphModel(List.of(0), Map.of(0, List.of(1)), s -> true, Set.of(), false);

        ExplorationResult<Integer> result = explore(model);

        assertEquals(Outcome.SUCCESS, result.outcome());
        assertEquals(2, result.distinct());
        assertEquals(2, result.depth());
    }

    @Test
    void shouldCountButNotExploreStatesOutsideConstraint() {
        // 0 -> 1 -> 2 -> 3; constraint excludes 2, so 3 is never reached. 1 still has a successor: no deadlock.
        GraphModel model = new GraphModel(List.of(0), Map.of(0, List.of(1), 1, List.of(2), 2, List.of(3)),
                s -> s != 2, Set.of(), true);

        ExplorationResult<Integer> result = explore(model);

        assertEquals(Outcome.SUCCESS, result.outcome());
        assertEquals(2, result.distinct());
        assertEquals(3, result.generated());
    }

    @Test
    void shouldReportEvaluationErrorWithTraceToFailingState() {
        RuntimeException boom = new IllegalStateException("boom");
        GraphModel graph = new GraphModel(List.of(0), Map.of(0, List.of(1)), s -> true, Set.of(), true);
        StateModel<Integer> failing = new StateModel<>() {
            @Override
            public void initialStates(Sink<Integer> sink) {
                graph.initialStates(sink);
            }

            @Override
            public void successors(Integer state, Sink<Integer> sink) {
                if (state == 1) {
                    throw boom;
                }
                graph.successors(state, sink);
            }

            @Override
            public long fingerprint(Integer state) {
                return graph.fingerprint(state);
            }

            @Override
            public boolean satisfiesConstraints(Integer state) {
                return true;
            }

            @Override
            public boolean satisfiesActionConstraints(Integer from, Integer to) {
                return true;
            }

            @Override
            public int violatedInvariant(Integer state) {
                return -1;
            }

            @Override
            public boolean checkDeadlock() {
                return true;
            }
        };

        ExplorationResult<Integer> result = new Explorer<>(failing, ProgressListener.NONE, System::nanoTime, 1).run();

        assertEquals(Outcome.EVALUATION_ERROR, result.outcome());
        assertSame(boom, result.error());
        assertEquals(List.of(0, 1), result.trace().stream().map(TraceStep::state).toList());
    }

    @Test
    void shouldFindNoStatesWhenInitIsEmpty() {
        GraphModel model = new GraphModel(List.of(), Map.of(), s -> true, Set.of(), true);

        ExplorationResult<Integer> result = explore(model);

        assertEquals(Outcome.SUCCESS, result.outcome());
        assertEquals(0, result.depth());
        assertNull(result.error());
    }
}
