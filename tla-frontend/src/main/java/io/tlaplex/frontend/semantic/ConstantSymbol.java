package io.tlaplex.frontend.semantic;

import io.tlaplex.frontend.diag.SourceSpan;

/** A {@code CONSTANT} declaration: {@code N} (arity 0) or an operator constant {@code F(_, _)}. */
public final class ConstantSymbol implements Symbol {
    private final String name;
    private final int arity;
    private final SourceSpan span;
    private final TlaModule module;

    ConstantSymbol(String name, int arity, SourceSpan span, TlaModule module) {
        this.name = name;
        this.arity = arity;
        this.span = span;
        this.module = module;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int arity() {
        return arity;
    }

    @Override
    public SourceSpan span() {
        return span;
    }

    /** The module whose text holds the declaration or definition. */
    public TlaModule module() {
        return module;
    }

    @Override
    public String toString() {
        return name;
    }
}
