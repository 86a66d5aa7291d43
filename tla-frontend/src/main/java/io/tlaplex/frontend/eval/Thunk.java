package io.tlaplex.frontend.eval;

import io.tlaplex.frontend.value.Value;

/**
 * An argument passed unevaluated, as TLA+'s call by name requires: the caller's expression and frame. The callee
 * forces it on first use and keeps the value in its parameter slot. Lives only during one call.
 */
final class Thunk {
    final Node node;
    final Object[] frame;

    Thunk(Node node, Object[] frame) {
        this.node = node;
        this.frame = frame;
    }

    Value force(Ctx c) {
        return node.eval(c, frame);
    }
}
