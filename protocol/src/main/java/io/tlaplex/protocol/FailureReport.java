package io.tlaplex.protocol;

import io.tlaplex.protocol.proto.ControlProtos;

/**
 * A failure one node found, with what the coordinator needs to pick the shortest and rebuild its trace.
 *
 * @param kind          what went wrong
 * @param length        length of the counterexample; failures are ranked by it
 * @param traceRef      trace position to walk back from: the violating state's parent for a violation, the stuck
 *                      or failing state itself otherwise; -1 when the trace is empty
 * @param fingerprint   fingerprint of the violating state (violations only, else 0)
 * @param actionId      action that produced the violating state (violations only, else -1)
 * @param violatedIndex index of the violated invariant or property (violations only, else -1)
 * @param message       for an evaluation error, the message as TLC prints it; else empty
 * @param exitCode      for an evaluation error, TLC's exit status; else 0
 */
public record FailureReport(FailureKind kind, int length, long traceRef, long fingerprint, int actionId,
                            int violatedIndex, String message, int exitCode) {

    /** Checks the components; see the class comment for their meaning. */
    public FailureReport {
        Check.present(kind, "kind");
        Check.count(length, "length");
        Check.text(message, "message");
    }

    ControlProtos.FailureReport toProto() {
        return ControlProtos.FailureReport.newBuilder()
                .setKind(kind.toProto())
                .setLength(length)
                .setTraceRef(traceRef)
                .setFingerprint(fingerprint)
                .setActionId(actionId)
                .setViolatedIndex(violatedIndex)
                .setMessage(message)
                .setExitCode(exitCode)
                .build();
    }

    static FailureReport fromProto(ControlProtos.FailureReport p) {
        return new FailureReport(FailureKind.fromProto(p.getKind()), p.getLength(), p.getTraceRef(),
                p.getFingerprint(), p.getActionId(), p.getViolatedIndex(), p.getMessage(), p.getExitCode());
    }
}
