package io.tlaplex.coordinator.phase;

/**
 * The end of a check in the terms TLC users and the conformance runner use: the exit status (TLC's),
 * the counters, and the length of the counterexample when there is one.
 */
public record CheckSummary(int exitCode, long generated, long distinct, int depth, int traceLength) {

    /** The manifest's verdict word for this exit status. */
    public String verdict() {
        return switch (exitCode) {
            case 0 -> "success";
            case 10 -> "assumption";
            case 11 -> "deadlock";
            case 12 -> "safety";
            case 13 -> "liveness";
            default -> "error";
        };
    }
}
