package io.tlaplex.protocol;

import io.tlaplex.protocol.proto.ControlProtos;

/**
 * The result of a whole run, carried by {@link Done}. The counterexample trace itself is rebuilt by
 * the coordinator from {@code violatingFingerprint} and is not part of the message.
 *
 * @param outcome              how the run ended
 * @param generated            states generated over all nodes
 * @param distinct             distinct states found over all nodes
 * @param violated             name of the violated invariant or property; empty when none
 * @param violatingFingerprint fingerprint of the violating state; 0 when none
 * @param message              human-readable detail; may be empty
 */
public record RunResult(RunOutcome outcome, long generated, long distinct, String violated,
                        long violatingFingerprint, String message) {

    /** Checks the components. */
    public RunResult {
        Check.present(outcome, "outcome");
        Check.count(generated, "generated");
        Check.count(distinct, "distinct");
        Check.text(violated, "violated");
        Check.text(message, "message");
    }

    ControlProtos.RunResult toProto() {
        return ControlProtos.RunResult.newBuilder()
                .setOutcome(outcome.toProto())
                .setGenerated(generated)
                .setDistinct(distinct)
                .setViolated(violated)
                .setViolatingFingerprint(violatingFingerprint)
                .setMessage(message)
                .build();
    }

    static RunResult fromProto(ControlProtos.RunResult p) {
        return new RunResult(RunOutcome.fromProto(p.getOutcome()), p.getGenerated(), p.getDistinct(),
                p.getViolated(), p.getViolatingFingerprint(), p.getMessage());
    }
}
