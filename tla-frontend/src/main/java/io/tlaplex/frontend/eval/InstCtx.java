package io.tlaplex.frontend.eval;

import io.tlaplex.frontend.semantic.Instantiation;

/**
 * The instantiations that code is compiled under: {@code inst} applied inside {@code parent}. A parameterised
 * instance {@code I(p) == INSTANCE M} binds its parameters in {@code params}, a scope with its own frame that the
 * frames of M's operators link to. Interned by the compiler, so identity is equality. Compile time only.
 */
final class InstCtx {
    final InstCtx parent;
    final Instantiation inst;
    /** The frame of the instance parameters, or null for an instance without parameters. */
    final Scope params;

    InstCtx(InstCtx parent, Instantiation inst, Scope params) {
        this.parent = parent;
        this.inst = inst;
        this.params = params;
    }

    /** The innermost scope with instance parameters at or above {@code ic}: the static link of M's frames. */
    static Scope frameScope(InstCtx ic) {
        for (InstCtx i = ic; i != null; i = i.parent) {
            if (i.params != null) {
                return i.params;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return (parent == null ? "" : parent + "/") + inst;
    }
}
