package io.tlaplex.frontend.eval;

import io.tlaplex.frontend.semantic.FunctionSymbol;
import io.tlaplex.frontend.semantic.OperatorSymbol;
import io.tlaplex.frontend.syntax.Expr;

/** What a bound identifier, parameter or LET definition compiles to; found through {@link Scope}. */
sealed interface Binding {

    /** A slot holding a value (bound identifiers, evaluated arguments, values fixed when splitting actions). */
    record ValueSlot(int index) implements Binding {
    }

    /** A parameter slot holding a value or a {@link Thunk}. */
    record ThunkSlot(int index) implements Binding {
    }

    /** An operator-valued parameter: the slot holds an {@link OpClosure}. */
    record OpSlot(int index, int arity) implements Binding {
    }

    /**
     * An expression standing for a name: an argument of an operator expanded in place, or a LET definition
     * without parameters. Read unprimed, it is computed once per entry of its scope and kept in {@code index}
     * (when {@code index} is positive); primed or in enumeration it is compiled in place from {@code expr}.
     */
    record Alias(Expr expr, Env env, int index) implements Binding {
    }

    /** An operator argument of an operator expanded in place: a name or LAMBDA compiled where applied. */
    record OpAlias(Expr expr, Env env, int arity) implements Binding {
    }

    /** A LET operator with parameters, called with a static link to the frame of {@code env}. */
    record LetOp(OperatorSymbol symbol, Env env, LetOpCode code) implements Binding {
    }

    /** A LET function definition {@code f[x \in S] == e}, computed once per entry of its LET into {@code index}. */
    record LetFn(FunctionSymbol symbol, Env env, int index) implements Binding {
    }
}
