package io.tlaplex.worker.explore;

import io.tlaplex.worker.checkpoint.CheckpointException;
import io.tlaplex.worker.fpset.FingerprintSet;
import io.tlaplex.worker.queue.StateQueue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.IntFunction;
import java.util.function.LongSupplier;

/**
 * Breadth-first search with N worker threads, level-synchronous so that its results do not depend on N: a complete
 * run finds the same distinct and generated counts and depth as {@link Explorer}, and a failure is always reported
 * with a shortest trace (see {@link RunState}). The protocol (levels, stealing, termination) is specified in
 * {@code docs/specs/LevelSyncExplorer.tla}. Queued states stay Java objects while the memory budget allows and are
 * encoded only beyond it (see {@link LevelQueue}). The calling thread sets up, generates the initial states, waits
 * for the workers and rebuilds the counterexample; everything a worker mutates is its own or guarded by a queue's
 * lock.
 */
public final class ParallelExplorer<S> {
    private final IntFunction<? extends EncodableStateModel<S>> models;
    private final FingerprintSet seen;
    private final ParallelExplorerConfig config;
    private final LevelBarrier.ProgressReporting reporting;
    private CheckpointSettings checkpoints;
    private StateCodec<S> checkpointCodec;
    private CheckpointAttachment attachment;
    private ResumePoint resume;
    /** Set once {@link #run()} has returned or thrown. */
    private volatile boolean ended;

    /**
     * @param models called once per worker id {@code 0..workers-1}, on the calling thread, for that worker's own
     *     model (its evaluation context); worker 0's also generates the initial states and rebuilds the trace
     * @param seen an empty fingerprint set; the caller closes it
     * @param progress called now and then from one worker thread at a time
     */
    public ParallelExplorer(IntFunction<? extends EncodableStateModel<S>> models, FingerprintSet seen,
            ParallelExplorerConfig config, ProgressListener progress, LongSupplier nanoClock, long progressIntervalNs) {
        this.models = models;
        this.seen = seen;
        this.config = config;
        this.reporting = new LevelBarrier.ProgressReporting(progress, nanoClock, progressIntervalNs);
    }

    /**
     * Writes checkpoints as {@code settings} says; before {@link #run()}. {@code writerCodec} encodes queued states
     * while the workers run: an instance no worker uses.
     */
    public ParallelExplorer<S> checkpointTo(CheckpointSettings settings, StateCodec<S> writerCodec) {
        return checkpointTo(settings, writerCodec, null);
    }

    /** As {@link #checkpointTo(CheckpointSettings, StateCodec)}, keeping {@code attachment}'s files too (or null). */
    public ParallelExplorer<S> checkpointTo(CheckpointSettings settings, StateCodec<S> writerCodec,
            CheckpointAttachment attachment) {
        this.checkpoints = settings;
        this.checkpointCodec = writerCodec;
        this.attachment = attachment;
        return this;
    }

    /**
     * Goes on from {@code point} instead of computing the initial states, with any number of workers; the
     * fingerprint set given to the constructor must be empty. Before {@link #run()}.
     */
    public ParallelExplorer<S> resumeFrom(ResumePoint point) {
        this.resume = point;
        return this;
    }

    /**
     * Asks for a checkpoint at the next batch boundary and waits until it is committed, the run ends or the time
     * is up; for a SIGTERM handler of an instance about to be preempted. May be called before {@link #run()} has
     * started. True when the checkpoint was committed.
     */
    public boolean checkpointNow(long timeoutNanos) throws InterruptedException {
        if (checkpoints == null) {
            return false;
        }
        checkpoints.requested().set(true);
        long deadline = System.nanoTime() + timeoutNanos;
        while (checkpoints.requested().get() && !ended && System.nanoTime() - deadline < 0) {
            Thread.sleep(10);
        }
        return !checkpoints.requested().get();
    }

    /**
     * Runs the search to its end; may be called once. A failing spec is a result, not an exception.
     *
     * @throws io.tlaplex.worker.fpset.FingerprintSetExhaustedException when the fingerprint set is full
     * @throws java.io.UncheckedIOException when a queue or trace log cannot be written or read
     * @throws IllegalStateException when the ownership audit of test mode finds a breach
     * @throws CancellationException when the calling thread is interrupted; the workers are stopped first
     */
    public ExplorationResult<S> run() {
        Path traceDir = checkpoints != null ? checkpoints.directory().resolve(ResumePoint.TRACE_DIR)
                : resume != null ? resume.traceDirectory() : null;
        if (resume != null) {
            ResumeLoader.cutTraceLogs(resume);
        }
        RunFiles files = RunFiles.create(config.workDir(), traceDir, resume == null ? 0 : resume.logLimit());
        Run execution = null;
        try (files) {
            execution = new Run(files);
            return execution.execute();
        } finally {
            ended = true;
            // Restored only now, after the files were closed: file channels refuse an interrupted thread.
            if (execution != null && execution.interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** One execution: the wiring of slots, workers and barrier, and what comes of them. */
    private final class Run {
        private final int workers = config.workers();
        private final WorkerSlot[] slots = new WorkerSlot[workers];
        private final WorkerCounters[] counters = new WorkerCounters[workers];
        private final List<LevelWorker<S>> team = new ArrayList<>();
        private final RunFiles files;
        private final EncodableStateModel<S> firstModel;
        private final RunState<S> run;
        private final OwnershipAudit audit;
        private LevelCheckpointer<S> checkpointer;
        private boolean interrupted;

        Run(RunFiles files) {
            this.files = files;
            for (int i = 0; i < workers; i++) {
                slots[i] = new WorkerSlot(openQueue("w" + i + "a"), openQueue("w" + i + "b"));
                counters[i] = new WorkerCounters();
            }
            this.firstModel = models.apply(0);
            this.run = new RunState<>(firstModel.checkDeadlock());
            this.audit = config.auditOwnership() ? new OwnershipAudit(seen, workers) : null;
            LevelBarrier<S> barrier = new LevelBarrier<>(slots, counters, run, audit, reporting);
            WorkerContext<S> ctx = new WorkerContext<>(seen, slots, run, barrier, audit, config.placement(),
                    config.batchStates());
            for (int i = 0; i < workers; i++) {
                EncodableStateModel<S> model = i == 0 ? firstModel : models.apply(i);
                team.add(new LevelWorker<>(i, model, files.openLog(i), counters[i], ctx));
            }
            if (checkpoints != null) {
                try {
                    checkpointer = new LevelCheckpointer<>(checkpoints, seen, slots, counters, files,
                            checkpointCodec, resume == null ? new long[0] : resume.logEnds(),
                            resume == null ? List.of() : resume.traceSegments(), reporting.listener(), attachment);
                    barrier.checkpointWith(checkpointer);
                } catch (CheckpointException e) {
                    throw new UncheckedIOException(e.getMessage(), new IOException(e));
                }
            }
        }

        private LevelQueue openQueue(String name) {
            StateQueue encoded = files.openQueue(name, config.encodedMemoryPerQueueBytes(),
                    config.effectiveSegmentBytes());
            return new LevelQueue(new StateLane(config.effectiveLaneStates()), encoded);
        }

        ExplorationResult<S> execute() {
            if (resume != null) {
                ResumeLoader.load(resume, seen, slots);
                team.get(0).inherit(resume.generated(), resume.distinct());
                run.startLevel(resume.level());
                runWorkers();
            } else {
                team.get(0).generateInitialStates();
                if (run.failure() == null) {
                    reporting.listener().initialStatesDone(distinct());
                }
                if (run.failure() == null && queued() > 0) {
                    if (audit != null) {
                        audit.startFirstLevel();
                    }
                    run.startLevel(1);
                    runWorkers();
                }
            }
            if (checkpointer != null) {
                try {
                    checkpointer.awaitWriter();
                } catch (CheckpointException e) {
                    run.machineryFailed(new UncheckedIOException(e.getMessage(), new IOException(e)));
                }
            }
            Throwable broken = run.machineryFailure();
            if (broken != null) {
                throw rethrowable(broken);
            }
            Failure<S> failure = run.failure();
            if (failure == null) {
                return new ExplorationResult<>(Outcome.SUCCESS, generated(), distinct(), 0, run.level(), List.of(),
                        -1, null);
            }
            List<TraceStep<S>> trace = new TraceRebuilder<>(files.traceStore(), firstModel).rebuild(failure);
            return new ExplorationResult<>(failure.outcome(), generated(), distinct(), queued(), failure.length(),
                    trace, failure.violatedIndex(), failure.error());
        }

        private void runWorkers() {
            List<Thread> threads = new ArrayList<>();
            try {
                for (int i = 0; i < workers; i++) {
                    threads.add(Thread.ofPlatform().name("tlaplex-explorer-" + i).start(team.get(i)));
                }
            } catch (RuntimeException | OutOfMemoryError e) {
                // The started workers would wait at the barrier for the missing ones: interrupting them breaks it.
                run.machineryFailed(e);
                threads.forEach(Thread::interrupt);
            }
            for (Thread thread : threads) {
                while (thread.isAlive()) {
                    try {
                        thread.join();
                    } catch (InterruptedException e) {
                        interrupted = true;
                        run.machineryFailed(new CancellationException("exploration interrupted"));
                    }
                }
            }
        }

        /** States left in the queues; only while no worker runs. */
        private long queued() {
            long sum = 0;
            for (WorkerSlot slot : slots) {
                sum += slot.currentWhenIdle().size() + slot.next().size();
            }
            return sum;
        }

        private long generated() {
            long sum = 0;
            for (LevelWorker<S> worker : team) {
                sum += worker.generated();
            }
            return sum;
        }

        private long distinct() {
            long sum = 0;
            for (LevelWorker<S> worker : team) {
                sum += worker.distinct();
            }
            return sum;
        }
    }

    private static RuntimeException rethrowable(Throwable failure) {
        if (failure instanceof RuntimeException e) {
            return e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        return new IllegalStateException("exploration failed: " + failure, failure);
    }
}
