package io.tlaplex.frontend.eval.live;

/**
 * One fairness conjunct of the specification, {@code WF_v(A)} or ({@code strong}) {@code SF_v(A)}, as two compiled
 * predicates: the state predicate {@code ENABLED <<A>>_v} and the action predicate {@code <<A>>_v}.
 */
public record Fairness(boolean strong, int enabled, int taken, String text) {
}
