package io.tlaplex.protocol;

import io.tlaplex.protocol.proto.ControlProtos;

/**
 * First step of the checkpoint barrier: the coordinator asks every node to stop expanding at the
 * next batch boundary and flush its outgoing batches. Each node answers with {@link CheckpointFlushed}.
 *
 * @param runId id of the run
 * @param epoch the checkpoint epoch being taken
 */
public record CheckpointPause(long runId, int epoch) implements ControlMessage {

    /** Checks the epoch. */
    public CheckpointPause {
        Check.epoch(epoch);
    }

    ControlProtos.CheckpointPause toProto() {
        return ControlProtos.CheckpointPause.newBuilder().setRunId(runId).setEpoch(epoch).build();
    }

    static CheckpointPause fromProto(ControlProtos.CheckpointPause p) {
        return new CheckpointPause(p.getRunId(), p.getEpoch());
    }
}
