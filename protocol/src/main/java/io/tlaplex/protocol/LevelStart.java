package io.tlaplex.protocol;

import io.tlaplex.protocol.proto.ControlProtos;

/**
 * Coordinator to nodes: expand level {@code level}; the states each node queued for it become current. Level 0
 * is the initial predicate, which node 0 evaluates.
 *
 * @param runId the run
 * @param level the level to expand, {@code >= 0}
 */
public record LevelStart(long runId, int level) implements ControlMessage {

    /** Checks the components. */
    public LevelStart {
        Check.count(level, "level");
    }

    ControlProtos.LevelStart toProto() {
        return ControlProtos.LevelStart.newBuilder().setRunId(runId).setLevel(level).build();
    }

    static LevelStart fromProto(ControlProtos.LevelStart p) {
        return new LevelStart(p.getRunId(), p.getLevel());
    }
}
