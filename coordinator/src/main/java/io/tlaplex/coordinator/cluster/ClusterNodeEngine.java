package io.tlaplex.coordinator.cluster;

import io.tlaplex.protocol.CheckpointFile;
import io.tlaplex.protocol.LevelStatus;
import io.tlaplex.protocol.TraceAnswer;
import io.tlaplex.worker.checkpoint.CheckpointException;
import io.tlaplex.worker.cluster.ClusterNode;
import java.util.List;

/** A node JVM's {@link ClusterNode} as its control logic drives it; called on the control actor's thread. */
record ClusterNodeEngine(ClusterNode<?> node) implements NodeEngine {

    @Override
    public void prepareLevel(int level) {
        node.prepareLevel(level);
    }

    @Override
    public void startLevel(int level) {
        node.startLevel(level);
    }

    @Override
    public LevelStatus status(long runId, long wave) {
        return node.status(runId, wave);
    }

    @Override
    public List<CheckpointFile> checkpoint(int epoch, int level) throws CheckpointException {
        return node.checkpoint(epoch, level);
    }

    @Override
    public void drain() {
        node.drain();
    }

    @Override
    public LevelStatus halt(long runId) {
        return node.halt(runId);
    }

    @Override
    public TraceAnswer trace(long runId, long ref) {
        return node.trace(runId, ref);
    }

    @Override
    public void close() {
        node.close();
    }
}
