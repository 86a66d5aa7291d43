package io.tlaplex.coordinator.phase;

import io.tlaplex.frontend.eval.State;
import io.tlaplex.worker.explore.StateFinder;
import io.tlaplex.worker.explore.StateModel;
import io.tlaplex.worker.explore.TraceStep;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.agrona.collections.Long2LongHashMap;

/**
 * {@code -continue}: every distinct state's parent and action, and the invariant violations met, so that each can be
 * printed with a shortest-found trace once the search is over. Shared by the workers; its methods lock, which only
 * runs with {@code -continue} pay for.
 */
final class ViolationLog {
    static final long NO_PARENT = 0;
    private static final long MISSING = Long.MIN_VALUE;

    /** A violation: the state's fingerprint and the index of the invariant it violates. */
    record Violation(long fp, int invariant) {
    }

    private final Long2LongHashMap parents = new Long2LongHashMap(MISSING);
    private final Long2LongHashMap actions = new Long2LongHashMap(MISSING);
    private final List<Violation> found = new ArrayList<>();

    /** As the explorers keep fingerprints: never 0, which marks "no parent". */
    static long normalize(long fp) {
        return fp == 0 ? 0x9E3779B97F4A7C15L : fp;
    }

    synchronized void parent(long fp, long parentFp, int action) {
        if (parents.get(fp) == MISSING) {
            parents.put(fp, parentFp);
            actions.put(fp, action);
        }
    }

    synchronized void violation(long fp, int invariant) {
        found.add(new Violation(fp, invariant));
    }

    synchronized List<Violation> violations() {
        return List.copyOf(found);
    }

    /** The trace to the recorded state {@code fp}, rebuilt by re-running actions with {@code model}. */
    synchronized List<TraceStep<State>> traceTo(long fp, StateModel<State> model) {
        List<Long> fps = new ArrayList<>();
        for (long at = fp; at != NO_PARENT && at != MISSING; at = parents.get(at)) {
            fps.add(at);
        }
        Collections.reverse(fps);
        StateFinder<State> finder = new StateFinder<>(model);
        List<TraceStep<State>> trace = new ArrayList<>();
        State state = null;
        for (long at : fps) {
            state = finder.find(state, at, (int) actions.get(at));
            trace.add(new TraceStep<>(state, finder.foundAction()));
        }
        return trace;
    }
}
