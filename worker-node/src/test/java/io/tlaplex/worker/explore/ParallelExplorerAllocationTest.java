package io.tlaplex.worker.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.ThreadMXBean;
import io.tlaplex.worker.fpset.FingerprintSet;
import io.tlaplex.worker.fpset.FingerprintSetConfig;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The explorer's own per-state work (take, dedup, trace record, queue) allocates nothing once its queues have grown
 * to the level size, whether states stay objects in the queues' lanes or are encoded beyond them: measured on the
 * worker thread with a model that allocates nothing either (its states are preallocated boxes).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ParallelExplorerAllocationTest {
    private static final int WIDTH = 1000;
    private static final int LAYERS = 300;
    private static final int FIRST_MEASURED = 100_000;
    private static final int LAST_MEASURED = 250_000;

    @TempDir
    Path dir;

    @Test
    void shouldAllocateNothingPerStateOnceLevelsStopGrowing() {
        assertAllocatesNothingPerState(0);
    }

    @Test
    void shouldAllocateNothingPerStateWhenStatesAreEncodedBeyondATinyLane() {
        assertAllocatesNothingPerState(1);
    }

    private void assertAllocatesNothingPerState(int laneStates) {
        Graph graph = layers();
        ExplorationResult<Integer> warmUp = run(graph, new long[2], laneStates);
        long[] allocated = new long[2];

        ExplorationResult<Integer> result = run(graph, allocated, laneStates);

        assertEquals(WIDTH * LAYERS, result.distinct());
        assertEquals(warmUp.distinct(), result.distinct());
        assertTrue(allocated[0] > 0 && allocated[1] >= allocated[0], "both samples were taken");
        double perState = (allocated[1] - allocated[0]) / (double) (LAST_MEASURED - FIRST_MEASURED);
        assertTrue(perState < 2, "allocated " + perState + " bytes per state");
    }

    /** Every level but the first few holds exactly {@link #WIDTH} states, each with three successors. */
    private static Graph layers() {
        int n = WIDTH * LAYERS;
        int[][] edges = new int[n][];
        for (int s = 0; s < n; s++) {
            int next = (s / WIDTH + 1) * WIDTH;
            int i = s % WIDTH;
            edges[s] = next >= n ? new int[0]
                    : new int[] {next + i, next + (i + 1) % WIDTH, next + (i + 7) % WIDTH};
        }
        boolean[] none = new boolean[n];
        return new Graph(IntStream.range(0, WIDTH).toArray(), edges, none, none, none, 0, 0, false);
    }

    /** One worker; with {@code laneStates} 0 the derived lane holds a whole level, so every state stays an object. */
    private ExplorationResult<Integer> run(Graph graph, long[] allocated, int laneStates) {
        try (FingerprintSet seen = new FingerprintSetConfig(64 << 20, graph.size(), null, 0).create()) {
            return new ParallelExplorer<>(w -> new BoxedStatesModel(graph, allocated), seen,
                    ParallelExplorerConfig.of(1, dir, 64 << 20).withLaneStates(laneStates), ProgressListener.NONE,
                    System::nanoTime,
                    Long.MAX_VALUE / 4).run();
        }
    }

    /** Hands out preallocated boxes for states and samples the worker thread's allocation counter. */
    private static final class BoxedStatesModel extends GraphModel {
        private final Graph graph;
        private final Integer[] boxes;
        private final long[] allocated;
        private final ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        private int expansions;

        BoxedStatesModel(Graph graph, long[] allocated) {
            super(graph, null);
            this.graph = graph;
            this.allocated = allocated;
            this.boxes = IntStream.range(0, graph.size()).boxed().toArray(Integer[]::new);
        }

        @Override
        public void successors(Integer state, Sink<Integer> sink) {
            expansions++;
            if (expansions == FIRST_MEASURED) {
                allocated[0] = threads.getCurrentThreadAllocatedBytes();
            } else if (expansions == LAST_MEASURED) {
                allocated[1] = threads.getCurrentThreadAllocatedBytes();
            }
            int[] next = graph.edges()[state];
            for (int i = 0; i < next.length; i++) {
                sink.accept(boxes[next[i]], i);
            }
        }

        @Override
        public Integer decode(byte[] bytes, int offset, int length) {
            // Not super.decode: the JIT removes its box only when it inlines the call, which other tests can prevent.
            return boxes[decodeInt(bytes, offset, length)];
        }
    }
}
