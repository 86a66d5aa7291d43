package io.tlaplex.frontend.semantic;

import io.tlaplex.frontend.diag.SourceSpan;

/**
 * A {@code VARIABLE} declaration. {@link #index()} is its slot in a state: the position among the
 * root module's variables (its own and those it extends) in declaration order, or -1 for a
 * variable of a module that is only instantiated (its occurrences are substituted).
 */
public final class VariableSymbol implements Symbol {
    private final String name;
    private final SourceSpan span;
    private final TlaModule module;
    private int index = -1;

    VariableSymbol(String name, SourceSpan span, TlaModule module) {
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

    /** The variable's slot in a state, or -1 if it is not a state variable of the root module. */
    public int index() {
        return index;
    }

    void setIndex(int index) {
        this.index = index;
    }

    @Override
    public String toString() {
        return name;
    }
}
