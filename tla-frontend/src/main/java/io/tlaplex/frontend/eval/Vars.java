package io.tlaplex.frontend.eval;

import io.tlaplex.frontend.semantic.Builtin;
import io.tlaplex.frontend.semantic.ConstantSymbol;
import io.tlaplex.frontend.semantic.OperatorSymbol;
import io.tlaplex.frontend.semantic.Ref;
import io.tlaplex.frontend.semantic.Symbol;
import io.tlaplex.frontend.semantic.VariableSymbol;
import io.tlaplex.frontend.syntax.Expr;

/**
 * Finds the state variable an expression stands for, as TLC's {@code getVar} and {@code getPrimedVar} do:
 * through zero-argument definitions, arguments passed by name and instance substitutions. Compile time only.
 */
final class Vars {
    private Vars() {
    }

    /** An expression and the environment to read it in. */
    record Expansion(Expr expr, Env env) {
    }

    /**
     * The state variable {@code e} denotes, or -1; inside ENABLED, a variable it quantifies over is its
     * next-state slot (see {@link InstCtx#enabledSlots}), as what callers assign is always the next value.
     */
    static int var(Compiler cc, Expr e, Env env) {
        for (int guard = 0; guard < 64; guard++) {
            if (!(e instanceof Expr.OpApp a) || !a.args().isEmpty()) {
                return -1;
            }
            Ref ref = cc.model.resolve(a);
            Symbol t = ref.target();
            if (t instanceof VariableSymbol v) {
                InstCtx at = AppCompiler.substituting(v, env.ic);
                if (at == null) {
                    return v.index();
                }
                if (at.enabledSlot(v) >= 0) {
                    return at.enabledSlot(v);
                }
                e = at.inst.substitutions().get(v);
                env = new Env(env.scope, at.parent, env.primed);
                continue;
            }
            Expansion x = expandZeroArity(cc, e, env);
            if (x == null) {
                return -1;
            }
            e = x.expr();
            env = x.env();
        }
        return -1;
    }

    /** The state variable {@code e} assigns when primed ({@code x'}, or a name standing for it), or -1. */
    static int primedVar(Compiler cc, Expr e, Env env) {
        for (int guard = 0; guard < 64; guard++) {
            if (!(e instanceof Expr.OpApp a)) {
                return -1;
            }
            Ref ref = cc.model.resolve(a);
            if (ref.target() instanceof Builtin b && b.kind() == Builtin.Kind.PRIME) {
                return var(cc, a.args().get(0), env);
            }
            if (!a.args().isEmpty()) {
                return -1;
            }
            Expansion x = expandZeroArity(cc, e, env);
            if (x == null) {
                return -1;
            }
            e = x.expr();
            env = x.env();
        }
        return -1;
    }

    /**
     * What a name without arguments stands for when it is a zero-argument definition, a LET definition, an
     * argument passed by name or a substituted constant; null otherwise.
     */
    static Expansion expandZeroArity(Compiler cc, Expr e, Env env) {
        if (!(e instanceof Expr.OpApp a) || !a.args().isEmpty()) {
            return null;
        }
        Ref ref = cc.model.resolve(a);
        Symbol t = ref.target();
        if (ref.isDirect()) {
            Scope.Found local = env.scope.find(t);
            if (local != null) {
                return local.binding() instanceof Binding.Alias al ? new Expansion(al.expr(), al.env()) : null;
            }
        }
        if (t instanceof OperatorSymbol op && op.arity() == 0 && op.body() != null && !op.inLet()
                && AppCompiler.std(op) == null) {
            CfgOverride ov = cc.overrides.get(op);
            if (ov != null) {
                return null;
            }
            AppCompiler.Target tg = cc.apps.target(a, ref, env);
            Scope fs = InstCtx.frameScope(tg.ic());
            if (fs != null && env.scope.depthTo(fs) < 0) {
                return null;
            }
            return new Expansion(op.body(), new Env(env.scope.nested(), tg.ic(), env.primed));
        }
        if (t instanceof VariableSymbol v) {
            InstCtx at = AppCompiler.substituting(v, env.ic);
            return at == null ? null
                    : new Expansion(at.inst.substitutions().get(v), new Env(env.scope, at.parent, env.primed));
        }
        if (t instanceof ConstantSymbol c && c.arity() == 0) {
            InstCtx at = AppCompiler.substituting(c, env.ic);
            if (at != null) {
                return new Expansion(at.inst.substitutions().get(c), new Env(env.scope, at.parent, env.primed));
            }
            if (cc.overrides.get(c) instanceof CfgOverride.ToDef d && d.target().target() instanceof OperatorSymbol op
                    && op.arity() == 0 && op.body() != null && AppCompiler.std(op) == null
                    && !cc.overrides.containsKey(op)) {
                return new Expansion(op.body(), new Env(env.scope.nested(), null, env.primed));
            }
        }
        return null;
    }
}
