package io.tlaplex.protocol;

import io.tlaplex.protocol.proto.ControlProtos;
import java.util.List;

/**
 * A node has written and fsynced its snapshot for {@code epoch}. Once every node has acknowledged,
 * the coordinator commits a {@link CheckpointManifest} listing all their files and resumes the run.
 *
 * @param runId  id of the run
 * @param epoch  the checkpoint epoch taken
 * @param nodeId the acknowledging node
 * @param files  every file the node wrote for this epoch
 */
public record CheckpointAck(long runId, int epoch, int nodeId, List<CheckpointFile> files) implements ControlMessage {

    /** Copies the file list and checks the components. */
    public CheckpointAck {
        Check.epoch(epoch);
        Check.nodeId(nodeId, "nodeId");
        files = List.copyOf(files);
    }

    ControlProtos.CheckpointAck toProto() {
        ControlProtos.CheckpointAck.Builder b = ControlProtos.CheckpointAck.newBuilder()
                .setRunId(runId)
                .setEpoch(epoch)
                .setNodeId(nodeId);
        for (CheckpointFile file : files) {
            b.addFiles(file.toProto());
        }
        return b.build();
    }

    static CheckpointAck fromProto(ControlProtos.CheckpointAck p) {
        return new CheckpointAck(p.getRunId(), p.getEpoch(), p.getNodeId(),
                p.getFilesList().stream().map(CheckpointFile::fromProto).toList());
    }
}
