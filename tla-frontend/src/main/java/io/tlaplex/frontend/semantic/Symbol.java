package io.tlaplex.frontend.semantic;

import io.tlaplex.frontend.diag.SourceSpan;

/**
 * Something a name can denote once resolved. Symbols compare by identity: two declarations with
 * the same name are different symbols, and a module instantiated twice still has one symbol per
 * declaration (the instance is carried by the {@link Ref} that reaches it).
 */
public sealed interface Symbol
        permits VariableSymbol, ConstantSymbol, OperatorSymbol, FunctionSymbol, ParamSymbol, BoundSymbol,
        Builtin, InstanceSymbol, AssumeSymbol, TheoremSymbol {

    /** The name as written (operator symbols in canonical spelling). */
    String name();

    /** The number of arguments the symbol takes when applied; 0 for values. */
    int arity();

    /** Where the symbol is declared; {@link SourceSpan#NONE} for built-ins. */
    SourceSpan span();
}
