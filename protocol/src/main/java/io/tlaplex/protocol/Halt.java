package io.tlaplex.protocol;

import io.tlaplex.protocol.proto.ControlProtos;

/**
 * Coordinator to nodes: stop exploring and flush the trace logs; each node answers with a halted
 * {@link LevelStatus} and then serves {@link TraceQuery} until {@link Done}.
 *
 * @param runId the run
 */
public record Halt(long runId) implements ControlMessage {

    ControlProtos.Halt toProto() {
        return ControlProtos.Halt.newBuilder().setRunId(runId).build();
    }

    static Halt fromProto(ControlProtos.Halt p) {
        return new Halt(p.getRunId());
    }
}
