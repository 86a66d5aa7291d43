package io.tlaplex.protocol;

import io.tlaplex.protocol.proto.ControlProtos;

/**
 * Node to coordinator: the node has prepared {@code level} (see {@link LevelPrepare}) and waits for its
 * {@link LevelStart}.
 *
 * @param runId  the run
 * @param nodeId the node
 * @param level  the level it prepared, {@code >= 1}
 */
public record LevelReady(long runId, int nodeId, int level) implements ControlMessage {

    /** Checks the components. */
    public LevelReady {
        Check.nodeId(nodeId, "nodeId");
        Check.positive(level, "level");
    }

    ControlProtos.LevelReady toProto() {
        return ControlProtos.LevelReady.newBuilder().setRunId(runId).setNodeId(nodeId).setLevel(level).build();
    }

    static LevelReady fromProto(ControlProtos.LevelReady p) {
        return new LevelReady(p.getRunId(), p.getNodeId(), p.getLevel());
    }
}
