package io.tlaplex.frontend.eval;

import io.tlaplex.frontend.diag.SourceSpan;
import io.tlaplex.frontend.eval.std.StandardLibrary;
import io.tlaplex.frontend.eval.std.StdOp;
import io.tlaplex.frontend.semantic.Builtin;
import io.tlaplex.frontend.semantic.ConstantSymbol;
import io.tlaplex.frontend.semantic.OperatorSymbol;
import io.tlaplex.frontend.semantic.ParamSymbol;
import io.tlaplex.frontend.semantic.Ref;
import io.tlaplex.frontend.semantic.Symbol;
import io.tlaplex.frontend.syntax.Expr;
import io.tlaplex.frontend.syntax.Ident;
import java.util.List;

/**
 * Operators as things to apply or pass on: names of operators, operator parameters, LAMBDAs, built-ins, and the
 * calls and closures made of them. Part of {@link Compiler}.
 */
final class OpRefs {
    private final Compiler cc;

    OpRefs(Compiler cc) {
        this.cc = cc;
    }

    OpRef std(OperatorSymbol op, StdOp std) {
        int deps = StandardLibrary.isPure(op.module().name(), op.name()) ? 0
                : op.name().startsWith("TLC") ? Node.DEP_REGISTER | Node.DEP_IMPURE : Node.DEP_IMPURE;
        return new OpRef.Std(op.name(), std, op, deps);
    }

    /** The operator an argument expression denotes: a name (without arguments) or a LAMBDA, seen from {@code env}. */
    OpRef of(Expr expr, Env env, int arity) {
        if (expr instanceof Expr.Lambda lambda) {
            return lambda(lambda, env);
        }
        if (!(expr instanceof Expr.OpApp app) || !app.args().isEmpty()) {
            throw new IllegalStateException("not an operator argument at " + expr.span());
        }
        Ref ref = cc.model.resolve(app);
        Symbol t = ref.target();
        if (ref.isDirect()) {
            Scope.Found local = env.scope.find(t);
            if (local != null) {
                return local(local, env, app.span());
            }
        }
        return switch (t) {
            case OperatorSymbol op -> named(app, ref, op, env);
            case ConstantSymbol c -> constant(app, c, env);
            case Builtin b -> throw new IllegalStateException("the built-in operator " + b.name()
                    + " cannot be passed as an argument");
            default -> throw new IllegalStateException("not an operator: " + t.name());
        };
    }

    private OpRef local(Scope.Found found, Env env, SourceSpan span) {
        return switch (found.binding()) {
            case Binding.OpSlot s -> new OpRef.Slot(found.depth(), s.index(), s.arity());
            case Binding.OpAlias a -> Locals.shifted(of(a.expr(), a.env(), a.arity()), env.scope.depthTo(a.env().scope));
            case Binding.LetOp l -> letOp(l, env);
            default -> throw new IllegalStateException("not an operator at " + span);
        };
    }

    private OpRef named(Expr.OpApp app, Ref ref, OperatorSymbol op, Env env) {
        CfgOverride ov = cc.overrides.get(op);
        if (ov instanceof CfgOverride.ToValue v) {
            return new OpRef.Constant(v.value());
        }
        if (ov instanceof CfgOverride.ToDef d) {
            return ofRoot(d.target(), env, app.span());
        }
        StdOp std = AppCompiler.std(op);
        if (std != null) {
            return std(op, std);
        }
        AppCompiler.Target tg = cc.apps.target(app, ref, env);
        return new OpRef.User(cc.opCode(op, tg.ic(), env.primed), tg.link(), op);
    }

    private OpRef constant(Expr.OpApp app, ConstantSymbol c, Env env) {
        InstCtx at = AppCompiler.substituting(c, env.ic);
        if (at != null) {
            return of(at.inst.substitutions().get(c), new Env(env.scope, at.parent, env.primed), c.arity());
        }
        CfgOverride ov = cc.overrides.get(c);
        if (ov instanceof CfgOverride.ToDef d) {
            return ofRoot(d.target(), env, app.span());
        }
        if (ov instanceof CfgOverride.ToValue v) {
            return new OpRef.Constant(v.value());
        }
        throw new IllegalStateException("the constant operator " + c.name() + " has no value");
    }

    /** The definition a configuration override names, resolved in the root module. */
    OpRef ofRoot(Ref target, Env env, SourceSpan span) {
        Symbol t = target.target();
        if (t instanceof OperatorSymbol op) {
            CfgOverride ov = cc.overrides.get(op);
            if (ov instanceof CfgOverride.ToValue v) {
                return new OpRef.Constant(v.value());
            }
            StdOp std = AppCompiler.std(op);
            if (std != null) {
                return std(op, std);
            }
            return new OpRef.User(cc.opCode(op, null, env.primed), Link.NONE, op);
        }
        if (t instanceof Builtin b && b.arity() == 0) {
            return new OpRef.Constant(BuiltinCompiler.constant(b));
        }
        if (t instanceof io.tlaplex.frontend.semantic.FunctionSymbol fn) {
            OpCode code = new OpCode(fn.name(), fn.span(), 0);
            code.body = cc.function(fn, null, env.primed, Link.NONE, span);
            code.frameSize = 1;
            return new OpRef.User(code, Link.NONE, null);
        }
        throw new IllegalStateException("cannot substitute " + t.name());
    }

    OpRef letOp(Binding.LetOp l, Env env) {
        LetOpCode holder = l.code();
        OpCode code = holder.get(env.primed || l.env().primed);
        if (code == null) {
            OperatorSymbol op = l.symbol();
            code = new OpCode(op.name(), op.span(), op.arity());
            boolean primed = env.primed || l.env().primed;
            holder.put(primed, code);
            Scope scope = Scope.frame(l.env().scope);
            cc.bindParams(code, op, scope);
            code.body = cc.compile(op.body(), new Env(scope, l.env().ic, primed));
            code.frameSize = scope.layout.size();
        }
        int depth = env.scope.depthTo(l.env().scope);
        return new OpRef.User(code, Link.up(depth), l.symbol());
    }

    private OpRef lambda(Expr.Lambda lambda, Env env) {
        OpCode code = new OpCode("LAMBDA", lambda.span(), lambda.params().size());
        Scope scope = Scope.frame(env.scope);
        for (int i = 0; i < lambda.params().size(); i++) {
            Ident id = lambda.params().get(i);
            ParamSymbol p = (ParamSymbol) cc.model.declaration(id);
            scope.bind(p, new Binding.ValueSlot(scope.allocate()));
            code.eager[i] = true;
        }
        code.body = cc.compile(lambda.body(), new Env(scope, env.ic, env.primed));
        code.frameSize = scope.layout.size();
        return new OpRef.User(code, Link.up(0), null);
    }

    /** {@code op} applied to {@code args} (compiled in {@code env}). */
    Node apply(OpRef op, List<Expr> args, Env env, SourceSpan span) {
        return switch (op) {
            case OpRef.Constant k -> new LeafNodes.Const(span, k.value());
            case OpRef.Slot s -> new CallNodes.ApplyParam(span, s.depth(), s.index(), cc.compileAll(args, env));
            case OpRef.Std s -> applyStd(s, args, env, span);
            case OpRef.User u -> applyUser(u, args, env, span);
        };
    }

    private Node applyUser(OpRef.User u, List<Expr> args, Env env, SourceSpan span) {
        OpCode code = u.code();
        int n = args.size();
        if (n == 0) {
            return code.compiled() && code.frameSize == 1 && u.link() == Link.NONE ? code.body
                    : new CallNodes.Call0(span, code, u.link());
        }
        Node[] nodes = new Node[n];
        boolean[] thunk = new boolean[n];
        ClosureMaker[] ops = new ClosureMaker[n];
        int extra = 0;
        for (int i = 0; i < n; i++) {
            if (code.operator[i]) {
                int arity = u.symbol() != null ? u.symbol().params().get(i).arity() : 1;
                ops[i] = closure(of(args.get(i), env, arity));
                extra |= Node.DEP_UNKNOWN;
            } else {
                nodes[i] = cc.compile(args.get(i), env);
                thunk[i] = !code.eager[i] && !trivial(nodes[i]);
            }
        }
        return new CallNodes.Call(span, code, u.link(), nodes, thunk, ops, extra);
    }

    /** Arguments as cheap and safe to evaluate early as to pass by name. */
    static boolean trivial(Node n) {
        return n instanceof LeafNodes.Const || n instanceof LeafNodes.Slot || n instanceof LeafNodes.Param
                || n instanceof LeafNodes.Var || n instanceof LeafNodes.Cached || n instanceof CallNodes.ConstDef;
    }

    private Node applyStd(OpRef.Std s, List<Expr> args, Env env, SourceSpan span) {
        StdOp op = s.op();
        switch (op) {
            case StdOp.Const k -> {
                return new CallNodes.Std0(span, k, s.deps());
            }
            case StdOp.Unary u -> {
                return new CallNodes.Std1(span, u, cc.compile(args.get(0), env), s.deps());
            }
            case StdOp.Binary b -> {
                return new CallNodes.Std2(span, b, cc.compile(args.get(0), env), cc.compile(args.get(1), env),
                        s.deps());
            }
            case StdOp.General g -> {
                Node[] nodes = new Node[args.size()];
                ClosureMaker[] ops = new ClosureMaker[args.size()];
                int deps = s.deps();
                for (int i = 0; i < nodes.length; i++) {
                    int arity = s.symbol().params().get(i).arity();
                    if (arity > 0) {
                        ops[i] = closure(of(args.get(i), env, arity));
                        deps |= Node.DEP_UNKNOWN;
                    } else if (g.isLazy(i)) {
                        ops[i] = ClosureMaker.lazy(cc.compile(args.get(i), env));
                        deps |= Node.DEP_UNKNOWN;
                    } else {
                        nodes[i] = cc.compile(args.get(i), env);
                    }
                }
                return new CallNodes.StdN(span, op, nodes, ops, deps);
            }
        }
    }

    /** The run-time closure for passing {@code op} as an argument. */
    ClosureMaker closure(OpRef op) {
        return switch (op) {
            case OpRef.User u -> ClosureMaker.def(u.code(), u.link());
            case OpRef.Std s -> ClosureMaker.std(s.name(), s.op());
            case OpRef.Slot s -> ClosureMaker.slot(s.depth(), s.index());
            case OpRef.Constant k -> ClosureMaker.lazy(new LeafNodes.Const(io.tlaplex.frontend.diag.SourceSpan.NONE,
                    k.value()));
        };
    }
}
