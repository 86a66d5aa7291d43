package io.tlaplex.worker.explore;

import io.tlaplex.frontend.value.MutableBuffer;
import io.tlaplex.worker.nativeio.ThreadPlacement;
import io.tlaplex.worker.queue.StateBatch;
import io.tlaplex.worker.trace.TraceLog;
import io.tlaplex.worker.trace.TraceRef;
import java.util.Arrays;

/**
 * One worker thread of a {@link ParallelExplorer}: per level, expands batches taken from its own current queue or
 * stolen from a peer's, deduplicates successors a batch at a time, records new states in its trace log and queues
 * them for the next level (as objects while its queue's lane has room, else encoded), then waits at the level
 * barrier. Its model, buffers, log and counters are its own.
 */
final class LevelWorker<S> implements Runnable, StateModel.Sink<S> {
    private static final int PENDING_CAPACITY = 256;
    private static final int OUT_FLUSH_STATES = 256;
    private static final int OUT_FLUSH_BYTES = 64 << 10;
    /** Initial states go to the slots' current queues round robin, this many to a slot at a time. */
    private static final int INITIAL_STATES_PER_SLOT = 256;

    private final int id;
    private final EncodableStateModel<S> model;
    private final boolean checkDeadlock;
    private final TraceLog log;
    private final WorkerCounters counters;
    private final WorkerContext<S> ctx;
    private final RunState<S> run;
    private final WorkerSlot own;
    private final OwnershipAudit.Recorder audit;

    private final TakenBatch in = new TakenBatch();
    /** Encoded states on their way to the own next queue, once its lane is full. */
    private final StateBatch out = new StateBatch(OUT_FLUSH_BYTES + (4 << 10));
    private final MutableBuffer encoded = new MutableBuffer(256);
    /** Admitted successors of the state being expanded, deduplicated together by one insertAll. */
    private final Object[] pendingStates = new Object[PENDING_CAPACITY];
    private final long[] pendingFps = new long[PENDING_CAPACITY];
    private final int[] pendingActions = new int[PENDING_CAPACITY];
    private final boolean[] pendingAdded = new boolean[PENDING_CAPACITY];
    private int pendingCount;

    /** The state being expanded; null while the initial states are generated. */
    private S current;
    private long currentFp;
    private long currentRef;
    private int level;
    private boolean hasSuccessor;
    private boolean draining;
    /** This worker found a failure among the current state's successors: ignore the rest of them. */
    private boolean reported;
    /** The slot whose current queue gets the next initial states, or -1 outside initial-state generation. */
    private int initTarget = -1;
    private int initQueued;
    /** Set when the fingerprint set, a queue or the trace log failed inside accept(), whatever the model did. */
    private RuntimeException machineryFailure;

    private long generated;
    private long distinct;
    private long enqueued;
    private long expanded;

    LevelWorker(int id, EncodableStateModel<S> model, TraceLog log, WorkerCounters counters, WorkerContext<S> ctx) {
        this.id = id;
        this.model = model;
        this.checkDeadlock = model.checkDeadlock();
        this.log = log;
        this.counters = counters;
        this.ctx = ctx;
        this.run = ctx.run();
        this.own = ctx.slots()[id];
        this.audit = ctx.audit() == null ? null : ctx.audit().recorder(id);
    }

    /**
     * Generates the initial states into the current queues of all slots, round robin; run on the calling thread
     * before any worker thread starts. Throws only when the machinery fails; evaluation failures go to the run.
     */
    void generateInitialStates() {
        level = 0;
        current = null;
        currentFp = 0;
        currentRef = TraceRef.INITIAL;
        initTarget = 0;
        initQueued = 0;
        try {
            model.initialStates(this);
            checkMachinery();
            flushPending();
            flushOut();
        } catch (RuntimeException e) {
            clearPending();
            if (machineryFailure != null) {
                throw machineryFailure;
            }
            run.report(Failure.error(e, TraceRef.INITIAL, 0));
        } finally {
            initTarget = -1;
            publishCounters();
        }
    }

    @Override
    public void run() {
        place();
        try {
            do {
                exploreLevel();
            } while (ctx.barrier().awaitNextLevel());
        } finally {
            try {
                log.flush();
            } catch (RuntimeException e) {
                run.machineryFailed(e);
            }
        }
    }

    /** Pins this thread when asked to; pinning only helps, so a refusal or a missing native library is ignored. */
    private void place() {
        ThreadPlacement placement = ctx.placement();
        if (placement != null) {
            try {
                placement.placeCurrentThread();
            } catch (RuntimeException | LinkageError e) {
                // Already reported once by NodeTopology.notice(); the worker runs unpinned.
            }
        }
    }

    /** Starts this worker's counts at those of the run being resumed, so that the totals carry on from there. */
    void inherit(long generatedBefore, long distinctBefore) {
        generated = generatedBefore;
        distinct = distinctBefore;
        publishCounters();
    }

    long generated() {
        return generated;
    }

    long distinct() {
        return distinct;
    }

    private void exploreLevel() {
        level = run.level();
        try {
            while (!run.stopRequested() && !ctx.barrier().pausing()) {
                int taken = take();
                if (taken == 0) {
                    break;
                }
                expandBatch(taken);
                publishCounters();
                ctx.barrier().pauseIfCheckpointDue();
                if (id == 0) {
                    ctx.barrier().reportProgressIfDue();
                }
            }
            flushOut();
        } catch (Throwable t) {
            run.machineryFailed(t);
        } finally {
            in.clear();
            publishCounters();
        }
    }

    /** A batch from the own queue, else a share of a peer's; 0 when every current queue is empty. */
    private int take() {
        WorkerSlot[] slots = ctx.slots();
        if (!own.exhausted()) {
            int taken = own.take(in, ctx.batchStates(), slots.length);
            if (taken > 0) {
                return taken;
            }
        }
        for (int i = 1; i < slots.length; i++) {
            WorkerSlot victim = slots[(id + i) % slots.length];
            if (!victim.exhausted()) {
                int taken = victim.take(in, ctx.batchStates(), 2);
                if (taken > 0) {
                    return taken;
                }
            }
        }
        return 0;
    }

    private void expandBatch(int count) {
        for (int i = 0; i < count && !run.stopRequested(); i++) {
            draining = run.draining();
            currentFp = in.fingerprint(i);
            currentRef = in.traceRef(i);
            if (audit != null && !draining) {
                audit.expanding(currentFp, in.depth(i), level);
            }
            try {
                expand(i);
            } catch (RuntimeException e) {
                clearPending();
                if (machineryFailure != null) {
                    throw machineryFailure;
                }
                run.report(Failure.error(e, currentRef, level));
                return;
            }
        }
    }

    private void expand(int index) {
        current = stateAt(index);
        expanded++;
        hasSuccessor = false;
        reported = false;
        model.successors(current, this);
        checkMachinery();
        flushPending();
        if (!hasSuccessor && checkDeadlock) {
            run.report(Failure.deadlock(currentRef, level));
        }
    }

    @SuppressWarnings("unchecked")
    private S stateAt(int index) {
        if (in.isEncoded()) {
            StateBatch bytes = in.bytes();
            return model.decode(bytes.array(), bytes.payloadOffset(index), bytes.payloadLength(index));
        }
        return (S) in.state(index);
    }

    /** Called by the model for every initial state (current == null) and every successor, as Explorer counts. */
    @Override
    public void accept(S state, int actionId) {
        generated++;
        hasSuccessor = true;
        if (draining || reported) {
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
            Outcome kind = current == null ? Outcome.INITIAL_PROPERTY_VIOLATED : Outcome.ACTION_PROPERTY_VIOLATED;
            run.report(Failure.violation(kind, state, currentRef, actionId, property, level + 1));
            reported = true;
            return;
        }
        long fp = Explorer.normalize(model.fingerprint(state));
        if (pendingCount == PENDING_CAPACITY) {
            flushPending();
            if (reported) {
                return;
            }
        }
        pendingStates[pendingCount] = state;
        pendingFps[pendingCount] = fp;
        pendingActions[pendingCount] = actionId;
        pendingCount++;
    }

    /** Deduplicates the pending successors; the new ones are checked against the invariants and queued. */
    private void flushPending() {
        int count = pendingCount;
        if (count == 0) {
            return;
        }
        pendingCount = 0;
        try {
            distinct += ctx.seen().insertAll(pendingFps, count, pendingAdded);
        } catch (RuntimeException e) {
            machineryFailure = e;
            throw e;
        }
        for (int i = 0; i < count; i++) {
            if (!pendingAdded[i]) {
                continue;
            }
            @SuppressWarnings("unchecked")
            S state = (S) pendingStates[i];
            int invariant = model.violatedInvariant(state);
            if (invariant >= 0) {
                run.report(Failure.violation(Outcome.INVARIANT_VIOLATED, state, currentRef, pendingActions[i],
                        invariant, level + 1));
                reported = true;
                break;
            }
            enqueue(state, pendingFps[i], pendingActions[i]);
        }
        Arrays.fill(pendingStates, 0, count, null);
    }

    /** Queues a new state as an object while the target queue has room in its lane, else encoded. */
    private void enqueue(S state, long fp, int actionId) {
        LevelQueue target = target();
        boolean asObject = target.hasRoom();
        int length = 0;
        if (!asObject) {
            // The model's code: a failure here is an evaluation error of this state, not the machinery's.
            encoded.reset();
            model.encode(state, encoded);
            length = encoded.length();
        }
        try {
            long ref = log.append(fp, currentRef, actionId);
            if (asObject) {
                target.add(state, fp, ref, level + 1);
            } else {
                int at = out.reserve(fp, currentFp, ref, actionId, level + 1, length);
                System.arraycopy(encoded.array(), 0, out.array(), at, length);
            }
            enqueued++;
            if (audit != null) {
                audit.enqueued(fp);
            }
            if (out.size() >= OUT_FLUSH_STATES || out.lengthBytes() >= OUT_FLUSH_BYTES) {
                flushOut();
            }
            if (initTarget >= 0 && ++initQueued == INITIAL_STATES_PER_SLOT) {
                flushOut();
                initQueued = 0;
                initTarget = (initTarget + 1) % ctx.slots().length;
            }
        } catch (RuntimeException e) {
            machineryFailure = e;
            throw e;
        }
    }

    /** The own next queue, or while generating initial states the current queue of the slot whose turn it is. */
    private LevelQueue target() {
        return initTarget < 0 ? own.next() : ctx.slots()[initTarget].currentWhenIdle();
    }

    /** Moves the encoded states built up in {@code out} to the queue they were built for. */
    private void flushOut() {
        if (out.size() == 0) {
            return;
        }
        try {
            target().append(out);
        } catch (RuntimeException e) {
            machineryFailure = e;
            throw e;
        }
        out.clear();
    }

    /** A model that catches exceptions may have swallowed the machinery's: it must still end the run. */
    private void checkMachinery() {
        if (machineryFailure != null) {
            throw machineryFailure;
        }
    }

    private void clearPending() {
        Arrays.fill(pendingStates, 0, PENDING_CAPACITY, null);
        pendingCount = 0;
    }

    private void publishCounters() {
        counters.publish(generated, distinct, enqueued, expanded);
    }
}
