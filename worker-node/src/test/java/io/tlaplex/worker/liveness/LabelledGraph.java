package io.tlaplex.worker.liveness;

import io.tlaplex.frontend.value.MutableBuffer;
import io.tlaplex.worker.explore.EncodableStateModel;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * A state graph written out by hand, with one word of state bits per state and one word of step bits per step
 * ({@code stepBits[s][i]} for the i-th successor of s, {@code stutterBits[s]} for its stuttering step). It records
 * itself into a {@link BehaviourGraph} through {@link GraphRecorder}, expanding states breadth-first and handing them
 * to the recording models round-robin, as exploring threads would.
 */
final class LabelledGraph {
    final int[] initial;
    final int[][] edges;
    final long[][] stepBits;
    final long[] stateBits;
    final long[] stutterBits;
    final boolean[] excluded;

    LabelledGraph(int[] initial, int[][] edges, long[][] stepBits, long[] stateBits, long[] stutterBits) {
        this.initial = initial;
        this.edges = edges;
        this.stepBits = stepBits;
        this.stateBits = stateBits;
        this.stutterBits = stutterBits;
        this.excluded = new boolean[edges.length];
    }

    static long fingerprint(int state) {
        return 1000 + state;
    }

    /** Records the graph with {@code writers} recording models; returns the states in the order they were expanded. */
    BehaviourGraph record(Path dir, int writers, List<Integer> expanded) {
        GraphRecorder<Integer> recorder = new GraphRecorder<>(dir, 1, 1);
        List<EncodableStateModel<Integer>> models = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            models.add(recorder.wrap(new Model(), new Labeler()));
        }
        boolean[] seen = new boolean[edges.length];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        models.get(0).initialStates((s, a) -> {
            if (!seen[s] && !excluded[s]) {
                seen[s] = true;
                queue.add(s);
            }
        });
        while (!queue.isEmpty()) {
            int s = queue.poll();
            models.get(expanded.size() % writers).successors(s, (t, a) -> {
                if (!seen[t] && !excluded[t]) {
                    seen[t] = true;
                    queue.add(t);
                }
            });
            expanded.add(s);
        }
        return recorder.finish();
    }

    private final class Labeler implements LiveLabeler<Integer> {
        @Override
        public void labelState(Integer state, long[] out, int offset) {
            out[offset] = stateBits[state];
        }

        @Override
        public void labelStep(Integer from, Integer to, long[] out, int offset) {
            if (from.equals(to)) {
                out[offset] = stutterBits[from];
                return;
            }
            int i = 0;
            while (edges[from][i] != to) {
                i++;
            }
            out[offset] = stepBits[from][i];
        }
    }

    private final class Model implements EncodableStateModel<Integer> {
        @Override
        public void initialStates(Sink<Integer> sink) {
            for (int s : initial) {
                sink.accept(s, 0);
            }
        }

        @Override
        public void successors(Integer state, Sink<Integer> sink) {
            for (int i = 0; i < edges[state].length; i++) {
                sink.accept(edges[state][i], i + 1);
            }
        }

        @Override
        public long fingerprint(Integer state) {
            return LabelledGraph.fingerprint(state);
        }

        @Override
        public boolean satisfiesConstraints(Integer state) {
            return !excluded[state];
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
