package io.tlaplex.frontend.eval;

import io.tlaplex.frontend.syntax.Expr;

/**
 * Compiles an occurrence of a name bound in an enclosing scope: bound identifiers, parameters, LET definitions,
 * arguments of operators expanded in place. Part of {@link AppCompiler}.
 */
final class Locals {
    private Locals() {
    }

    static Node compile(Compiler cc, Expr.OpApp app, Scope.Found found, Env env) {
        int depth = found.depth();
        return switch (found.binding()) {
            case Binding.ValueSlot s -> new LeafNodes.Slot(app.span(), depth, s.index());
            case Binding.ThunkSlot s -> new LeafNodes.Param(app.span(), depth, s.index());
            case Binding.OpSlot s -> cc.opRefs.apply(new OpRef.Slot(depth, s.index(), s.arity()), app.args(), env,
                    app.span());
            case Binding.Alias a -> alias(cc, app, a, found, env);
            case Binding.OpAlias a -> cc.opRefs.apply(shifted(cc.opRefs.of(a.expr(), a.env(), a.arity()),
                    env.scope.depthTo(a.env().scope)), app.args(), env, app.span());
            case Binding.LetOp l -> cc.opRefs.apply(cc.opRefs.letOp(l, env), app.args(), env, app.span());
            case Binding.LetFn l -> new LeafNodes.Lazy(app.span(), depth, l.index(),
                    cc.exprs.functionDefinition(l.symbol(), l.env()));
        };
    }

    private static Node alias(Compiler cc, Expr.OpApp app, Binding.Alias a, Scope.Found found, Env env) {
        Env aliasEnv = a.env().withPrimed(a.env().primed || env.primed);
        int depth = env.scope.depthTo(a.env().scope);
        if (a.index() > 0 && aliasEnv.primed == a.env().primed) {
            return new LeafNodes.Lazy(app.span(), found.depth(), a.index(), cc.compile(a.expr(), a.env()));
        }
        return new LeafNodes.AtDepth(depth, cc.compile(a.expr(), aliasEnv));
    }

    /** {@code op} as seen from a frame {@code depth} links below the one it was compiled for. */
    static OpRef shifted(OpRef op, int depth) {
        return switch (op) {
            case OpRef.User u -> new OpRef.User(u.code(), Link.after(depth, u.link()), u.symbol());
            case OpRef.Slot s -> new OpRef.Slot(s.depth() + depth, s.index(), s.arity());
            default -> op;
        };
    }
}
