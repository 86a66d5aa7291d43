package io.tlaplex.protocol;

import io.tlaplex.protocol.proto.ControlProtos;
import java.util.List;

/**
 * Node to coordinator: the trace records on this node ending at the queried position, oldest first. The trace
 * goes on at {@code continueAt} on the node that position names, or is complete when it is -1.
 *
 * @param runId      the run
 * @param nodeId     the answering node
 * @param steps      the records, oldest first
 * @param continueAt where the trace goes on, or -1
 */
public record TraceAnswer(long runId, int nodeId, List<TraceLink> steps, long continueAt) implements ControlMessage {

    /** Checks the components. */
    public TraceAnswer {
        Check.nodeId(nodeId, "nodeId");
        steps = List.copyOf(steps);
    }

    ControlProtos.TraceAnswer toProto() {
        ControlProtos.TraceAnswer.Builder b = ControlProtos.TraceAnswer.newBuilder().setRunId(runId)
                .setNodeId(nodeId).setContinueAt(continueAt);
        for (TraceLink step : steps) {
            b.addSteps(step.toProto());
        }
        return b.build();
    }

    static TraceAnswer fromProto(ControlProtos.TraceAnswer p) {
        return new TraceAnswer(p.getRunId(), p.getNodeId(), TraceLink.fromProtos(p.getStepsList()),
                p.getContinueAt());
    }
}
