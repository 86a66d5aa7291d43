package io.tlaplex.frontend.semantic;

import io.tlaplex.frontend.diag.SourceSpan;

/**
 * A named theorem (or lemma, proposition, corollary). Its statement is not kept, as TLC ignores
 * theorems; the symbol exists so that references to the name resolve.
 */
public final class TheoremSymbol implements Symbol {
    private final String name;
    private final SourceSpan span;
    private final TlaModule module;

    TheoremSymbol(String name, SourceSpan span, TlaModule module) {
        this.name = name;
        this.span = span;
        this.module = module;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int arity() {
        return 0;
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
