package io.tlaplex.protocol;

import io.tlaplex.protocol.proto.ControlProtos;

/**
 * Coordinator to nodes: level {@code level - 1} has ended on every node, with every state sent in it received;
 * make the states queued for {@code level} current and answer {@link LevelReady}. No node expands {@code level}
 * before every node is ready, so no state of a later level can reach a node that has not yet swapped its queues.
 *
 * @param runId the run
 * @param level the level to prepare, {@code >= 1}
 */
public record LevelPrepare(long runId, int level) implements ControlMessage {

    /** Checks the components. */
    public LevelPrepare {
        Check.positive(level, "level");
    }

    ControlProtos.LevelPrepare toProto() {
        return ControlProtos.LevelPrepare.newBuilder().setRunId(runId).setLevel(level).build();
    }

    static LevelPrepare fromProto(ControlProtos.LevelPrepare p) {
        return new LevelPrepare(p.getRunId(), p.getLevel());
    }
}
