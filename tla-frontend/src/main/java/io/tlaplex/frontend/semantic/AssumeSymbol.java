package io.tlaplex.frontend.semantic;

import io.tlaplex.frontend.diag.SourceSpan;
import io.tlaplex.frontend.syntax.Expr;

/** A named assumption {@code ASSUME Name == e}; a reference to {@code Name} denotes {@code e}. */
public final class AssumeSymbol implements Symbol {
    private final String name;
    private final Expr body;
    private final SourceSpan span;
    private final TlaModule module;

    AssumeSymbol(String name, Expr body, SourceSpan span, TlaModule module) {
        this.name = name;
        this.body = body;
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

    public Expr body() {
        return body;
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
