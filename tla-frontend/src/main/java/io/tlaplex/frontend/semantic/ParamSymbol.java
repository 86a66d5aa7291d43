package io.tlaplex.frontend.semantic;

import io.tlaplex.frontend.diag.SourceSpan;

/**
 * A formal parameter of an operator definition, a named instance or a {@code LAMBDA}. A parameter
 * with arity above 0 ({@code F(_)}) is higher-order: its argument is an operator.
 */
public final class ParamSymbol implements Symbol {
    private final String name;
    private final int arity;
    private final int position;
    private final SourceSpan span;

    ParamSymbol(String name, int arity, int position, SourceSpan span) {
        this.name = name;
        this.arity = arity;
        this.position = position;
        this.span = span;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int arity() {
        return arity;
    }

    /** The 0-based position among the owner's parameters. */
    public int position() {
        return position;
    }

    @Override
    public SourceSpan span() {
        return span;
    }

    @Override
    public String toString() {
        return name;
    }
}
