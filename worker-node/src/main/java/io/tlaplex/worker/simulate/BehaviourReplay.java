package io.tlaplex.worker.simulate;

import io.tlaplex.worker.explore.EncodableStateModel;
import io.tlaplex.worker.explore.ForwardingEncodableModel;
import io.tlaplex.worker.explore.TraceStep;
import java.util.ArrayList;
import java.util.List;
import org.agrona.collections.LongHashSet;

/**
 * Finished behaviours as a spec of their own, for checking them against the temporal properties: their first states
 * are the initial states, and a state's successors are the states that follow it in a behaviour (a state met twice
 * has the followers of both places). Fingerprints, encoding and the evaluation of properties stay the spec's. Used
 * on the simulating worker's thread.
 */
final class BehaviourReplay<S> extends ForwardingEncodableModel<S> {
    private final List<List<TraceStep<S>>> behaviours;
    private final long[][] fps;

    BehaviourReplay(EncodableStateModel<S> spec, List<List<TraceStep<S>>> behaviours) {
        super(spec);
        this.behaviours = behaviours;
        this.fps = new long[behaviours.size()][];
        for (int b = 0; b < fps.length; b++) {
            List<TraceStep<S>> behaviour = behaviours.get(b);
            fps[b] = new long[behaviour.size()];
            for (int i = 0; i < fps[b].length; i++) {
                fps[b][i] = spec.fingerprint(behaviour.get(i).state());
            }
        }
    }

    /** The behaviours' states, each once, in the order they first occur. */
    List<S> distinctStates() {
        LongHashSet seen = new LongHashSet();
        List<S> out = new ArrayList<>();
        for (int b = 0; b < fps.length; b++) {
            for (int i = 0; i < fps[b].length; i++) {
                if (seen.add(fps[b][i])) {
                    out.add(behaviours.get(b).get(i).state());
                }
            }
        }
        return out;
    }

    @Override
    public void initialStates(Sink<S> sink) {
        for (List<TraceStep<S>> behaviour : behaviours) {
            TraceStep<S> first = behaviour.get(0);
            sink.accept(first.state(), first.actionId());
        }
    }

    @Override
    public void successors(S state, Sink<S> sink) {
        long fp = fingerprint(state);
        for (int b = 0; b < fps.length; b++) {
            for (int i = 0; i + 1 < fps[b].length; i++) {
                if (fps[b][i] == fp) {
                    TraceStep<S> next = behaviours.get(b).get(i + 1);
                    sink.accept(next.state(), next.actionId());
                }
            }
        }
    }

    @Override
    public boolean satisfiesConstraints(S state) {
        return true;
    }

    @Override
    public boolean satisfiesActionConstraints(S from, S to) {
        return true;
    }

    @Override
    public int violatedInvariant(S state) {
        return -1;
    }

    @Override
    public int violatedInitialProperty(S state) {
        return -1;
    }

    @Override
    public int violatedActionProperty(S from, S to) {
        return -1;
    }

    @Override
    public boolean checkDeadlock() {
        return false;
    }
}
