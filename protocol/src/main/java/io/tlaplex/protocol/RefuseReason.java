package io.tlaplex.protocol;

import io.tlaplex.protocol.proto.ControlProtos;

/** Why a node or the coordinator refused to take part, as carried by {@link Refuse}. */
public enum RefuseReason {
    /** The node loaded a different spec text than the coordinator. */
    SPEC_HASH_MISMATCH(ControlProtos.RefuseReason.REFUSE_REASON_SPEC_HASH_MISMATCH),
    /** The node loaded a different model config than the coordinator. */
    CONFIG_HASH_MISMATCH(ControlProtos.RefuseReason.REFUSE_REASON_CONFIG_HASH_MISMATCH),
    /** The node's secret proof did not verify. */
    BAD_SECRET(ControlProtos.RefuseReason.REFUSE_REASON_BAD_SECRET),
    /** Another member already has this node id. */
    DUPLICATE_NODE_ID(ControlProtos.RefuseReason.REFUSE_REASON_DUPLICATE_NODE_ID),
    /** The run has started and takes no new members. */
    RUN_IN_PROGRESS(ControlProtos.RefuseReason.REFUSE_REASON_RUN_IN_PROGRESS),
    /** The two sides run incompatible versions of tlaplex. */
    INCOMPATIBLE_VERSION(ControlProtos.RefuseReason.REFUSE_REASON_INCOMPATIBLE_VERSION),
    /** Anything else; the detail says what. */
    OTHER(ControlProtos.RefuseReason.REFUSE_REASON_OTHER);

    private final ControlProtos.RefuseReason proto;

    RefuseReason(ControlProtos.RefuseReason proto) {
        this.proto = proto;
    }

    ControlProtos.RefuseReason toProto() {
        return proto;
    }

    static RefuseReason fromProto(ControlProtos.RefuseReason proto) {
        for (RefuseReason reason : values()) {
            if (reason.proto == proto) {
                return reason;
            }
        }
        throw new IllegalArgumentException("unknown refuse reason " + proto);
    }
}
