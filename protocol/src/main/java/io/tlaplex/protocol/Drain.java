package io.tlaplex.protocol;

import io.tlaplex.protocol.proto.ControlProtos;

/**
 * Coordinator to nodes: a violation one step longer than the current level is known; finish the level looking
 * only for stuck states (which would give a shorter trace), then stop.
 *
 * @param runId the run
 */
public record Drain(long runId) implements ControlMessage {

    ControlProtos.Drain toProto() {
        return ControlProtos.Drain.newBuilder().setRunId(runId).build();
    }

    static Drain fromProto(ControlProtos.Drain p) {
        return new Drain(p.getRunId());
    }
}
