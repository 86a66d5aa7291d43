package io.tlaplex.protocol;

import io.tlaplex.protocol.proto.ControlProtos;

/**
 * How a run ended, as carried by {@link RunResult}. Violations are outcomes, not errors; the CLI
 * maps each outcome to its documented exit status.
 */
public enum RunOutcome {
    /** Every reachable state was explored and no check failed. */
    SUCCESS(ControlProtos.Outcome.OUTCOME_SUCCESS),
    /** An invariant was false in a reachable state. */
    INVARIANT_VIOLATED(ControlProtos.Outcome.OUTCOME_INVARIANT_VIOLATED),
    /** A temporal property or action property was violated. */
    PROPERTY_VIOLATED(ControlProtos.Outcome.OUTCOME_PROPERTY_VIOLATED),
    /** A reachable state had no successor and deadlock checking was on. */
    DEADLOCK(ControlProtos.Outcome.OUTCOME_DEADLOCK),
    /** An ASSUME of the spec was false. */
    ASSUMPTION_FAILED(ControlProtos.Outcome.OUTCOME_ASSUMPTION_FAILED),
    /** Evaluating the spec failed (e.g. a type error in an expression). */
    EVALUATION_ERROR(ControlProtos.Outcome.OUTCOME_EVALUATION_ERROR),
    /** The run could not go on for a reason outside the spec (a node failed, disk full, ...). */
    FAILED(ControlProtos.Outcome.OUTCOME_FAILED),
    /** The user or an operator stopped the run. */
    CANCELLED(ControlProtos.Outcome.OUTCOME_CANCELLED);

    private final ControlProtos.Outcome proto;

    RunOutcome(ControlProtos.Outcome proto) {
        this.proto = proto;
    }

    ControlProtos.Outcome toProto() {
        return proto;
    }

    static RunOutcome fromProto(ControlProtos.Outcome proto) {
        for (RunOutcome outcome : values()) {
            if (outcome.proto == proto) {
                return outcome;
            }
        }
        throw new IllegalArgumentException("unknown outcome " + proto);
    }
}
