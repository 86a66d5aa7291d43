package io.tlaplex.worker.explore;

import io.tlaplex.frontend.value.MutableBuffer;
import io.tlaplex.worker.fpset.FingerprintSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link Graph} as a spec, one instance per worker as the parallel explorer wants. It counts expansions per
 * state across instances, checks that each expanded state was already in the fingerprint set (when given one)
 * and that no instance is ever used by two threads at once.
 */
class GraphModel implements EncodableStateModel<Integer> {
    private final Graph graph;
    private final Probe probe;
    private final AtomicReference<Thread> user = new AtomicReference<>();

    /** What the models of one run share, for the test to look at afterwards. */
    static final class Probe {
        final AtomicIntegerArray expansions;
        final FingerprintSet seen;
        final AtomicReference<String> problem = new AtomicReference<>();
        final Set<Thread> expandingThreads = ConcurrentHashMap.newKeySet();

        Probe(int states, FingerprintSet seen) {
            this.expansions = new AtomicIntegerArray(states);
            this.seen = seen;
        }

        void fail(String message) {
            problem.compareAndSet(null, message);
        }
    }

    GraphModel(Graph graph, Probe probe) {
        this.graph = graph;
        this.probe = probe;
    }

    static long fingerprintOf(int state) {
        long z = state * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    @Override
    public void initialStates(Sink<Integer> sink) {
        enter();
        try {
            for (int s : graph.initial()) {
                sink.accept(s, 0);
            }
        } finally {
            leave();
        }
    }

    @Override
    public void successors(Integer state, Sink<Integer> sink) {
        enter();
        try {
            if (probe != null) {
                probe.expansions.incrementAndGet(state);
                probe.expandingThreads.add(Thread.currentThread());
                if (probe.seen != null && !probe.seen.contains(Explorer.normalize(fingerprintOf(state)))) {
                    probe.fail("state " + state + " expanded before it was deduplicated");
                }
            }
            if (graph.error()[state]) {
                throw new IllegalStateException("cannot evaluate state " + state);
            }
            int[] next = graph.edges()[state];
            for (int i = 0; i < next.length; i++) {
                sink.accept(next[i], i);
            }
        } finally {
            leave();
        }
    }

    @Override
    public long fingerprint(Integer state) {
        return fingerprintOf(state);
    }

    @Override
    public boolean satisfiesConstraints(Integer state) {
        return !graph.excluded()[state];
    }

    @Override
    public boolean satisfiesActionConstraints(Integer from, Integer to) {
        return graph.edgeAllowed(from, to);
    }

    @Override
    public int violatedInvariant(Integer state) {
        return graph.bad()[state] ? 0 : -1;
    }

    @Override
    public int violatedActionProperty(Integer from, Integer to) {
        return graph.badStep(from, to) ? 1 : -1;
    }

    @Override
    public boolean checkDeadlock() {
        return graph.checkDeadlock();
    }

    @Override
    public void encode(Integer state, MutableBuffer out) {
        out.putVarInt(state);
    }

    @Override
    public Integer decode(byte[] bytes, int offset, int length) {
        return decodeInt(bytes, offset, length);
    }

    /** The state {@link #encode} wrote, unboxed. */
    static int decodeInt(byte[] bytes, int offset, int length) {
        int value = 0;
        for (int i = 0, shift = 0; i < length; i++, shift += 7) {
            value |= (bytes[offset + i] & 0x7F) << shift;
        }
        return value;
    }

    /** Marks the instance busy for the length of a call that enumerates states. */
    private void enter() {
        Thread me = Thread.currentThread();
        if (!user.compareAndSet(null, me) && probe != null) {
            probe.fail("a model instance was used by " + me.getName() + " while " + user.get() + " used it");
        }
    }

    private void leave() {
        user.set(null);
    }
}
