package io.tlaplex.worker.cluster;

import io.tlaplex.protocol.FailureReport;

/** What a {@link ClusterNode} tells its control bridge; called from worker and receiver threads. */
public interface NodeListener {

    /** Every worker of the node has finished expanding {@code level}. */
    void onIdle(int level);

    /** The node found a failure shorter than any it found before. */
    void onFailure(FailureReport failure);

    /** The node's machinery failed (fingerprint set full, disk error, ...); the run cannot go on. */
    void onMachineryFailure(Throwable cause);
}
