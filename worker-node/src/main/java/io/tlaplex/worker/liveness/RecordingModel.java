package io.tlaplex.worker.liveness;

import io.tlaplex.worker.explore.EncodableStateModel;
import io.tlaplex.worker.explore.ForwardingEncodableModel;
import io.tlaplex.worker.explore.StateModel;
import java.util.Arrays;

/**
 * A model that records the behaviour graph while the explorer uses it: for each expanded state, its fingerprint,
 * the truth bits of the state predicates and of its stuttering step, and each successor that satisfies the action
 * and state constraints with the truth bits of that step. Everything else is passed through unchanged, so the
 * search counts as without it. One per exploring thread, writing its own file.
 */
final class RecordingModel<S> extends ForwardingEncodableModel<S> implements StateModel.Sink<S> {
    private final LiveLabeler<S> labeler;
    private final RecordWriter states;
    private final RecordWriter inits;
    private final int stateWords;
    private final int actionWords;
    private long[] edges = new long[1024];
    private int edgeCount;
    private final long[] head;
    private StateModel.Sink<S> sink;
    private S from;

    RecordingModel(EncodableStateModel<S> model, LiveLabeler<S> labeler, RecordWriter states, RecordWriter inits,
            int stateWords, int actionWords) {
        super(model);
        this.labeler = labeler;
        this.states = states;
        this.inits = inits;
        this.stateWords = stateWords;
        this.actionWords = actionWords;
        this.head = new long[stateWords + actionWords];
    }

    static long normalize(long fp) {
        return fp == 0 ? 0x9E3779B97F4A7C15L : fp;
    }

    @Override
    public void initialStates(StateModel.Sink<S> out) {
        sink = out;
        from = null;
        super.initialStates(this);
    }

    @Override
    public void successors(S state, StateModel.Sink<S> out) {
        sink = out;
        from = state;
        edgeCount = 0;
        long fp = normalize(fingerprint(state));
        labeler.labelState(state, head, 0);
        labeler.labelStep(state, state, head, stateWords);
        super.successors(state, this);
        states.putLong(fp);
        states.putLong(edgeCount);
        for (long w : head) {
            states.putLong(w);
        }
        int stride = 1 + actionWords;
        for (int i = 0; i < edgeCount * stride; i++) {
            states.putLong(edges[i]);
        }
        from = null;
    }

    @Override
    public void accept(S state, int actionId) {
        sink.accept(state, actionId);
        if (from == null) {
            if (inits != null && satisfiesConstraints(state)) {
                inits.putLong(normalize(fingerprint(state)));
            }
            return;
        }
        if (!satisfiesActionConstraints(from, state) || !satisfiesConstraints(state)) {
            return;
        }
        int stride = 1 + actionWords;
        if ((edgeCount + 1) * stride > edges.length) {
            edges = Arrays.copyOf(edges, edges.length * 2);
        }
        int at = edgeCount * stride;
        edges[at] = normalize(fingerprint(state));
        labeler.labelStep(from, state, edges, at + 1);
        edgeCount++;
    }
}
