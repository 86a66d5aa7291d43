package io.tlaplex.protocol;

import io.tlaplex.protocol.proto.ControlProtos;

/** What kind of failure a node found while exploring; see {@link FailureReport}. */
public enum FailureKind {
    /** A new state violates an invariant. */
    INVARIANT(ControlProtos.FailureKind.FAILURE_KIND_INVARIANT),
    /** An initial state violates a property part checked on initial states. */
    INITIAL_PROPERTY(ControlProtos.FailureKind.FAILURE_KIND_INITIAL_PROPERTY),
    /** A step violates an action property. */
    ACTION_PROPERTY(ControlProtos.FailureKind.FAILURE_KIND_ACTION_PROPERTY),
    /** A reachable state has no successor. */
    DEADLOCK(ControlProtos.FailureKind.FAILURE_KIND_DEADLOCK),
    /** Evaluating the spec failed. */
    EVALUATION_ERROR(ControlProtos.FailureKind.FAILURE_KIND_EVALUATION_ERROR);

    private final ControlProtos.FailureKind proto;

    FailureKind(ControlProtos.FailureKind proto) {
        this.proto = proto;
    }

    ControlProtos.FailureKind toProto() {
        return proto;
    }

    static FailureKind fromProto(ControlProtos.FailureKind proto) {
        for (FailureKind kind : values()) {
            if (kind.proto == proto) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown failure kind " + proto);
    }
}
