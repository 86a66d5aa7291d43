package io.tlaplex.protocol;

import io.tlaplex.protocol.proto.ControlProtos;

/**
 * Every channel is drained: each node writes its shard, queue, trace-store offset and counters for
 * {@code epoch}, fsyncs them and answers with {@link CheckpointAck}.
 *
 * @param runId id of the run
 * @param epoch the checkpoint epoch being taken
 */
public record CheckpointSnapshot(long runId, int epoch) implements ControlMessage {

    /** Checks the epoch. */
    public CheckpointSnapshot {
        Check.epoch(epoch);
    }

    ControlProtos.CheckpointSnapshot toProto() {
        return ControlProtos.CheckpointSnapshot.newBuilder().setRunId(runId).setEpoch(epoch).build();
    }

    static CheckpointSnapshot fromProto(ControlProtos.CheckpointSnapshot p) {
        return new CheckpointSnapshot(p.getRunId(), p.getEpoch());
    }
}
