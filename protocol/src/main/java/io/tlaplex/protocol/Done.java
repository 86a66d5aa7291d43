package io.tlaplex.protocol;

import io.tlaplex.protocol.proto.ControlProtos;

/**
 * The coordinator ends the run: nodes stop exploring and release their resources; the CLI prints
 * the result and exits with the outcome's status.
 *
 * @param runId  id of the run
 * @param result how the run ended and the final counts
 */
public record Done(long runId, RunResult result) implements ControlMessage {

    /** Checks that a result is present. */
    public Done {
        Check.present(result, "result");
    }

    ControlProtos.Done toProto() {
        return ControlProtos.Done.newBuilder().setRunId(runId).setResult(result.toProto()).build();
    }

    static Done fromProto(ControlProtos.Done p) {
        if (!p.hasResult()) {
            throw new IllegalArgumentException("result missing");
        }
        return new Done(p.getRunId(), RunResult.fromProto(p.getResult()));
    }
}
