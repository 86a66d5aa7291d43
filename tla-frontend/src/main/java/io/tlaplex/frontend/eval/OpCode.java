package io.tlaplex.frontend.eval;

import io.tlaplex.frontend.diag.SourceSpan;

/**
 * A compiled operator body with its own frame: a module-level operator, a LET operator or a LAMBDA. The body is
 * set once compiled; a recursive operator's calls refer to its code before that. Immutable once compiled.
 */
final class OpCode {
    final String name;
    final SourceSpan span;
    final int arity;
    /** How each parameter is passed: true when callers evaluate the argument before the call. */
    final boolean[] eager;
    /** Parameters that are operators (closures in their slots). */
    final boolean[] operator;
    Node body;
    int frameSize;

    OpCode(String name, SourceSpan span, int arity) {
        this.name = name;
        this.span = span;
        this.arity = arity;
        this.eager = new boolean[arity];
        this.operator = new boolean[arity];
    }

    boolean compiled() {
        return body != null;
    }

    /** Evaluates the body with arguments already in their slots (slot i + 1 for parameter i). */
    io.tlaplex.frontend.value.Value run(Ctx c, Object[] frame) {
        return body.eval(c, frame);
    }
}
