package io.tlaplex.worker.explore;

import io.tlaplex.worker.checkpoint.CheckpointException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.function.LongSupplier;

/**
 * Where the workers of a run meet at the end of each level. The last to arrive runs {@link #endLevel()} while the
 * others wait: it ends the run when it is over or the next level is empty, otherwise swaps every worker's next
 * queue in as its current one. Nothing is added to a level while it is expanded, so a worker that finds every
 * current queue empty may arrive without waiting for the others to confirm it (docs/specs/LevelSyncExplorer.tla).
 * Progress goes out from here and from worker 0, never from two threads at once.
 */
final class LevelBarrier<S> {
    private final WorkerSlot[] slots;
    private final WorkerCounters[] counters;
    private final RunState<S> run;
    private final OwnershipAudit audit;
    private final ProgressListener progress;
    private final LongSupplier nanoClock;
    private final long progressIntervalNs;
    private final CyclicBarrier barrier;
    /** Written by the barrier action; the barrier orders it before every worker's read. */
    private boolean finished;
    /** Used by worker 0 during a level and by the barrier action; the barrier orders the two. */
    private long nextProgressNs;
    /** Writes checkpoints at level boundaries; null when the run takes none. Set before the workers start. */
    private LevelCheckpointer<S> checkpointer;
    /** Set when a checkpoint is due: workers stop at their next batch boundary and meet here before the level ends. */
    private volatile boolean pausing;

    LevelBarrier(WorkerSlot[] slots, WorkerCounters[] counters, RunState<S> run, OwnershipAudit audit,
            ProgressReporting reporting) {
        this.slots = slots;
        this.counters = counters;
        this.run = run;
        this.audit = audit;
        this.progress = reporting.listener();
        this.nanoClock = reporting.nanoClock();
        this.progressIntervalNs = reporting.intervalNs();
        this.nextProgressNs = nanoClock.getAsLong() + progressIntervalNs;
        this.barrier = new CyclicBarrier(slots.length, this::endLevel);
    }

    void checkpointWith(LevelCheckpointer<S> levelCheckpointer) {
        this.checkpointer = levelCheckpointer;
    }

    /** Whether workers should stop taking states so that a checkpoint can be written in the middle of a level. */
    boolean pausing() {
        return pausing;
    }

    /** Called by workers at batch boundaries: a due checkpoint (periodic, or asked for by a signal) pauses all. */
    void pauseIfCheckpointDue() {
        if (checkpointer != null && !pausing && checkpointer.due()) {
            pausing = true;
        }
    }

    /** How and how often progress is reported. */
    record ProgressReporting(ProgressListener listener, LongSupplier nanoClock, long intervalNs) {
    }

    /**
     * Waits for every worker to finish the level; true when there is a next level to expand. A broken barrier or
     * an interrupt ends the run for every worker.
     */
    boolean awaitNextLevel() {
        try {
            barrier.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            run.machineryFailed(e);
            return false;
        } catch (BrokenBarrierException e) {
            run.machineryFailed(e);
            return false;
        }
        return !finished;
    }

    /** Reports progress when the interval has passed; only worker 0 calls this during a level. */
    void reportProgressIfDue() {
        long now = nanoClock.getAsLong();
        if (now - nextProgressNs >= 0) {
            nextProgressNs = now + progressIntervalNs;
            progress.progress(run.level(), WorkerCounters.generated(counters), WorkerCounters.distinct(counters),
                    WorkerCounters.queued(counters));
        }
    }

    private long currentLeft() {
        long left = 0;
        for (WorkerSlot slot : slots) {
            left += slot.currentWhenIdle().size();
        }
        return left;
    }

    private void endLevel() {
        try {
            boolean over = run.isOver();
            boolean paused = pausing;
            pausing = false;
            if (paused && !over && currentLeft() > 0) {
                // Every worker stopped at a batch boundary: a consistent cut inside the level, which goes on after.
                checkpointer.write(run.level(), slots.length);
                return;
            }
            if (audit != null) {
                audit.checkLevel(run.level(), !over);
            }
            long nextLevelStates = 0;
            for (WorkerSlot slot : slots) {
                nextLevelStates += slot.next().size();
            }
            if (over || nextLevelStates == 0) {
                finished = true;
                return;
            }
            for (WorkerSlot slot : slots) {
                slot.swap();
            }
            run.startLevel(run.level() + 1);
            if (checkpointer != null && checkpointer.due()) {
                checkpointer.write(run.level(), slots.length);
            }
            reportProgressIfDue();
        } catch (CheckpointException e) {
            // The last committed epoch stays intact; the run stops rather than go on without the checkpoint asked for.
            run.machineryFailed(new UncheckedIOException(e.getMessage(), new IOException(e)));
            finished = true;
        } catch (RuntimeException | Error e) {
            // Thrown here, it would break the barrier and reach only this thread; recorded, it ends the run cleanly.
            run.machineryFailed(e);
            finished = true;
        }
    }
}
