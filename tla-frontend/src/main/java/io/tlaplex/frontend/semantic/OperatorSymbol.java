package io.tlaplex.frontend.semantic;

import io.tlaplex.frontend.diag.SourceSpan;
import io.tlaplex.frontend.syntax.Expr;
import java.util.List;

/**
 * A user-defined operator {@code Op(p1, ..., pn) == body}, at module level or in a {@code LET}.
 * A {@code RECURSIVE} declaration creates the symbol before its definition; the body is filled in
 * when the definition is reached.
 */
public final class OperatorSymbol implements Symbol {
    private final String name;
    private final int arity;
    private final SourceSpan declaredAt;
    private final TlaModule module;
    private final boolean recursive;
    private final boolean inLet;
    private List<ParamSymbol> params = List.of();
    private Expr body;
    private SourceSpan span;
    private boolean local;

    OperatorSymbol(String name, int arity, SourceSpan span, TlaModule module, boolean recursive, boolean inLet) {
        this.name = name;
        this.arity = arity;
        this.declaredAt = span;
        this.span = span;
        this.module = module;
        this.recursive = recursive;
        this.inLet = inLet;
    }

    void define(List<ParamSymbol> params, Expr body, boolean local, SourceSpan span) {
        this.params = List.copyOf(params);
        this.body = body;
        this.local = local;
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

    /** The definition's place (for a RECURSIVE operator, the definition, not the declaration). */
    @Override
    public SourceSpan span() {
        return span;
    }

    SourceSpan declaredAt() {
        return declaredAt;
    }

    /** The module whose text holds the declaration or definition. */
    public TlaModule module() {
        return module;
    }

    /** The formal parameters in order. */
    public List<ParamSymbol> params() {
        return params;
    }

    /** The definition's body; null only for a RECURSIVE declaration that was never defined. */
    public Expr body() {
        return body;
    }

    /** True if declared {@code RECURSIVE}: the body may refer to the operator itself. */
    public boolean recursive() {
        return recursive;
    }

    /** True for {@code LOCAL} definitions (not exported by EXTENDS or INSTANCE). */
    public boolean local() {
        return local;
    }

    /** True for a definition inside {@code LET}; its body may refer to bound identifiers around it. */
    public boolean inLet() {
        return inLet;
    }

    @Override
    public String toString() {
        return name;
    }
}
