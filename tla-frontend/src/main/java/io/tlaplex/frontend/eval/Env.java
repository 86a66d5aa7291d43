package io.tlaplex.frontend.eval;

/**
 * Where an expression is compiled: its names and frame ({@code scope}), the instantiations it sits under
 * ({@code ic}), whether it is primed (variables then read the next state), and the slot of EXCEPT's {@code @}.
 * Immutable; compile time only.
 */
final class Env {
    final Scope scope;
    final InstCtx ic;
    final boolean primed;
    final Scope atScope;
    final int atIndex;

    Env(Scope scope, InstCtx ic, boolean primed) {
        this(scope, ic, primed, null, 0);
    }

    private Env(Scope scope, InstCtx ic, boolean primed, Scope atScope, int atIndex) {
        this.scope = scope;
        this.ic = ic;
        this.primed = primed;
        this.atScope = atScope;
        this.atIndex = atIndex;
    }

    Env withScope(Scope s) {
        return new Env(s, ic, primed, atScope, atIndex);
    }

    Env withPrimed(boolean p) {
        return p == primed ? this : new Env(scope, ic, p, atScope, atIndex);
    }

    Env withIc(InstCtx i) {
        return i == ic ? this : new Env(scope, i, primed, atScope, atIndex);
    }

    Env withAt(Scope owner, int index) {
        return new Env(scope, ic, primed, owner, index);
    }

    /** The same place with a new nested scope in the same frame. */
    Env nested() {
        return withScope(scope.nested());
    }
}
