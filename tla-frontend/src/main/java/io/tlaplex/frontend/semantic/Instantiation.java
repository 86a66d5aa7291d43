package io.tlaplex.frontend.semantic;

import io.tlaplex.frontend.diag.SourceSpan;
import io.tlaplex.frontend.syntax.Expr;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One {@code INSTANCE M WITH ...}, named or not. For every constant and variable of M it holds
 * the expression that replaces it, resolved in the instantiating module: the {@code WITH}
 * expression, or for an implicit substitution a synthesized name occurrence of the same-named
 * symbol (its {@link Ref} is in the model like any other). An operator constant's substitute is
 * an operator argument: a name with no arguments, or a {@code LAMBDA}.
 */
public final class Instantiation {
    private final TlaModule module;
    private final TlaModule hostModule;
    private final SourceSpan span;
    private final boolean local;
    private final Map<Symbol, Expr> substitutions = new LinkedHashMap<>();
    private InstanceSymbol owner;

    Instantiation(TlaModule module, TlaModule hostModule, SourceSpan span, boolean local) {
        this.module = module;
        this.hostModule = hostModule;
        this.span = span;
        this.local = local;
    }

    void substitute(Symbol declared, Expr value) {
        substitutions.put(declared, value);
    }

    void setOwner(InstanceSymbol owner) {
        this.owner = owner;
    }

    /** The instantiated module. */
    public TlaModule module() {
        return module;
    }

    /** The module where the {@code INSTANCE} is written. */
    public TlaModule hostModule() {
        return hostModule;
    }

    /** The named instance this belongs to, or null for an unnamed {@code INSTANCE}. */
    public InstanceSymbol owner() {
        return owner;
    }

    /** Constant or variable symbol of the instantiated module, to its substitute, in declaration order. */
    public Map<Symbol, Expr> substitutions() {
        return Collections.unmodifiableMap(substitutions);
    }

    public SourceSpan span() {
        return span;
    }

    public boolean local() {
        return local;
    }

    @Override
    public String toString() {
        return (owner == null ? "" : owner.name() + " == ") + "INSTANCE " + module.name();
    }
}
