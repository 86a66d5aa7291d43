package io.tlaplex.protocol;

import io.tlaplex.protocol.proto.ControlProtos;

/**
 * Coordinator to the node a trace position belongs to: send the trace records ending at {@code ref}.
 *
 * @param runId the run
 * @param ref   a trace position on the receiving node
 */
public record TraceQuery(long runId, long ref) implements ControlMessage {

    ControlProtos.TraceQuery toProto() {
        return ControlProtos.TraceQuery.newBuilder().setRunId(runId).setRef(ref).build();
    }

    static TraceQuery fromProto(ControlProtos.TraceQuery p) {
        return new TraceQuery(p.getRunId(), p.getRef());
    }
}
