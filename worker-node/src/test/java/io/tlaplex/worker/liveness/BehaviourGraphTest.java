package io.tlaplex.worker.liveness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BehaviourGraphTest {
    @TempDir
    Path dir;

    /** 0 -> 1, 2, 1 (a duplicate step); 1 -> 0; 2 -> 3, where 3 violates the state constraint. */
    private static LabelledGraph graph() {
        LabelledGraph g = new LabelledGraph(new int[] {0, 0},
                new int[][] {{1, 2, 1}, {0}, {3}, {}},
                new long[][] {{0x01, 0x02, 0x01}, {0x10}, {0x20}, {}},
                new long[] {1, 2, 4, 8},
                new long[] {0x100, 0x200, 0x400, 0x800});
        g.excluded[3] = true;
        return g;
    }

    private static long[] stateLabels(BehaviourGraph g) {
        long[] out = new long[g.stateCount()];
        for (int s = 0; s < out.length; s++) {
            g.stateLabel(s, out, s);
        }
        return out;
    }

    private static long step(BehaviourGraph g, long edge) {
        long[] out = new long[1];
        g.stepLabel(edge, out, 0);
        return out[0];
    }

    @Test
    void shouldReadBackStatesInFileOrderWithStepsResolvedAcrossFiles() {
        List<Integer> expanded = new ArrayList<>();

        try (BehaviourGraph g = graph().record(dir, 2, expanded)) {

            assertEquals(List.of(0, 1, 2), expanded);
            assertEquals(3, g.stateCount());
            assertArrayEquals(new long[] {1000, 1002, 1001},
                    new long[] {g.fingerprint(0), g.fingerprint(1), g.fingerprint(2)});
            assertArrayEquals(new long[] {1, 4, 2}, stateLabels(g));
            assertArrayEquals(new long[] {0, 3, 3, 3, 3, 4},
                    new long[] {g.firstEdge(0), g.endEdge(0), g.firstEdge(1), g.endEdge(1), g.firstEdge(2),
                            g.endEdge(2)});
            assertArrayEquals(new int[] {2, 1, 2, 0}, new int[] {g.target(0), g.target(1), g.target(2), g.target(3)});
        }
    }

    @Test
    void shouldDropStepsIntoConstrainedStatesAndKeepStepLabels() {
        try (BehaviourGraph g = graph().record(dir, 2, new ArrayList<>())) {

            assertEquals(4, g.edgeCount());
            assertArrayEquals(new long[] {0x01, 0x02, 0x01, 0x10},
                    new long[] {step(g, 0), step(g, 1), step(g, 2), step(g, 3)});
            assertArrayEquals(new long[] {0x100, 0x400, 0x200},
                    new long[] {step(g, -1), step(g, -2), step(g, -3)});
        }
    }

    @Test
    void shouldKeepEachInitialStateOnceInGenerationOrder() {
        try (BehaviourGraph g = graph().record(dir, 1, new ArrayList<>())) {

            assertEquals(1, g.initialCount());
            assertEquals(0, g.initial(0));
            assertArrayEquals(new long[] {1000, 1001, 1002},
                    new long[] {g.fingerprint(0), g.fingerprint(1), g.fingerprint(2)});
        }
    }
}
