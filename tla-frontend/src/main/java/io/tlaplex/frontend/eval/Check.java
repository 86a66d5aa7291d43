package io.tlaplex.frontend.eval;

/** A compiled predicate or expression checked on states (an invariant, constraint, property, VIEW...). */
record Check(String name, Node node, int frameSize) {
}
