package io.tlaplex.worker.liveness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tlaplex.frontend.value.MutableBuffer;
import io.tlaplex.worker.explore.EncodableStateModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recording on several nodes into one folder, sealing, and gathering: the gathered graph must be the one a single
 * recorder builds, whichever node expanded which state.
 */
class GraphRecorderTest {
    /** 0 -> 1, 2; 1 -> 3, 0; 2 -> 3; 3 -> 3, 4; 4 -> 0. Initial: 2, 0. */
    private static final int[][] EDGES = {{1, 2}, {3, 0}, {3}, {3, 4}, {0}};
    private static final int[] INITIAL = {2, 0};

    @TempDir
    Path dir;

    @Test
    void shouldGatherTheGraphOneRecorderBuildsFromNodesThatExpandedDifferentStates() throws IOException {
        Path single = Files.createDirectory(dir.resolve("single"));
        Path shared = Files.createDirectory(dir.resolve("shared"));
        Path scratch = Files.createDirectory(dir.resolve("scratch"));
        List<Path> indexes = List.of(shared.resolve("node0.index"), shared.resolve("node1.index"));

        GraphRecorder<Integer> one = new GraphRecorder<>(single, 2, 1);
        recordOn(List.of(one), state -> 0);
        Graph expected;
        try (BehaviourGraph g = one.finish()) {
            expected = read(g);
        }
        List<GraphRecorder<Integer>> nodes = List.of(new GraphRecorder<>(shared, "node0-", 2, 1),
                new GraphRecorder<>(shared, "node1-", 2, 1));
        recordOn(nodes, state -> state % 2);
        nodes.get(0).seal(indexes.get(0));
        nodes.get(1).seal(indexes.get(1));
        Graph gathered;
        try (BehaviourGraph g = GraphRecorder.gather(indexes, scratch, 2, 1)) {
            gathered = read(g);
        }

        assertEquals(expected, gathered);
    }

    @Test
    void shouldRemoveTheSealedFilesAndTheirIndex() throws IOException {
        GraphRecorder<Integer> node = new GraphRecorder<>(dir, "node3-", 2, 1);
        recordOn(List.of(node), state -> 0);
        node.seal(dir.resolve("node3.index"));
        Files.writeString(dir.resolve("other.bin"), "kept");

        GraphRecorder.deleteSealed(dir.resolve("node3.index"));

        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("other.bin")), left.toList());
        }
    }

    @Test
    void shouldRefuseAnIndexWhoseFileIsShorterThanItSays() throws IOException {
        GraphRecorder<Integer> node = new GraphRecorder<>(dir, "node0-", 2, 1);
        recordOn(List.of(node), state -> 0);
        node.seal(dir.resolve("node0.index"));
        Path states = dir.resolve("node0-0.bin");
        byte[] bytes = Files.readAllBytes(states);
        Files.write(states, Arrays.copyOf(bytes, bytes.length - 8));
        Path scratch = Files.createDirectory(dir.resolve("scratch"));

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> GraphRecorder.gather(List.of(dir.resolve("node0.index")), scratch, 2, 1));

        assertTrue(e.getMessage().contains("node0-0.bin holds " + (bytes.length - 8) + " bytes"), e.getMessage());
    }

    @Test
    void shouldRefuseAnIndexOfOtherLabelSizes() throws IOException {
        GraphRecorder<Integer> node = new GraphRecorder<>(dir, "node0-", 2, 1);
        recordOn(List.of(node), state -> 0);
        node.seal(dir.resolve("node0.index"));
        Path scratch = Files.createDirectory(dir.resolve("scratch"));

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> GraphRecorder.gather(List.of(dir.resolve("node0.index")), scratch, 1, 1));

        assertTrue(e.getMessage().endsWith("is not an index of this spec's behaviour graph (expected words 1 1)"),
                e.getMessage());
        assertFalse(Files.exists(dir.resolve("node0.index.partial")));
    }

    /** The graph as a value: per initial, then per state in breadth-first order, its fingerprint, labels, steps. */
    private record Graph(List<Long> initials, List<String> states) {
    }

    private static Graph read(BehaviourGraph g) {
        List<Long> initials = new ArrayList<>();
        for (int i = 0; i < g.initialCount(); i++) {
            initials.add(g.fingerprint(g.initial(i)));
        }
        List<String> states = new ArrayList<>();
        boolean[] seen = new boolean[g.stateCount()];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int i = 0; i < g.initialCount(); i++) {
            queue.add(g.initial(i));
            seen[g.initial(i)] = true;
        }
        long[] label = new long[2];
        long[] step = new long[1];
        while (!queue.isEmpty()) {
            int s = queue.poll();
            g.stateLabel(s, label, 0);
            g.stepLabel(-1 - s, step, 0);
            StringBuilder text = new StringBuilder(g.fingerprint(s) + " " + label[0] + "," + label[1] + " ~" + step[0]);
            for (long e = g.firstEdge(s); e < g.endEdge(s); e++) {
                g.stepLabel(e, step, 0);
                text.append(" -> ").append(g.fingerprint(g.target(e))).append('/').append(step[0]);
                if (!seen[g.target(e)]) {
                    seen[g.target(e)] = true;
                    queue.add(g.target(e));
                }
            }
            states.add(text.toString());
        }
        return new Graph(initials, states);
    }

    /**
     * Explores breadth-first, each state expanded by the model of recorder {@code owner(state)} (the first generates
     * the initial states, as node 0 does in a cluster run).
     */
    private static void recordOn(List<GraphRecorder<Integer>> recorders,
            IntUnaryOperator owner) {
        List<EncodableStateModel<Integer>> models = new ArrayList<>();
        for (GraphRecorder<Integer> r : recorders) {
            models.add(r.wrap(new Model(), new Labeler()));
        }
        boolean[] seen = new boolean[EDGES.length];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        EncodableStateModel.Sink<Integer> enqueue = (s, a) -> {
            if (!seen[s]) {
                seen[s] = true;
                queue.add(s);
            }
        };
        models.get(0).initialStates(enqueue);
        while (!queue.isEmpty()) {
            int s = queue.poll();
            models.get(owner.applyAsInt(s)).successors(s, enqueue);
        }
    }

    private static final class Labeler implements LiveLabeler<Integer> {
        @Override
        public void labelState(Integer state, long[] out, int offset) {
            out[offset] = state;
            out[offset + 1] = state * 10L;
        }

        @Override
        public void labelStep(Integer from, Integer to, long[] out, int offset) {
            out[offset] = from * 100L + to;
        }
    }

    private static final class Model implements EncodableStateModel<Integer> {
        @Override
        public void initialStates(Sink<Integer> sink) {
            for (int s : INITIAL) {
                sink.accept(s, 0);
            }
        }

        @Override
        public void successors(Integer state, Sink<Integer> sink) {
            for (int t : EDGES[state]) {
                sink.accept(t, 1);
            }
        }

        @Override
        public long fingerprint(Integer state) {
            return 7000 + state;
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
            return false;
        }

        @Override
        public void encode(Integer state, MutableBuffer out) {
            throw new UnsupportedOperationException("not queued");
        }

        @Override
        public Integer decode(byte[] bytes, int offset, int length) {
            throw new UnsupportedOperationException("not queued");
        }
    }
}
