package io.tlaplex.frontend.config;

import io.tlaplex.frontend.diag.SourceSpan;
import java.util.List;
import java.util.OptionalInt;

/**
 * The names of a resolved spec that a .cfg file may refer to, as {@link ConfigBinder} needs them.
 * Kept this narrow so the binder does not depend on the semantic model; an adapter over the
 * resolved root module implements it.
 */
public interface SpecNames {

    /** A CONSTANT declared in the root module or a module it extends; {@code arity} 0 for a plain constant. */
    record DeclaredConstant(String name, int arity, SourceSpan span) {
    }

    /** The constants of the root module (including those of modules it extends), in declaration order. */
    List<DeclaredConstant> constants();

    /**
     * The arity of the operator or function definition {@code name} as seen from the root module
     * (its own, or one it extends, including the standard modules); empty if there is none.
     * Functions ({@code f[x \in S] == ...}) have arity 0, as in TLC.
     */
    OptionalInt definitionArity(String name);

    /** Whether the root module declares (or extends) any VARIABLE. */
    boolean hasVariables();

    /** Whether a module of this name is part of the spec (the root, or extended or instantiated). */
    boolean hasModule(String module);

    /** The arity of the definition {@code name} of module {@code module}; empty if it has none. */
    OptionalInt definitionArity(String module, String name);
}
