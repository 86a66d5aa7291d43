package io.tlaplex.frontend.semantic;

import io.tlaplex.frontend.diag.SourceSpan;
import java.util.List;

/**
 * A named instance {@code I(p1, ..., pn) == INSTANCE M WITH ...}. It is not an operator: it is
 * only used as the prefix of {@code I!Op} or {@code I(a)!Op}, where the prefix arguments are bound
 * to {@link #params()} while the substitutions of {@link #instantiation()} are evaluated.
 */
public final class InstanceSymbol implements Symbol {
    private final String name;
    private final List<ParamSymbol> params;
    private final Instantiation instantiation;
    private final boolean local;
    private final SourceSpan span;
    private final TlaModule module;

    InstanceSymbol(String name, List<ParamSymbol> params, Instantiation instantiation, boolean local,
            SourceSpan span, TlaModule module) {
        this.name = name;
        this.params = List.copyOf(params);
        this.instantiation = instantiation;
        this.local = local;
        this.span = span;
        this.module = module;
    }

    @Override
    public String name() {
        return name;
    }

    /** The number of prefix arguments {@code I(a, b)!Op} takes. */
    @Override
    public int arity() {
        return params.size();
    }

    @Override
    public SourceSpan span() {
        return span;
    }

    public List<ParamSymbol> params() {
        return params;
    }

    public Instantiation instantiation() {
        return instantiation;
    }

    public boolean local() {
        return local;
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
