package io.tlaplex.frontend.semantic;

import io.tlaplex.frontend.diag.SourceSpan;

/**
 * An identifier bound by {@code \A}, {@code \E}, {@code \AA}, {@code \EE}, {@code CHOOSE}, a set
 * filter or map, a function constructor or the bounds of a function definition. Always a value
 * (arity 0).
 */
public final class BoundSymbol implements Symbol {
    private final String name;
    private final SourceSpan span;

    BoundSymbol(String name, SourceSpan span) {
        this.name = name;
        this.span = span;
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

    @Override
    public String toString() {
        return name;
    }
}
