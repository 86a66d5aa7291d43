package io.tlaplex.worker.cluster;

import io.tlaplex.protocol.FailureKind;
import io.tlaplex.worker.explore.StateModel;
import io.tlaplex.worker.trace.TraceLog;
import io.tlaplex.worker.trace.TraceRef;

/** The owner's steps for a state new to its shard, shared by the workers and the receiver: check, then record. */
final class OwnedStates {
    private OwnedStates() {
    }

    /**
     * Checks the invariants of {@code state}, new on this node at depth {@code level + 1}; when they hold, records
     * it in {@code log} and returns its trace position, for the caller to queue it for the next level. Returns
     * {@link TraceRef#NONE} when it violates one (reported).
     */
    static <S> long admit(StateModel<S> model, TraceLog log, NodeContext ctx, S state, long fp, long parentRef,
                          int actionId, int level) {
        int invariant = model.violatedInvariant(state);
        if (invariant >= 0) {
            ctx.report(NodeFailures.violation(FailureKind.INVARIANT, level + 1, parentRef, fp, actionId, invariant));
            return TraceRef.NONE;
        }
        return log.append(fp, parentRef, actionId);
    }
}
