package io.tlaplex.worker.explore;

import io.tlaplex.worker.trace.TracePath;
import io.tlaplex.worker.trace.TraceReader;
import io.tlaplex.worker.trace.TraceRecord;
import io.tlaplex.worker.trace.TraceRef;
import io.tlaplex.worker.trace.TraceStore;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a failure into its counterexample: walks the trace logs back from the failure's position to an initial
 * state and re-runs the spec along the way to find each state by fingerprint, so no state is ever stored. Runs on
 * the calling thread after the workers have stopped and flushed their logs.
 */
final class TraceRebuilder<S> {
    private final TraceStore store;
    private final StateModel<S> model;

    TraceRebuilder(TraceStore store, StateModel<S> model) {
        this.store = store;
        this.model = model;
    }

    List<TraceStep<S>> rebuild(Failure<S> failure) {
        List<TraceStep<S>> trace = statesUpTo(failure.traceRef());
        if (failure.state() != null) {
            trace.add(new TraceStep<>(failure.state(), failure.actionId()));
        }
        return trace;
    }

    private List<TraceStep<S>> statesUpTo(long ref) {
        List<TraceStep<S>> trace = new ArrayList<>();
        if (ref == TraceRef.INITIAL) {
            return trace;
        }
        TracePath path;
        try (TraceReader reader = store.openReader()) {
            path = reader.walkBack(ref);
        }
        if (!path.isComplete()) {
            throw new IllegalStateException("trace of " + TraceRef.toString(ref) + " leaves this node at "
                    + TraceRef.toString(path.continueAt()));
        }
        StateFinder<S> finder = new StateFinder<>(model);
        S state = null;
        for (TraceRecord step : path.steps()) {
            state = finder.find(state, step.fingerprint(), step.actionId());
            trace.add(new TraceStep<>(state, finder.foundAction()));
        }
        return trace;
    }
}
