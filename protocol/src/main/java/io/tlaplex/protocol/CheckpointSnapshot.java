package io.tlaplex.protocol;

import io.tlaplex.protocol.proto.ControlProtos;

/**
 * A level has ended on every node with every channel drained: each node writes its shard, its states queued for
 * {@code level}, its trace logs' ends and counters for {@code epoch}, fsyncs them and answers with
 * {@link CheckpointAck}.
 *
 * @param runId id of the run
 * @param epoch the checkpoint epoch being taken
 * @param level the level the run goes on with once the epoch is committed
 */
public record CheckpointSnapshot(long runId, int epoch, int level) implements ControlMessage {

    /** Checks the epoch and level. */
    public CheckpointSnapshot {
        Check.epoch(epoch);
        Check.count(level, "level");
    }

    ControlProtos.CheckpointSnapshot toProto() {
        return ControlProtos.CheckpointSnapshot.newBuilder().setRunId(runId).setEpoch(epoch).setLevel(level).build();
    }

    static CheckpointSnapshot fromProto(ControlProtos.CheckpointSnapshot p) {
        return new CheckpointSnapshot(p.getRunId(), p.getEpoch(), p.getLevel());
    }
}
