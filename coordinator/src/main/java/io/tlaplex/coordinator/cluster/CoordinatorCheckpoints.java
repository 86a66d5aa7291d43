package io.tlaplex.coordinator.cluster;

import io.tlaplex.protocol.CheckpointAck;
import io.tlaplex.protocol.ClusterCheckpoint;
import io.tlaplex.worker.checkpoint.CheckpointException;
import io.tlaplex.worker.trace.TracePath;
import java.nio.file.Path;
import java.util.List;

/**
 * The checkpoints of a cluster run as the coordinator's logic uses them: what the run resumes, when an epoch is
 * due, and beginning and committing one. {@link ClusterCheckpoints} keeps them in a folder; the control-logic
 * simulator keeps them in memory. Called on the coordinator's thread only.
 */
public interface CoordinatorCheckpoints {

    /** The folder the nodes are told to write into (in {@link #assignment()}), named in messages. */
    Path directory();

    /** What the run goes on from, or null for a fresh run. */
    ClusterCheckpoints.Resume resumed();

    /** The trace-node id of this run's node 0. */
    int traceNodeBase();

    /** What the nodes of this run are told in {@code Assign}. */
    ClusterCheckpoint assignment();

    /** Whether a checkpoint is due now. */
    boolean due();

    /** The epoch the next checkpoint commits, emptied of what an attempt that crashed before committing it left. */
    int beginEpoch() throws CheckpointException;

    /** Commits {@code epoch} once every node has acknowledged it with its files. */
    void commit(long runId, int epoch, int level, long generated, long distinct, int nodes, int workersPerNode,
                List<CheckpointAck> acks) throws CheckpointException;

    /** The trace records ending at {@code ref} in the logs of an earlier run, oldest first. */
    TracePath readTrace(long ref);
}
