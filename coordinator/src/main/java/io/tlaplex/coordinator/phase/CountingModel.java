package io.tlaplex.coordinator.phase;

import io.tlaplex.frontend.eval.State;
import io.tlaplex.frontend.eval.std.SimpleRuntime;
import io.tlaplex.worker.explore.EncodableStateModel;
import io.tlaplex.worker.explore.ForwardingEncodableModel;
import io.tlaplex.worker.explore.StateFinder;
import io.tlaplex.worker.explore.StateModel;
import java.util.Arrays;

/**
 * One worker's model wrapped to count what TLCGet and {@code -coverage} report (states generated and distinct
 * states found per action), to tell the worker's runtime the level TLCGet("level") returns, and with
 * {@code -continue} to log invariant violations instead of stopping. A run without those flags (and without
 * TLCGet in its modules) does not wrap its models. Owned by the worker's thread.
 *
 * <p>The explorer fingerprints each successor it keeps from inside the sink call that delivered it, then calls
 * {@link #violatedInvariant} exactly once for each new distinct state, in the same order but possibly later (the
 * parallel explorer deduplicates a batch at a time): the successors fingerprinted since the state being expanded,
 * with their actions, attribute each distinct state to the action that produced it.
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
    /** The successor being handed to the explorer, until it is fingerprinted. */
    private State handed;
    /** Successors the explorer kept, with their actions, in order; those before {@code keptHead} are done. */
    private State[] kept = new State[64];
    private int[] keptActions = new int[64];
    private int keptHead;
    private int keptCount;
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
        clearKept();
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
        clearKept();
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
            handed = state;
        }
        try {
            downstream.accept(state, actionId);
        } finally {
            handed = null;
        }
    }

    @Override
    public long fingerprint(State state) {
        if (state == handed) {
            handed = null;
            keep(state, lastAction);
        }
        return super.fingerprint(state);
    }

    @Override
    public int violatedInvariant(State state) {
        int action = actionOf(state);
        tally.countDistinct(action);
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
        violations.parent(fp, currentFp, action);
        if (violated >= 0) {
            violations.violation(fp, violated);
        }
        return -1;
    }

    private void keep(State state, int action) {
        if (keptCount == kept.length) {
            int live = keptCount - keptHead;
            if (live * 2 > kept.length) {
                kept = Arrays.copyOf(kept, kept.length * 2);
                keptActions = Arrays.copyOf(keptActions, keptActions.length * 2);
            }
            System.arraycopy(kept, keptHead, kept, 0, live);
            System.arraycopy(keptActions, keptHead, keptActions, 0, live);
            Arrays.fill(kept, live, keptCount, null);
            keptHead = 0;
            keptCount = live;
        }
        kept[keptCount] = state;
        keptActions[keptCount] = action;
        keptCount++;
    }

    /** The action that produced the new distinct {@code state}: the first kept successor that is this state. */
    private int actionOf(State state) {
        for (int i = keptHead; i < keptCount; i++) {
            if (kept[i] == state) {
                keptHead = i + 1;
                return keptActions[i];
            }
        }
        return lastAction;
    }

    private void clearKept() {
        Arrays.fill(kept, 0, keptCount, null);
        keptHead = 0;
        keptCount = 0;
    }

    private void setLevel(int value) {
        if (runtime != null && trackLevels) {
            runtime.level(value);
        }
    }
}
