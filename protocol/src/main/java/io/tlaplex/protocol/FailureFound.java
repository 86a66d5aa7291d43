package io.tlaplex.protocol;

import io.tlaplex.protocol.proto.ControlProtos;

/**
 * Node to coordinator, at once: the node found a failure, so every node can stop (or drain the level).
 *
 * @param runId   the run
 * @param nodeId  the node that found it
 * @param failure what it found
 */
public record FailureFound(long runId, int nodeId, FailureReport failure) implements ControlMessage {

    /** Checks the components. */
    public FailureFound {
        Check.nodeId(nodeId, "nodeId");
        Check.present(failure, "failure");
    }

    ControlProtos.FailureFound toProto() {
        return ControlProtos.FailureFound.newBuilder().setRunId(runId).setNodeId(nodeId)
                .setFailure(failure.toProto()).build();
    }

    static FailureFound fromProto(ControlProtos.FailureFound p) {
        if (!p.hasFailure()) {
            throw new IllegalArgumentException("failure missing");
        }
        return new FailureFound(p.getRunId(), p.getNodeId(), FailureReport.fromProto(p.getFailure()));
    }
}
