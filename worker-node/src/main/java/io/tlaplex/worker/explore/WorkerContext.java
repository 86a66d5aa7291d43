package io.tlaplex.worker.explore;

import io.tlaplex.worker.fpset.FingerprintSet;
import io.tlaplex.worker.nativeio.ThreadPlacement;

/**
 * What the workers of one run share: the fingerprint set, every worker's queues (to steal from), the run's flags
 * and failure, the level barrier, the audit of test mode (or null) and where to pin threads (or null).
 */
record WorkerContext<S>(FingerprintSet seen, WorkerSlot[] slots, RunState<S> run, LevelBarrier<S> barrier,
        OwnershipAudit audit, ThreadPlacement placement, int batchStates) {
}
