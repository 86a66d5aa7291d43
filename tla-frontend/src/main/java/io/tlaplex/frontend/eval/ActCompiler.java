package io.tlaplex.frontend.eval;

import io.tlaplex.frontend.semantic.Builtin;
import io.tlaplex.frontend.semantic.ConstantSymbol;
import io.tlaplex.frontend.semantic.OperatorSymbol;
import io.tlaplex.frontend.semantic.ParamSymbol;
import io.tlaplex.frontend.semantic.Ref;
import io.tlaplex.frontend.semantic.Symbol;
import io.tlaplex.frontend.syntax.Expr;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles an initial predicate or an action into {@link Act} steps the way TLC enumerates it: conjunctions left
 * to right, disjunctions as branches, {@code x' = e} and {@code x' \in S} as assignments when x' is not yet
 * assigned, existential quantifiers, IF/CASE/LET, UNCHANGED, and user operators expanded in place (with their
 * arguments passed by name). Anything else is a guard. Compile time only.
 */
final class ActCompiler {
    private final Compiler cc;
    private final Act.Mode mode;
    private final Map<Symbol, Integer> expanding = new IdentityHashMap<>();

    ActCompiler(Compiler cc, Act.Mode mode) {
        this.cc = cc;
        this.mode = mode;
    }

    Act compile(Expr e, Env env, Pending next) {
        return switch (e) {
            case Expr.Junction j -> j.conj() ? conj(j.items(), env, next) : disj(j.items(), env, next);
            case Expr.OpApp a -> app(a, env, next);
            case Expr.If i -> new Acts.If(i.span(), mode, cc.compile(i.cond(), env), compile(i.then(), env, next),
                    compile(i.otherwise(), env, next));
            case Expr.Case c -> caseAct(c, env, next);
            case Expr.Let l -> let(l, env, next);
            case Expr.Quant q -> q.exists() ? exists(q, env, next)
                    : CoverageRecorder.step(cc.coverage, q.span(), () -> forall(q, env, next));
            case Expr.Label l -> compile(l.body(), env, next);
            case Expr.BoxAction b -> mode == Act.Mode.NEXT
                    ? new Acts.Or(b.span(), new Act[] {compile(b.action(), env, next), unchanged(b.sub(), env, next)})
                    : guard(e, env, next);
            case Expr.AngleAction a -> mode == Act.Mode.NEXT
                    ? compile(a.action(), env, new Pending.Changed(a.span(), cc.compile(a.sub(), env),
                            cc.compile(a.sub(), env.withPrimed(true)), next))
                    : guard(e, env, next);
            default -> guard(e, env, next);
        };
    }

    /** A pending conjunct: its enumeration and its value for when every variable is assigned. */
    Pending pending(Expr e, Env env, Pending next) {
        return new Pending(e.span(), compile(e, env, next),
                CoverageRecorder.secondary(cc.coverage, () -> cc.compile(e, env)), Pending.Kind.PRED, next);
    }

    private Act guard(Expr e, Env env, Pending next) {
        return new Acts.Guard(e.span(), mode, cc.compile(e, env), next);
    }

    private Act conj(List<Expr> items, Env env, Pending next) {
        Pending p = next;
        for (int i = items.size() - 1; i > 0; i--) {
            p = pending(items.get(i), env, p);
        }
        return compile(items.get(0), env, p);
    }

    private Act disj(List<Expr> items, Env env, Pending next) {
        Act[] branches = new Act[items.size()];
        for (int i = 0; i < branches.length; i++) {
            branches[i] = compile(items.get(i), env, next);
        }
        return branches.length == 1 ? branches[0] : new Acts.Or(items.get(0).span(), branches);
    }

    private Act caseAct(Expr.Case c, Env env, Pending next) {
        Node[] guards = new Node[c.arms().size()];
        Act[] arms = new Act[guards.length];
        for (int i = 0; i < guards.length; i++) {
            guards[i] = cc.compile(c.arms().get(i).guard(), env);
            arms[i] = compile(c.arms().get(i).body(), env, next);
        }
        Act other = c.other() == null ? null : compile(c.other(), env, next);
        return new Acts.Case(c.span(), mode, guards, arms, other);
    }

    private Act let(Expr.Let l, Env env, Pending next) {
        List<Integer> slots = new ArrayList<>();
        Env inner = cc.exprs.letEnv(l, env, slots, true);
        Act body = compile(l.body(), inner, next);
        return slots.isEmpty() ? body : new Acts.Enter(l.span(), Inliner.toArray(slots), body);
    }

    private Act exists(Expr.Quant q, Env env, Pending next) {
        Env[] inner = new Env[1];
        Binder binder = cc.exprs.binder(q.bounds(), env, inner, q.span());
        return new Acts.Exists(q.span(), binder, compile(q.body(), inner[0], next));
    }

    private Act forall(Expr.Quant q, Env env, Pending next) {
        for (Expr.Bound b : q.bounds()) {
            if (b.tuple()) {
                return guard(q, env, next);
            }
        }
        if (q.bounds().size() != 1 || q.bounds().get(0).names().size() != 1) {
            return compile(nested(q), env, next);
        }
        Env[] inner = new Env[1];
        Binder binder = cc.exprs.binder(q.bounds(), env, inner, q.span());
        int elems = env.scope.allocate();
        int index = env.scope.allocate();
        ForallAct act = new ForallAct(q.span(), binder.sets[0], binder.slots[0][0], elems, index, next);
        ForallAct.Rest rest = new ForallAct.Rest(q.span(), act, cc.compile(q.body(), inner[0]), next);
        act.saveFrom = env.scope.layout.size();
        act.body = compile(q.body(), inner[0], rest);
        act.saveTo = env.scope.layout.size();
        return act;
    }

    /** {@code \A x, y \in S, z \in T : A} as {@code \A x \in S : \A y \in S : \A z \in T : A}. */
    private static Expr nested(Expr.Quant q) {
        List<Expr.Bound> single = new ArrayList<>();
        for (Expr.Bound b : q.bounds()) {
            for (var name : b.names()) {
                single.add(new Expr.Bound(List.of(name), false, b.set()));
            }
        }
        Expr body = q.body();
        for (int i = single.size() - 1; i >= 0; i--) {
            body = new Expr.Quant(false, List.of(single.get(i)), body, q.span());
        }
        return body;
    }

    private Act app(Expr.OpApp a, Env env, Pending next) {
        Ref ref = cc.model.resolve(a);
        Symbol t = ref.target();
        if (ref.isDirect()) {
            Scope.Found local = env.scope.find(t);
            if (local != null) {
                return local(a, local, env, next);
            }
        }
        return switch (t) {
            case Builtin b -> builtin(b, a, env, next);
            case OperatorSymbol op -> operator(a, ref, op, env, next);
            case ConstantSymbol c -> constant(a, c, env, next);
            default -> guard(a, env, next);
        };
    }

    private Act local(Expr.OpApp a, Scope.Found found, Env env, Pending next) {
        return switch (found.binding()) {
            case Binding.Alias al when a.args().isEmpty() -> compile(al.expr(), al.env(), next);
            case Binding.OpAlias al -> applyOperatorExpr(a, al.expr(), al.env(), env, next);
            case Binding.LetOp l -> expand(a, l.symbol(), l.env().ic, l.env().scope, a.args(), env, next);
            default -> guard(a, env, next);
        };
    }

    /** An operator argument ({@code A} in {@code Op(A(_))}) applied in an action: expanded when it is a name. */
    private Act applyOperatorExpr(Expr.OpApp site, Expr opExpr, Env opEnv, Env env, Pending next) {
        if (opExpr instanceof Expr.Lambda lambda) {
            Scope scope = opEnv.scope.nested();
            List<Integer> slots = new ArrayList<>();
            for (int i = 0; i < lambda.params().size(); i++) {
                ParamSymbol p = (ParamSymbol) cc.model.declaration(lambda.params().get(i));
                Expr arg = site.args().get(i);
                int slot = cc.maybePrimed(arg) ? 0 : scope.allocate();
                if (slot > 0) {
                    slots.add(slot);
                }
                scope.bind(p, new Binding.Alias(arg, env, slot));
            }
            Act body = compile(lambda.body(), new Env(scope, opEnv.ic, false), next);
            return slots.isEmpty() ? body : new Acts.Enter(site.span(), Inliner.toArray(slots), body);
        }
        if (opExpr instanceof Expr.OpApp name && name.args().isEmpty()) {
            Expr.OpApp call = new Expr.OpApp(name.prefix(), name.name(), site.args(), site.span());
            Ref ref = cc.model.resolve(name);
            Symbol t = ref.target();
            if (ref.isDirect()) {
                Scope.Found local = opEnv.scope.find(t);
                if (local != null) {
                    return switch (local.binding()) {
                        case Binding.OpAlias al -> applyOperatorExpr(site, al.expr(), al.env(), env, next);
                        case Binding.LetOp l -> expand(site, l.symbol(), l.env().ic, l.env().scope, site.args(), env,
                                next);
                        default -> guard(site, env, next);
                    };
                }
            }
            if (t instanceof ConstantSymbol c) {
                InstCtx at = AppCompiler.substituting(c, opEnv.ic);
                if (at != null) {
                    return applyOperatorExpr(site, at.inst.substitutions().get(c),
                            new Env(opEnv.scope, at.parent, false), env, next);
                }
                return constantOverride(site, c, env, next);
            }
            if (t instanceof OperatorSymbol op && !op.inLet() && AppCompiler.std(op) == null) {
                CfgOverride ov = cc.overrides.get(op);
                if (ov == null) {
                    AppCompiler.Target tg = cc.apps.target(name, ref, opEnv);
                    return expand(call, op, tg.ic(), InstCtx.frameScope(tg.ic()), site.args(), env, next);
                }
                if (ov instanceof CfgOverride.ToDef d && d.target().target() instanceof OperatorSymbol target
                        && AppCompiler.std(target) == null && !cc.overrides.containsKey(target)) {
                    return expand(site, target, null, null, site.args(), env, next);
                }
            }
        }
        return guard(site, env, next);
    }

    /** A root constant operator replaced by a definition in the configuration, expanded; else a guard. */
    private Act constantOverride(Expr.OpApp a, ConstantSymbol c, Env env, Pending next) {
        CfgOverride ov = cc.overrides.get(c);
        if (ov instanceof CfgOverride.ToDef d && d.target().target() instanceof OperatorSymbol target
                && AppCompiler.std(target) == null && target.arity() == a.args().size()
                && !cc.overrides.containsKey(target)) {
            return expand(a, target, null, null, a.args(), env, next);
        }
        return guard(a, env, next);
    }

    private Act builtin(Builtin b, Expr.OpApp a, Env env, Pending next) {
        List<Expr> args = a.args();
        return switch (b.kind()) {
            case AND -> conj(args, env, next);
            case OR -> disj(args, env, next);
            case IMPLIES -> new Acts.Implies(a.span(), mode, cc.compile(args.get(0), env),
                    compile(args.get(1), env, next), next);
            case EQ -> {
                int v = assignable(args.get(0), env);
                yield v < 0 ? guard(a, env, next) : CoverageRecorder.step(cc.coverage, a.span(),
                        () -> new Acts.Assign(a.span(), mode, v, cc.compile(args.get(1), env), next));
            }
            case IN -> {
                int v = assignable(args.get(0), env);
                yield v < 0 ? guard(a, env, next) : CoverageRecorder.step(cc.coverage, a.span(),
                        () -> new Acts.In(a.span(), mode, v, cc.compile(args.get(1), env), next));
            }
            case UNCHANGED -> mode == Act.Mode.NEXT
                    ? CoverageRecorder.step(cc.coverage, a.span(), () -> unchanged(args.get(0), env, next))
                    : guard(a, env, next);
            default -> guard(a, env, next);
        };
    }

    /** The variable that {@code x' = e} (next) or {@code x = e} (init) may assign, or -1. */
    private int assignable(Expr lhs, Env env) {
        return mode == Act.Mode.NEXT ? Vars.primedVar(cc, lhs, env) : Vars.var(cc, lhs, env);
    }

    private Act operator(Expr.OpApp a, Ref ref, OperatorSymbol op, Env env, Pending next) {
        CfgOverride ov = cc.overrides.get(op);
        if (ov instanceof CfgOverride.ToDef d && d.target().target() instanceof OperatorSymbol target
                && AppCompiler.std(target) == null && target.arity() == a.args().size()) {
            return expand(a, target, null, null, a.args(), env, next);
        }
        if (ov != null || AppCompiler.std(op) != null) {
            return guard(a, env, next);
        }
        AppCompiler.Target tg = cc.apps.target(a, ref, env);
        Scope fs = InstCtx.frameScope(tg.ic());
        if (fs != null && env.scope.depthTo(fs) < 0) {
            return guard(a, env, next);
        }
        return expand(a, op, tg.ic(), fs, a.args(), env, next);
    }

    private Act constant(Expr.OpApp a, ConstantSymbol c, Env env, Pending next) {
        InstCtx at = AppCompiler.substituting(c, env.ic);
        if (at == null) {
            return constantOverride(a, c, env, next);
        }
        Expr sub = at.inst.substitutions().get(c);
        Env subEnv = new Env(env.scope, at.parent, false);
        if (c.arity() == 0) {
            return compile(sub, subEnv, next);
        }
        return applyOperatorExpr(a, sub, subEnv, env, next);
    }

    /**
     * {@code op}'s body enumerated in place, its parameters standing for the arguments. A recursive operator
     * is expanded only once per path; deeper calls are evaluated as guards.
     */
    private Act expand(Expr.OpApp site, OperatorSymbol op, InstCtx ic, Scope frameScope, List<Expr> args, Env env,
                       Pending next) {
        if (expanding.containsKey(op) || op.body() == null) {
            return guard(site, env, next);
        }
        expanding.put(op, 1);
        try {
            List<Integer> slots = new ArrayList<>();
            Scope scope = Inliner.bind(cc, op, args, env, true, slots);
            Act body = CoverageRecorder.call(cc.coverage, site.span(),
                    () -> compile(op.body(), new Env(scope, ic, false), next));
            return slots.isEmpty() ? body : new Acts.Enter(site.span(), Inliner.toArray(slots), body);
        } finally {
            expanding.remove(op);
        }
    }

    /** {@code UNCHANGED e}: variables are assigned their current value; tuples component by component. */
    Act unchanged(Expr e, Env env, Pending next) {
        int v = Vars.var(cc, e, env);
        if (v >= cc.nvars) {
            return new Acts.Assign(e.span(), Act.Mode.NEXT, v, cc.compile(e, env), next);
        }
        if (v >= 0) {
            return new Acts.UnchangedVar(e.span(), v, next);
        }
        if (e instanceof Expr.Tuple t) {
            if (t.elements().isEmpty()) {
                return new Acts.Skip(e.span(), next);
            }
            Pending p = next;
            for (int i = t.elements().size() - 1; i > 0; i--) {
                Expr item = t.elements().get(i);
                p = new Pending(item.span(), unchanged(item, env, p), unchangedValue(item, env),
                        Pending.Kind.UNCHANGED, p);
            }
            return unchanged(t.elements().get(0), env, p);
        }
        Vars.Expansion x = Vars.expandZeroArity(cc, e, env);
        if (x != null) {
            return unchanged(x.expr(), x.env(), next);
        }
        return new Acts.Unchanged(e.span(), cc.compile(e, env), cc.compile(e, env.withPrimed(true)), next);
    }

    private Node unchangedValue(Expr e, Env env) {
        return new CompareNodes.Eq(e.span(), cc.compile(e, env), cc.compile(e, env.withPrimed(true)), false);
    }

}
