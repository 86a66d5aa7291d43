package io.tlaplex.protocol;

import io.tlaplex.protocol.proto.ControlProtos;

/**
 * A refusal to take part: the coordinator refusing a {@link Join}, or a node refusing an
 * {@link Assign} it cannot follow (e.g. its spec hash differs). The refused node does not join.
 *
 * @param nodeId the node that is refused, or that refuses
 * @param reason why
 * @param detail one-line human-readable detail; may be empty
 */
public record Refuse(int nodeId, RefuseReason reason, String detail) implements ControlMessage {

    /** Checks the components. */
    public Refuse {
        Check.nodeId(nodeId, "nodeId");
        Check.present(reason, "reason");
        Check.text(detail, "detail");
    }

    ControlProtos.Refuse toProto() {
        return ControlProtos.Refuse.newBuilder()
                .setNodeId(nodeId)
                .setReason(reason.toProto())
                .setDetail(detail)
                .build();
    }

    static Refuse fromProto(ControlProtos.Refuse p) {
        return new Refuse(p.getNodeId(), RefuseReason.fromProto(p.getReason()), p.getDetail());
    }
}
