package io.tlaplex.worker.cluster;

import io.tlaplex.protocol.FailureKind;
import io.tlaplex.protocol.FailureReport;
import io.tlaplex.worker.fpset.FingerprintSet;
import io.tlaplex.worker.transport.OwnerFunction;

/**
 * What the workers and the receiver of one node share: its id, the owner function, its fingerprint shard, its
 * levels, its failures, how errors are shown, and whom to tell.
 */
record NodeContext(int nodeId, OwnerFunction owners, FingerprintSet seen, NodeFrontier frontier,
                   NodeFailures failures, ErrorFormat errors, NodeListener listener) {

    /** Records a failure and tells the listener when it is the node's new shortest. */
    void report(FailureReport failure) {
        if (failures.report(failure)) {
            listener.onFailure(failure);
        }
    }

    /** Records an evaluation error, or a machinery failure when {@code error} is not the model's. */
    void reportError(RuntimeException error, long ref, int length) {
        String message = errors.message(error);
        if (message == null) {
            machineryFailed(error);
            return;
        }
        report(new FailureReport(FailureKind.EVALUATION_ERROR, length, ref,
                0, -1, -1, message, errors.exitCode(error)));
    }

    void machineryFailed(Throwable cause) {
        if (failures.machineryFailed(cause)) {
            listener.onMachineryFailure(cause);
        }
    }
}
