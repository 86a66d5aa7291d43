package io.tlaplex.worker.simulate;

import io.tlaplex.worker.explore.Outcome;
import io.tlaplex.worker.explore.TraceStep;
import java.util.ArrayList;
import java.util.List;
import org.agrona.collections.LongArrayList;

/**
 * One simulating worker's finished behaviours awaiting their temporal check, checked {@link #SIZE} at a time (a check
 * has a fixed cost) and one by one, in number order, only when the batch shows a violation, so that the behaviour
 * reported is the one a check per behaviour reports. Owned by the worker's thread.
 */
final class TemporalBatch<S> {
    static final int SIZE = 64;

    private final BehaviourModel<S> model;
    private final List<List<TraceStep<S>>> behaviours = new ArrayList<>();
    private final LongArrayList numbers = new LongArrayList();

    TemporalBatch(BehaviourModel<S> model) {
        this.model = model;
    }

    /** Adds behaviour {@code number}; once the batch is full, checks it: the first violation, else null. */
    Found<S> add(long number, List<TraceStep<S>> behaviour) {
        behaviours.add(behaviour);
        numbers.addLong(number);
        return behaviours.size() < SIZE ? null : check();
    }

    /** Checks the behaviours waiting and empties the batch: the first violating one, or null. */
    Found<S> check() {
        if (behaviours.isEmpty()) {
            return null;
        }
        try {
            return together() ? null : oneByOne();
        } finally {
            behaviours.clear();
            numbers.clear();
        }
    }

    /** True when the batch's graph has no violation (an evaluation error there is left to the one-by-one check). */
    private boolean together() {
        try {
            return model.temporalViolation(behaviours) == null;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private Found<S> oneByOne() {
        for (int k = 0; k < behaviours.size(); k++) {
            List<TraceStep<S>> behaviour = behaviours.get(k);
            try {
                TemporalViolation<S> violation = model.temporalViolation(List.of(behaviour));
                if (violation != null) {
                    return new Found<>(numbers.getLong(k), new Simulator.Failure<>(null, behaviour, -1, null,
                            violation));
                }
            } catch (RuntimeException e) {
                return new Found<>(numbers.getLong(k), new Simulator.Failure<>(Outcome.EVALUATION_ERROR, behaviour,
                        -1, e, null));
            }
        }
        return null;
    }

    /** The failure of behaviour {@code number}. */
    record Found<S>(long number, Simulator.Failure<S> failure) {
    }
}
