package io.tlaplex.worker.liveness;

import java.nio.file.Path;
import java.util.List;

/**
 * The recorded behaviour graph in compressed sparse rows, memory-mapped in the run's folder: per state its
 * fingerprint, predicate bits and stuttering-step bits; per edge its target and step bits, in the order the
 * successors were generated (so that searches over it do not depend on the number of workers); and the initial
 * states in the order they were generated. Built once on one thread, then read-only.
 */
public final class BehaviourGraph implements AutoCloseable {
    private final int stateWords;
    private final int actionWords;
    private final int states;
    private final long edges;
    private final MappedArray fps;
    private final MappedArray stateBits;
    private final MappedArray stutterBits;
    private final MappedArray edgeStart;
    private final MappedArray edgeTarget;
    private final MappedArray edgeBits;
    private final MappedArray initials;
    private final int initialCount;
    private final FpIndex index;

    private BehaviourGraph(Builder b) {
        this.stateWords = b.stateWords;
        this.actionWords = b.actionWords;
        this.states = b.states;
        this.edges = b.edges;
        this.fps = b.fps;
        this.stateBits = b.stateBits;
        this.stutterBits = b.stutterBits;
        this.edgeStart = b.edgeStart;
        this.edgeTarget = b.edgeTarget;
        this.edgeBits = b.edgeBits;
        this.initials = b.initials;
        this.initialCount = b.initialCount;
        this.index = b.index;
    }

    static BehaviourGraph build(Path dir, List<RecordWriter> files, RecordWriter inits, int stateWords,
            int actionWords) {
        Builder b = new Builder(dir, stateWords, actionWords);
        b.count(files);
        b.fill(files);
        b.initials(inits);
        return new BehaviourGraph(b);
    }

    public int stateCount() {
        return states;
    }

    public long edgeCount() {
        return edges;
    }

    int stateWords() {
        return stateWords;
    }

    int actionWords() {
        return actionWords;
    }

    long fingerprint(int state) {
        return fps.getLong(state);
    }

    int initialCount() {
        return initialCount;
    }

    int initial(int i) {
        return initials.getInt(i);
    }

    long firstEdge(int state) {
        return edgeStart.getLong(state);
    }

    long endEdge(int state) {
        return edgeStart.getLong(state + 1L);
    }

    int target(long edge) {
        return edgeTarget.getInt(edge);
    }

    /** Copies the state's predicate bits into {@code out} from {@code offset}. */
    void stateLabel(int state, long[] out, int offset) {
        for (int w = 0; w < stateWords; w++) {
            out[offset + w] = stateBits.getLong((long) state * stateWords + w);
        }
    }

    /** Copies the step bits of {@code edge} (or, for edge -1 - s, of the stuttering step of s) into {@code out}. */
    void stepLabel(long edge, long[] out, int offset) {
        if (edge < 0) {
            long s = -1 - edge;
            for (int w = 0; w < actionWords; w++) {
                out[offset + w] = stutterBits.getLong(s * actionWords + w);
            }
            return;
        }
        for (int w = 0; w < actionWords; w++) {
            out[offset + w] = edgeBits.getLong(edge * actionWords + w);
        }
    }

    @Override
    public void close() {
        for (MappedArray a : new MappedArray[] {fps, stateBits, stutterBits, edgeStart, edgeTarget, edgeBits,
                initials}) {
            a.close();
        }
        index.close();
    }

    /** The two passes over the recorded files. */
    private static final class Builder {
        final Path dir;
        final int stateWords;
        final int actionWords;
        int states;
        long edges;
        MappedArray fps;
        MappedArray stateBits;
        MappedArray stutterBits;
        MappedArray edgeStart;
        MappedArray edgeTarget;
        MappedArray edgeBits;
        MappedArray initials;
        int initialCount;
        FpIndex index;

        Builder(Path dir, int stateWords, int actionWords) {
            this.dir = dir;
            this.stateWords = stateWords;
            this.actionWords = actionWords;
        }

        void count(List<RecordWriter> files) {
            long n = 0;
            for (RecordWriter w : files) {
                try (RecordReader r = new RecordReader(w.file(), w.length())) {
                    while (r.hasNext()) {
                        r.next();
                        long k = r.next();
                        skip(r, stateWords + actionWords + k * (1 + actionWords));
                        n++;
                        edges += k;
                    }
                }
            }
            if (n >= Integer.MAX_VALUE) {
                throw new IllegalStateException("liveness checking handles fewer than 2^31 states");
            }
            states = (int) n;
            index = new FpIndex(dir, states);
        }

        void fill(List<RecordWriter> files) {
            fps = MappedArray.longs(dir, "fps", states);
            stateBits = MappedArray.longs(dir, "state-bits", (long) states * stateWords);
            stutterBits = MappedArray.longs(dir, "stutter-bits", (long) states * actionWords);
            edgeStart = MappedArray.longs(dir, "edge-start", states + 1L);
            edgeTarget = MappedArray.ints(dir, "edge-target", edges);
            edgeBits = MappedArray.longs(dir, "edge-bits", edges * actionWords);
            int s = 0;
            for (RecordWriter w : files) {
                try (RecordReader r = new RecordReader(w.file(), w.length())) {
                    while (r.hasNext()) {
                        long fp = r.next();
                        long k = r.next();
                        fps.setLong(s, fp);
                        index.put(fp, s);
                        skip(r, stateWords + actionWords + k * (1 + actionWords));
                        s++;
                    }
                }
            }
            long e = 0;
            s = 0;
            for (RecordWriter w : files) {
                try (RecordReader r = new RecordReader(w.file(), w.length())) {
                    while (r.hasNext()) {
                        r.next();
                        long k = r.next();
                        for (int i = 0; i < stateWords; i++) {
                            stateBits.setLong((long) s * stateWords + i, r.next());
                        }
                        for (int i = 0; i < actionWords; i++) {
                            stutterBits.setLong((long) s * actionWords + i, r.next());
                        }
                        edgeStart.setLong(s, e);
                        for (long j = 0; j < k; j++) {
                            int t = index.get(r.next());
                            if (t < 0) {
                                skip(r, actionWords);
                                continue;
                            }
                            edgeTarget.setInt(e, t);
                            for (int i = 0; i < actionWords; i++) {
                                edgeBits.setLong(e * actionWords + i, r.next());
                            }
                            e++;
                        }
                        s++;
                    }
                }
            }
            edgeStart.setLong(states, e);
            edges = e;
        }

        void initials(RecordWriter inits) {
            initials = MappedArray.ints(dir, "initials", Math.max(1, states));
            try (MappedArray seen = MappedArray.ints(dir, "initial-seen", Math.max(1, states));
                    RecordReader r = new RecordReader(inits.file(), inits.length())) {
                while (r.hasNext()) {
                    int s = index.get(r.next());
                    if (s >= 0 && seen.getInt(s) == 0) {
                        seen.setInt(s, 1);
                        initials.setInt(initialCount++, s);
                    }
                }
            }
        }

        private static void skip(RecordReader r, long count) {
            for (long i = 0; i < count; i++) {
                r.next();
            }
        }
    }
}
