package io.tlaplex.frontend.semantic;

import io.tlaplex.frontend.syntax.Expr;
import java.util.Map;

/**
 * What the level computation knows at a point: the level (an {@link Integer}) or operator value
 * ({@link OpValue}) of each parameter, bound identifier and LET definition in scope, and the
 * substitutions in force for the constants and variables of the module being evaluated. Immutable
 * linked list; compared by identity.
 */
final class LevelEnv {

    /** The levels or operator values substituted for a module's constants and variables; empty outside instances. */
    record Instance(Map<Symbol, Object> values) {
        static final Instance NONE = new Instance(Map.of());
    }

    /** An operator passed as an argument, whose level depends on the arguments it is applied to. */
    sealed interface OpValue permits Declared, Definition, LetClosure, LambdaClosure {
    }

    /** An operator about which nothing is known but its arity: a parameter or unsubstituted constant. */
    enum Declared implements OpValue {
        INSTANCE
    }

    /** A module-level operator or a built-in, under the substitutions {@code instance}. */
    record Definition(Symbol symbol, Instance instance) implements OpValue {
    }

    /** A LET definition with the environment it was defined in (which includes itself and its siblings). */
    static final class LetClosure implements OpValue {
        final Symbol symbol;
        LevelEnv env;

        LetClosure(Symbol symbol) {
            this.symbol = symbol;
        }
    }

    /** A LAMBDA with the environment it was written in. */
    static final class LambdaClosure implements OpValue {
        final Expr.Lambda lambda;
        final LevelEnv env;

        LambdaClosure(Expr.Lambda lambda, LevelEnv env) {
            this.lambda = lambda;
            this.env = env;
        }
    }

    final Instance instance;
    private final Symbol symbol;
    private final Object value;
    private final LevelEnv next;

    private LevelEnv(Instance instance, Symbol symbol, Object value, LevelEnv next) {
        this.instance = instance;
        this.symbol = symbol;
        this.value = value;
        this.next = next;
    }

    /** An environment with no lexical bindings, under {@code instance}. */
    static LevelEnv root(Instance instance) {
        return new LevelEnv(instance, null, null, null);
    }

    LevelEnv bind(Symbol s, Object v) {
        return new LevelEnv(instance, s, v, this);
    }

    /** The level or operator value bound to {@code s}, or null. */
    Object lookup(Symbol s) {
        for (LevelEnv e = this; e != null; e = e.next) {
            if (e.symbol == s) {
                return e.value;
            }
        }
        return null;
    }
}
