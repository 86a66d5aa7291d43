package io.tlaplex.worker.explore;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Breadth-first search over distinct states, level by level, on the calling thread. Counts as TLC
 * counts: every generated state (duplicates included) is "generated"; a state is "distinct" when
 * it satisfies the constraints and its fingerprint is new. A failure yields a shortest trace,
 * rebuilt from parent fingerprints by re-running the actions.
 */
public final class Explorer<S> implements StateModel.Sink<S> {
    private static final int INITIAL_CAPACITY = 1 << 16;

    private final StateModel<S> model;
    private final ProgressListener progress;
    private final LongSupplier nanoClock;
    private final long progressIntervalNs;

    private final FingerprintMap seen = new FingerprintMap(INITIAL_CAPACITY);
    private final ArrayDeque<S> queue = new ArrayDeque<>();
    private final LongQueue queueFps = new LongQueue();

    private long generated;
    private int depth;
    private long nextProgressNs;

    // Set while expanding one state; read by accept().
    private S current;
    private long currentFp;
    private boolean currentHasSuccessor;
    private S badState;
    private long badParentFp;
    private int badAction;
    private int violatedInvariant = -1;
    private Outcome badOutcome;

    public Explorer(StateModel<S> model, ProgressListener progress, LongSupplier nanoClock, long progressIntervalNs) {
        this.model = model;
        this.progress = progress;
        this.nanoClock = nanoClock;
        this.progressIntervalNs = progressIntervalNs;
    }

    public ExplorationResult<S> run() {
        nextProgressNs = nanoClock.getAsLong() + progressIntervalNs;
        try {
            current = null;
            currentFp = FingerprintMap.NO_PARENT;
            model.initialStates(this);
            if (badState != null) {
                return violation();
            }
            progress.initialStatesDone(seen.size());
            depth = queue.isEmpty() ? 0 : 1;
            return explore();
        } catch (RuntimeException e) {
            return evaluationError(e);
        }
    }

    private ExplorationResult<S> explore() {
        int remainingInLevel = queue.size();
        int nextLevel = 0;
        while (!queue.isEmpty()) {
            S state = queue.poll();
            long fp = queueFps.poll();
            current = state;
            currentFp = fp;
            currentHasSuccessor = false;
            int before = queue.size();
            model.successors(state, this);
            if (badState != null) {
                return violation();
            }
            if (!currentHasSuccessor && model.checkDeadlock()) {
                return deadlock(fp);
            }
            nextLevel += queue.size() - before;
            if (--remainingInLevel == 0 && nextLevel > 0) {
                depth++;
                remainingInLevel = nextLevel;
                nextLevel = 0;
            }
            reportProgressIfDue();
        }
        return new ExplorationResult<>(Outcome.SUCCESS, generated, seen.size(), 0, depth, List.of(), -1, null);
    }

    /** Called by the model for every initial state (current == null) and every successor. */
    @Override
    public void accept(S state, int actionId) {
        generated++;
        currentHasSuccessor = true;
        if (badState != null) {
            return;
        }
        if (current != null && !model.satisfiesActionConstraints(current, state)) {
            return;
        }
        if (!model.satisfiesConstraints(state)) {
            return;
        }
        int property = current == null ? model.violatedInitialProperty(state)
                : model.violatedActionProperty(current, state);
        if (property >= 0) {
            fail(current == null ? Outcome.INITIAL_PROPERTY_VIOLATED : Outcome.ACTION_PROPERTY_VIOLATED, state,
                    actionId, property);
            return;
        }
        long fp = normalize(model.fingerprint(state));
        if (!seen.insert(fp, currentFp, actionId)) {
            return;
        }
        int invariant = model.violatedInvariant(state);
        if (invariant >= 0) {
            fail(Outcome.INVARIANT_VIOLATED, state, actionId, invariant);
            return;
        }
        queue.add(state);
        queueFps.add(fp);
    }

    private void fail(Outcome outcome, S state, int actionId, int index) {
        badOutcome = outcome;
        badState = state;
        badParentFp = currentFp;
        badAction = actionId;
        violatedInvariant = index;
    }

    private void reportProgressIfDue() {
        if ((generated & 0xFF) == 0) {
            long now = nanoClock.getAsLong();
            if (now - nextProgressNs >= 0) {
                nextProgressNs = now + progressIntervalNs;
                progress.progress(depth, generated, seen.size(), queue.size());
            }
        }
    }

    private ExplorationResult<S> violation() {
        List<TraceStep<S>> trace = traceTo(badParentFp);
        trace.add(new TraceStep<>(badState, badAction));
        return new ExplorationResult<>(badOutcome, generated, seen.size(), queue.size(),
                trace.size(), trace, violatedInvariant, null);
    }

    private ExplorationResult<S> deadlock(long fp) {
        List<TraceStep<S>> trace = traceTo(fp);
        return new ExplorationResult<>(Outcome.DEADLOCK, generated, seen.size(), queue.size(), depth, trace, -1,
                null);
    }

    private ExplorationResult<S> evaluationError(RuntimeException e) {
        List<TraceStep<S>> trace = current == null ? new ArrayList<>() : traceTo(currentFp);
        return new ExplorationResult<>(Outcome.EVALUATION_ERROR, generated, seen.size(), queue.size(), depth, trace,
                -1, e);
    }

    /** The shortest trace ending in the recorded state {@code fp}, rebuilt by re-running actions. */
    private List<TraceStep<S>> traceTo(long fp) {
        List<Long> fps = new ArrayList<>();
        for (long at = fp; at != FingerprintMap.NO_PARENT; at = seen.parentOf(at)) {
            fps.add(at);
        }
        Collections.reverse(fps);
        List<TraceStep<S>> trace = new ArrayList<>();
        StateFinder<S> finder = new StateFinder<>(model);
        S state = null;
        for (long at : fps) {
            state = finder.find(state, at, seen.actionOf(at));
            trace.add(new TraceStep<>(state, finder.foundAction()));
        }
        return trace;
    }

    static long normalize(long fp) {
        return fp == 0 ? 0x9E3779B97F4A7C15L : fp;
    }
}
