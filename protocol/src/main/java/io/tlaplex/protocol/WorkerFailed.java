package io.tlaplex.protocol;

import io.tlaplex.protocol.proto.ControlProtos;

/**
 * A node reports that it cannot go on. This replaces a {@code Throwable}, which never crosses a JVM:
 * the stack trace stays in the node's log and only a stable code and a one-line message travel.
 *
 * @param code    stable, machine-readable failure code (e.g. a diagnostic code or {@code "internal"})
 * @param message one-line human-readable summary
 * @param nodeId  the failing node
 */
public record WorkerFailed(String code, String message, int nodeId) implements ControlMessage {

    /** Checks the components. */
    public WorkerFailed {
        Check.nonEmpty(code, "code");
        Check.text(message, "message");
        Check.nodeId(nodeId, "nodeId");
    }

    ControlProtos.WorkerFailed toProto() {
        return ControlProtos.WorkerFailed.newBuilder().setCode(code).setMessage(message).setNodeId(nodeId).build();
    }

    static WorkerFailed fromProto(ControlProtos.WorkerFailed p) {
        return new WorkerFailed(p.getCode(), p.getMessage(), p.getNodeId());
    }
}
