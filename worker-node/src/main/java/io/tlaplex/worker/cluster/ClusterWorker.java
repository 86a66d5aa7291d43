package io.tlaplex.worker.cluster;

import io.tlaplex.frontend.value.MutableBuffer;
import io.tlaplex.protocol.FailureKind;
import io.tlaplex.worker.explore.EncodableStateModel;
import io.tlaplex.worker.explore.StateModel;
import io.tlaplex.worker.explore.TakenBatch;
import io.tlaplex.worker.queue.StateBatch;
import io.tlaplex.worker.trace.TraceLog;
import io.tlaplex.worker.trace.TraceRef;
import io.tlaplex.worker.transport.SenderProxy;
import java.util.concurrent.atomic.AtomicLongArray;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * One worker thread of a {@link ClusterNode}: per level, takes batches of the node's current states and expands
 * them. A successor this node owns is deduplicated in the node's shard, checked against the invariants, recorded
 * in this worker's trace log and queued for the next level; one owned elsewhere is encoded and handed to the
 * sender for its owner, which does all that on arrival. Counts as the single-JVM explorers count. Its model,
 * buffers, log and counters are its own.
 */
final class ClusterWorker<S> implements StateModel.Sink<S> {
    private static final int SLICE_STATES = 64;

    private final EncodableStateModel<S> model;
    private final boolean checkDeadlock;
    private final TraceLog log;
    private final NodeContext ctx;
    private final SenderProxy sender;
    private final DutyCycle duty;
    private final AtomicLongArray sentStates;
    private final SentCache sentCache;
    private final AtomicLongArray cutStates;
    private final Outbox outbox;
    private final TakenBatch taken = new TakenBatch();
    private final MutableBuffer encoded = new MutableBuffer(256);
    private final UnsafeBuffer wire = new UnsafeBuffer(new byte[0]);

    private S current;
    private long currentRef;
    private int level;
    private boolean hasSuccessor;
    private boolean reported;
    private boolean draining;
    private volatile long generated;
    private volatile long distinct;

    ClusterWorker(EncodableStateModel<S> model, TraceLog log, NodeContext ctx, SenderProxy sender, DutyCycle duty,
                  AtomicLongArray sentStates, int sentCacheSlots) {
        this.model = model;
        this.checkDeadlock = model.checkDeadlock();
        this.log = log;
        this.ctx = ctx;
        this.sender = sender;
        this.duty = duty;
        this.sentStates = sentStates;
        this.sentCache = new SentCache(sentCacheSlots);
        this.cutStates = new AtomicLongArray(sentStates.length());
        this.outbox = ctx.frontier().outbox();
    }

    /** States for {@code node} this worker did not send because it had sent their fingerprint lately. */
    long cut(int node) {
        return cutStates.get(node);
    }

    long generated() {
        return generated;
    }

    long distinct() {
        return distinct;
    }

    /** Evaluates the initial predicate (level 0, on one worker of node 0) and routes every initial state. */
    void generateInitialStates() {
        level = 0;
        current = null;
        currentRef = TraceRef.INITIAL;
        reported = false;
        try {
            model.initialStates(this);
        } catch (RuntimeException e) {
            ctx.reportError(e, TraceRef.INITIAL, 0);
        }
        log.flush();
    }

    /** Expands this worker's share of the current level, then flushes its trace log. */
    void expandLevel(int depth) {
        level = depth;
        NodeFailures failures = ctx.failures();
        while (!failures.stopRequested() && ctx.frontier().take(taken, SLICE_STATES) > 0) {
            for (int i = 0; i < taken.size() && !failures.stopRequested(); i++) {
                expand(state(i), taken.traceRef(i));
            }
            duty.tryRun();
        }
        taken.clear();
        log.flush();
    }

    @SuppressWarnings("unchecked")
    private S state(int i) {
        if (!taken.isEncoded()) {
            return (S) taken.state(i);
        }
        StateBatch bytes = taken.bytes();
        return model.decode(bytes.array(), bytes.payloadOffset(i), bytes.payloadLength(i));
    }

    private void expand(S state, long traceRef) {
        current = state;
        currentRef = traceRef;
        draining = ctx.failures().draining();
        hasSuccessor = false;
        reported = false;
        try {
            model.successors(current, this);
            if (!hasSuccessor && checkDeadlock) {
                ctx.report(NodeFailures.deadlock(level, currentRef));
            }
        } catch (RuntimeException e) {
            ctx.reportError(e, currentRef, level);
        }
        current = null;
    }

    /** Called by the model for every initial state (current == null) and every successor. */
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
        long fp = Fingerprints.normalize(model.fingerprint(state));
        int property = current == null ? model.violatedInitialProperty(state)
                : model.violatedActionProperty(current, state);
        if (property >= 0) {
            FailureKind kind = current == null ? FailureKind.INITIAL_PROPERTY : FailureKind.ACTION_PROPERTY;
            ctx.report(NodeFailures.violation(kind, level + 1, currentRef, fp, actionId, property));
            reported = true;
            return;
        }
        int owner = ctx.owners().owner(fp);
        if (owner == ctx.nodeId()) {
            if (ctx.seen().insert(fp)) {
                distinct++;
                long ref = OwnedStates.admit(model, log, ctx, state, fp, currentRef, actionId, level);
                if (ref == TraceRef.NONE) {
                    reported = true;
                } else {
                    outbox.add(model, state, fp, ref);
                }
            }
        } else if (sentCache.firstSend(fp)) {
            send(owner, state, fp, actionId);
        } else {
            cutStates.setRelease(owner, cutStates.getPlain(owner) + 1);
        }
    }

    /**
     * Hands the state to the sender; a full queue is back-pressure: ship and receive on this thread while waiting
     * for room, never drop.
     */
    private void send(int owner, S state, long fp, int actionId) {
        encoded.reset();
        model.encode(state, encoded);
        wire.wrap(encoded.array(), 0, encoded.length());
        while (!sender.offer(owner, fp, currentRef, actionId, wire, 0, encoded.length())) {
            if (ctx.failures().stopRequested()) {
                return;
            }
            if (duty.tryRun() <= 0) {
                Thread.yield();
            }
        }
        sentStates.incrementAndGet(owner);
    }
}
