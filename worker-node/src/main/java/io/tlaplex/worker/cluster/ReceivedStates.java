package io.tlaplex.worker.cluster;

import io.tlaplex.protocol.BatchEntryFlyweight;
import io.tlaplex.protocol.BatchEntryHandler;
import io.tlaplex.worker.explore.EncodableStateModel;
import io.tlaplex.worker.trace.TraceLog;
import io.tlaplex.worker.trace.TraceRef;

/**
 * The owner's side of the data plane, on the receiver agent's thread: deduplicates each state that arrived in the
 * node's shard before decoding it, and checks, records and queues the new ones (as objects, or still encoded as they
 * came once the outbox's objects are full) as a worker does for states it owns. The model, log, outbox and scratch bytes are the receiver's own.
 */
final class ReceivedStates<S> implements BatchEntryHandler {
    private final EncodableStateModel<S> model;
    private final TraceLog log;
    private final NodeContext ctx;
    private final Outbox outbox;
    private byte[] bytes = new byte[256];
    private volatile long distinct;

    ReceivedStates(EncodableStateModel<S> model, TraceLog log, NodeContext ctx) {
        this.model = model;
        this.log = log;
        this.ctx = ctx;
        this.outbox = ctx.frontier().outbox();
    }

    long distinct() {
        return distinct;
    }

    /** Flushes the receiver's trace log; only on the receiver's thread, or once it has stopped. */
    void flush() {
        log.flush();
    }

    @Override
    public void onEntry(int sourceNode, BatchEntryFlyweight entry) {
        NodeFailures failures = ctx.failures();
        if (failures.draining() || failures.stopRequested()) {
            return;
        }
        long fp = entry.fingerprint();
        long parentRef = entry.parentFingerprint();
        int level = failures.level();
        try {
            if (!ctx.seen().insert(fp)) {
                return;
            }
            distinct++;
            int length = entry.stateLength();
            if (bytes.length < length) {
                bytes = new byte[Math.max(length, bytes.length * 2)];
            }
            entry.buffer().getBytes(entry.stateOffset(), bytes, 0, length);
            S state = model.decode(bytes, 0, length);
            long ref = OwnedStates.admit(model, log, ctx, state, fp, parentRef, entry.actionId(), level);
            if (ref != TraceRef.NONE) {
                outbox.add(state, fp, ref, bytes, 0, length);
            }
        } catch (RuntimeException e) {
            ctx.reportError(e, parentRef, level);
        }
    }
}
