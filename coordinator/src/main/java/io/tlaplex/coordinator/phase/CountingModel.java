package io.tlaplex.coordinator.phase;

import io.tlaplex.frontend.eval.State;
import io.tlaplex.frontend.eval.std.SimpleRuntime;
import io.tlaplex.worker.explore.EncodableStateModel;
import io.tlaplex.worker.explore.ForwardingEncodableModel;
import io.tlaplex.worker.explore.StateFinder;
import io.tlaplex.worker.explore.StateModel;

/**
 * One worker's model wrapped to count what TLCGet and {@code -coverage} report (states generated and distinct
 * states found per action), to tell the worker's runtime the level TLCGet("level") returns, and with
 * {@code -continue} to log invariant violations instead of stopping. A run without those flags (and without
 * TLCGet in its modules) does not wrap its models. Owned by the worker's thread.
 *
 * <p>The explorer calls {@link #violatedInvariant} exactly once for each new distinct state, from inside the
 * sink call that delivered it; that is what attributes a distinct state to the action that produced it.
 */
final class CountingModel extends ForwardingEncodableModel<State> implements StateModel.Sink<State> {
    private final WorkerTally tally;
    private final SimpleRuntime runtime;
    private final boolean trackLevels;
    private final ViolationLog violations;
    private StateModel.Sink<State> downstream;
    /** False while the explorer rebuilds a trace: those re-generated states are not counted again. */
    private boolean counting;
    private int lastAction;
    private long currentFp = ViolationLog.NO_PARENT;
    /** With {@code trackLevels} (one worker, FIFO order): the level being expanded and the queue's shape. */
    private int level;
    private long leftInLevel;
    private long nextLevel;

    /**
     * {@code runtime} receives the level (null: nobody reads it); {@code trackLevels} only when one explorer thread
     * expands states in FIFO order; {@code violations} is null without {@code -continue}.
     */
    CountingModel(EncodableStateModel<State> delegate, WorkerTally tally, SimpleRuntime runtime, boolean trackLevels,
            ViolationLog violations) {
        super(delegate);
        this.tally = tally;
        this.runtime = runtime;
        this.trackLevels = trackLevels;
        this.violations = violations;
    }

    @Override
    public void initialStates(StateModel.Sink<State> out) {
        downstream = out;
        counting = !(out instanceof StateFinder);
        currentFp = ViolationLog.NO_PARENT;
        setLevel(0);
        super.initialStates(this);
    }

    @Override
    public void successors(State state, StateModel.Sink<State> out) {
        downstream = out;
        counting = !(out instanceof StateFinder);
        if (!counting) {
            super.successors(state, this);
            return;
        }
        tally.countExpanded();
        if (trackLevels) {
            if (leftInLevel == 0) {
                level++;
                leftInLevel = nextLevel;
                nextLevel = 0;
            }
            leftInLevel--;
            setLevel(level);
        }
        if (violations != null) {
            currentFp = ViolationLog.normalize(fingerprint(state));
        }
        super.successors(state, this);
    }

    @Override
    public void accept(State state, int actionId) {
        lastAction = actionId;
        if (counting) {
            tally.countGenerated(actionId);
        }
        downstream.accept(state, actionId);
    }

    @Override
    public int violatedInvariant(State state) {
        tally.countDistinct(lastAction);
        nextLevel++;
        int childLevel = level + 1;
        tally.level(childLevel);
        if (runtime != null && trackLevels) {
            runtime.level(childLevel);
        }
        int violated = super.violatedInvariant(state);
        if (runtime != null && trackLevels) {
            runtime.level(level);
        }
        if (violations == null) {
            return violated;
        }
        long fp = ViolationLog.normalize(fingerprint(state));
        violations.parent(fp, currentFp, lastAction);
        if (violated >= 0) {
            violations.violation(fp, violated);
        }
        return -1;
    }

    private void setLevel(int value) {
        if (runtime != null && trackLevels) {
            runtime.level(value);
        }
    }
}
