package io.tlaplex.protocol;

import io.tlaplex.protocol.proto.ControlProtos;

/**
 * The coordinator tells every node to begin, or resume after a checkpoint or recovery, exploring
 * in {@code epoch}. A node ignores a {@code Start} for an epoch other than its assigned one.
 *
 * @param runId id of the run
 * @param epoch epoch to explore in
 */
public record Start(long runId, int epoch) implements ControlMessage {

    /** Checks the epoch. */
    public Start {
        Check.epoch(epoch);
    }

    ControlProtos.Start toProto() {
        return ControlProtos.Start.newBuilder().setRunId(runId).setEpoch(epoch).build();
    }

    static Start fromProto(ControlProtos.Start p) {
        return new Start(p.getRunId(), p.getEpoch());
    }
}
