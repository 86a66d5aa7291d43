package io.tlaplex.frontend.semantic;

/**
 * One instantiation on a {@link Ref}'s path. {@code prefixIndex} says which part of the
 * occurrence's {@code Expr.OpApp#prefix()} names it (its arguments bind the instance parameters),
 * or is -1 for an instantiation entered implicitly (an unnamed {@code INSTANCE}).
 */
public record InstanceStep(Instantiation instantiation, int prefixIndex) {
}
