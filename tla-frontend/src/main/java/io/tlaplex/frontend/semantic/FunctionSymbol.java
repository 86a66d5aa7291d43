package io.tlaplex.frontend.semantic;

import io.tlaplex.frontend.diag.SourceSpan;
import io.tlaplex.frontend.syntax.Expr;
import java.util.List;

/**
 * A function definition {@code f[x \in S, y \in T] == body}, at module level or in a {@code LET}.
 * It denotes a value (arity 0); the body may refer to {@code f} itself without a RECURSIVE
 * declaration. The bound identifiers are found with {@link SemanticModel#declaration}.
 */
public final class FunctionSymbol implements Symbol {
    private final String name;
    private final SourceSpan span;
    private final TlaModule module;
    private final boolean local;
    private final boolean inLet;
    private List<Expr.Bound> bounds = List.of();
    private Expr body;
    private boolean recursive;

    FunctionSymbol(String name, SourceSpan span, TlaModule module, boolean local, boolean inLet) {
        this.name = name;
        this.span = span;
        this.module = module;
        this.local = local;
        this.inLet = inLet;
    }

    void define(List<Expr.Bound> bounds, Expr body) {
        this.bounds = List.copyOf(bounds);
        this.body = body;
    }

    void markRecursive() {
        this.recursive = true;
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

    /** The bounds {@code x \in S} of the function's domain, as written. */
    public List<Expr.Bound> bounds() {
        return bounds;
    }

    public Expr body() {
        return body;
    }

    /** True if the body refers to the function itself. */
    public boolean recursive() {
        return recursive;
    }

    /** True for {@code LOCAL} definitions. */
    public boolean local() {
        return local;
    }

    /** True for a definition inside {@code LET}. */
    public boolean inLet() {
        return inLet;
    }

    @Override
    public String toString() {
        return name;
    }
}
