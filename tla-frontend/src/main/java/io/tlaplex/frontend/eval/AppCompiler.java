package io.tlaplex.frontend.eval;

import io.tlaplex.frontend.eval.std.StandardLibrary;
import io.tlaplex.frontend.eval.std.StdOp;
import io.tlaplex.frontend.semantic.AssumeSymbol;
import io.tlaplex.frontend.semantic.Builtin;
import io.tlaplex.frontend.semantic.ConstantSymbol;
import io.tlaplex.frontend.semantic.FunctionSymbol;
import io.tlaplex.frontend.semantic.InstanceStep;
import io.tlaplex.frontend.semantic.InstanceSymbol;
import io.tlaplex.frontend.semantic.OperatorSymbol;
import io.tlaplex.frontend.semantic.Ref;
import io.tlaplex.frontend.semantic.Symbol;
import io.tlaplex.frontend.semantic.TlaModule;
import io.tlaplex.frontend.semantic.VariableSymbol;
import io.tlaplex.frontend.syntax.Expr;
import java.util.List;

/**
 * Compiles name occurrences ({@link Expr.OpApp}): bound identifiers and parameters, built-ins, user operators
 * (through instances, with their substitutions), constants and variables (substituted, or bound by the
 * configuration, or read from the state). Part of {@link Compiler}.
 */
final class AppCompiler {
    private final Compiler cc;

    AppCompiler(Compiler cc) {
        this.cc = cc;
    }

    /** Where a reference leads: the instance context of its target and the link to that context's frame. */
    record Target(InstCtx ic, Link link) {
    }

    Node compile(Expr.OpApp app, Env env) {
        Ref ref = cc.model.resolve(app);
        if (ref == null) {
            throw new IllegalStateException("unresolved name " + app.name() + " at " + app.span());
        }
        Symbol t = ref.target();
        if (ref.isDirect()) {
            Scope.Found local = env.scope.find(t);
            if (local != null) {
                return Locals.compile(cc, app, local, env);
            }
        }
        return switch (t) {
            case Builtin b -> cc.builtins.compile(b, app, env);
            case OperatorSymbol op -> operator(app, ref, op, env);
            case FunctionSymbol fn -> function(app, ref, fn, env);
            case ConstantSymbol c -> constant(app, c, env);
            case VariableSymbol v -> variable(app, v, env);
            case AssumeSymbol a -> cc.compile(a.body(), env);
            default -> new QuantNodes.Unsupported(app.span(), "In evaluation, the identifier " + t.name()
                    + " is either undefined or not an operator.");
        };
    }

    /** The instance context and frame link of the target of {@code ref}, seen from {@code env}. */
    Target target(Expr.OpApp app, Ref ref, Env env) {
        if (ref.isDirect()) {
            InstCtx ic = Compiler.relevant(env.ic, homeOf(ref.target()));
            return new Target(ic, Compiler.linkTo(InstCtx.frameScope(ic), env.scope));
        }
        InstCtx ic = env.ic;
        Link link = Compiler.linkTo(InstCtx.frameScope(ic), env.scope);
        for (InstanceStep step : ref.path()) {
            ic = cc.context(ic, step.instantiation());
            if (ic.params != null) {
                InstanceSymbol owner = step.instantiation().owner();
                List<Expr> args = app.prefix().get(step.prefixIndex()).args();
                Node[] nodes = new Node[owner.arity()];
                for (int i = 0; i < nodes.length; i++) {
                    nodes[i] = cc.compile(args.get(i), env);
                }
                link = new Link.InstFrame(link, nodes, ic.params.layout.size());
            }
        }
        return new Target(ic, link);
    }

    static TlaModule homeOf(Symbol s) {
        return switch (s) {
            case OperatorSymbol o -> o.module();
            case FunctionSymbol f -> f.module();
            case ConstantSymbol c -> c.module();
            case VariableSymbol v -> v.module();
            case AssumeSymbol a -> a.module();
            default -> null;
        };
    }

    private Node function(Expr.OpApp app, Ref ref, FunctionSymbol fn, Env env) {
        CfgOverride ov = cc.overrides.get(fn);
        if (ov != null) {
            return overridden(app, ov, env);
        }
        Target tg = target(app, ref, env);
        return cc.function(fn, tg.ic(), env.primed, tg.link(), app.span());
    }

    private Node operator(Expr.OpApp app, Ref ref, OperatorSymbol op, Env env) {
        CfgOverride ov = cc.overrides.get(op);
        if (ov != null) {
            return overridden(app, ov, env);
        }
        StdOp std = std(op);
        if (std != null) {
            return cc.opRefs.apply(cc.opRefs.std(op, std), app.args(), env, app.span());
        }
        Target tg = target(app, ref, env);
        if (op.arity() == 0) {
            return cc.zeroArity(op, tg.ic(), env.primed, tg.link(), app.span());
        }
        if (!env.primed && !op.recursive() && cc.params.anyPrimed(op) && reachable(tg, env)) {
            return Inliner.call(cc, op, tg.ic(), app.args(), env, app.span());
        }
        OpCode code = cc.opCode(op, tg.ic(), env.primed);
        return cc.opRefs.apply(new OpRef.User(code, tg.link(), op), app.args(), env, app.span());
    }

    /** Whether the frame of the target's instance is in reach of {@code env} (so its body can be expanded here). */
    private static boolean reachable(Target tg, Env env) {
        Scope fs = InstCtx.frameScope(tg.ic());
        return fs == null || env.scope.depthTo(fs) >= 0;
    }

    static StdOp std(OperatorSymbol op) {
        TlaModule m = op.module();
        return m != null && m.standard() ? StandardLibrary.lookup(m.name(), op.name()) : null;
    }

    /** A constant or definition replaced by the configuration, applied to the occurrence's arguments. */
    Node overridden(Expr.OpApp app, CfgOverride ov, Env env) {
        if (ov instanceof CfgOverride.ToValue v) {
            return new LeafNodes.Const(app.span(), v.value());
        }
        CfgOverride.ToDef d = (CfgOverride.ToDef) ov;
        OpRef target = cc.opRefs.ofRoot(d.target(), env, app.span());
        return cc.opRefs.apply(target, app.args(), env, app.span());
    }

    /**
     * The innermost instantiation around {@code env} that substitutes {@code decl}, or null when none does
     * (then {@code decl} belongs to the root module).
     */
    static InstCtx substituting(Symbol decl, InstCtx ic) {
        for (InstCtx i = ic; i != null; i = i.parent) {
            if (i.inst.substitutions().containsKey(decl)) {
                return i;
            }
        }
        return null;
    }

    private Node constant(Expr.OpApp app, ConstantSymbol c, Env env) {
        InstCtx at = substituting(c, env.ic);
        if (at != null) {
            Expr sub = at.inst.substitutions().get(c);
            Env subEnv = new Env(env.scope, at.parent, env.primed);
            if (c.arity() == 0) {
                return cc.compile(sub, subEnv);
            }
            OpRef op = cc.opRefs.of(sub, subEnv, c.arity());
            return cc.opRefs.apply(op, app.args(), env, app.span());
        }
        CfgOverride ov = cc.overrides.get(c);
        if (ov == null) {
            return new QuantNodes.Unsupported(app.span(),
                    "The constant parameter " + c.name() + " is not assigned a value by the configuration file.");
        }
        return overridden(app, ov, env);
    }

    private Node variable(Expr.OpApp app, VariableSymbol v, Env env) {
        InstCtx at = substituting(v, env.ic);
        if (at != null && env.primed && at.enabledSlot(v) >= 0) {
            return new LeafNodes.NextVar(app.span(), at.enabledSlot(v), v.name());
        }
        if (at != null) {
            return cc.compile(at.inst.substitutions().get(v), new Env(env.scope, at.parent, env.primed));
        }
        if (v.index() < 0) {
            return new QuantNodes.Unsupported(app.span(), "In evaluation, the identifier " + v.name()
                    + " is either undefined or not an operator.");
        }
        return env.primed ? new LeafNodes.NextVar(app.span(), v.index(), v.name())
                : new LeafNodes.Var(app.span(), v.index(), v.name());
    }
}
