package io.tlaplex.coordinator.conformance;

/**
 * What one check of a model gave, in the manifest's terms: the verdict word ({@code success},
 * {@code safety}, {@code deadlock}, {@code liveness}, {@code assumption}, {@code error}), the
 * counters, and the number of states in the counterexample (0 when there is none).
 */
public record RunResult(String verdict, long distinct, long generated, int depth, int traceLength, String detail) {
}
