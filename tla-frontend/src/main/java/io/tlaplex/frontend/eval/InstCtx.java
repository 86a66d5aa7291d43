package io.tlaplex.frontend.eval;

import io.tlaplex.frontend.semantic.Instantiation;
import io.tlaplex.frontend.semantic.VariableSymbol;
import java.util.Map;

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
    /**
     * Set when the code is inside ENABLED: {@code I!(ENABLED A)} quantifies over the next values of M's own
     * variables, so their primed occurrences read these slots of the next state under construction (numbered
     * after the root variables) instead of the primed substitutes. Null elsewhere.
     */
    final Map<VariableSymbol, Integer> enabledSlots;

    InstCtx(InstCtx parent, Instantiation inst, Scope params) {
        this(parent, inst, params, null);
    }

    InstCtx(InstCtx parent, Instantiation inst, Scope params, Map<VariableSymbol, Integer> enabledSlots) {
        this.parent = parent;
        this.inst = inst;
        this.params = params;
        this.enabledSlots = enabledSlots;
    }

    /** The next-state slot ENABLED quantifies {@code v} with in this context, or -1. */
    int enabledSlot(VariableSymbol v) {
        Integer slot = enabledSlots == null ? null : enabledSlots.get(v);
        return slot == null ? -1 : slot;
    }

    /** How many slots ENABLED quantifies over beyond the root variables in this context (0 outside ENABLED). */
    static int enabledWidth(InstCtx ic) {
        return ic == null || ic.enabledSlots == null ? 0 : ic.enabledSlots.size();
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
        return (parent == null ? "" : parent + "/") + inst + (enabledSlots == null ? "" : "(ENABLED)");
    }
}
