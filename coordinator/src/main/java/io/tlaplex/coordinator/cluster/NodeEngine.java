package io.tlaplex.coordinator.cluster;

import io.tlaplex.protocol.CheckpointFile;
import io.tlaplex.protocol.LevelStatus;
import io.tlaplex.protocol.TraceAnswer;
import io.tlaplex.worker.checkpoint.CheckpointException;
import java.util.List;

/**
 * A node's engine as its control logic drives it: a {@link io.tlaplex.worker.cluster.ClusterNode} in a node JVM, a
 * simulated one in the control-logic simulator. Called on the node's control thread; see ClusterNode for each
 * method's contract.
 */
public interface NodeEngine {

    /** Makes the states queued for {@code level} current. */
    void prepareLevel(int level);

    /** Opens {@code level}. */
    void startLevel(int level);

    /** This node's part of a termination wave (or of a progress report). */
    LevelStatus status(long runId, long wave);

    /** Writes this node's part of checkpoint {@code epoch}, taken before {@code level}; returns its files. */
    List<CheckpointFile> checkpoint(int epoch, int level) throws CheckpointException;

    /** Finishes the level looking only for stuck states. */
    void drain();

    /** Stops exploring for good and reports. */
    LevelStatus halt(long runId);

    /** The trace records on this node ending at {@code ref}, oldest first; only after {@link #halt}. */
    TraceAnswer trace(long runId, long ref);

    /** Stops the engine and removes its files. */
    void close();
}
