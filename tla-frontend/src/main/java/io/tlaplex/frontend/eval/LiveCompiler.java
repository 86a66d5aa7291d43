package io.tlaplex.frontend.eval;

import io.tlaplex.frontend.config.ConfigParseResult;
import io.tlaplex.frontend.diag.DiagCode;
import io.tlaplex.frontend.diag.Diagnostic;
import io.tlaplex.frontend.diag.DiagnosticException;
import io.tlaplex.frontend.diag.SourceSpan;
import io.tlaplex.frontend.eval.live.Fairness;
import io.tlaplex.frontend.eval.live.TFormula;
import io.tlaplex.frontend.eval.std.Runtime;
import io.tlaplex.frontend.semantic.Builtin;
import io.tlaplex.frontend.semantic.InstanceStep;
import io.tlaplex.frontend.semantic.Level;
import io.tlaplex.frontend.semantic.OperatorSymbol;
import io.tlaplex.frontend.semantic.ParamSymbol;
import io.tlaplex.frontend.semantic.Ref;
import io.tlaplex.frontend.semantic.Symbol;
import io.tlaplex.frontend.syntax.Expr;
import io.tlaplex.frontend.syntax.Ident;
import io.tlaplex.frontend.value.EvalException;
import io.tlaplex.frontend.value.SetEnumValue;
import io.tlaplex.frontend.value.SetOps;
import io.tlaplex.frontend.value.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Compiles temporal formulas (PROPERTY parts and the fairness of SPECIFICATION) into {@link TFormula}s in negation
 * normal form, expanding definitions, instances, LET, and quantifiers over constant sets; every maximal sub-formula
 * without temporal operators becomes one state or action predicate, compiled with the values of the bound
 * identifiers it sits under. Compile time only.
 */
final class LiveCompiler {
    /** A compiled predicate and the frame values of the quantifiers around it. */
    record Pred(Node node, Object[] template, String text) {
    }

    final List<Pred> statePreds = new ArrayList<>();
    final List<Pred> actionPreds = new ArrayList<>();
    final List<Fairness> fairness = new ArrayList<>();
    private final Compiler cc;
    private final Runtime rt;
    private final int nvars;
    private final Scope root = Scope.frame(null);
    private Object[] bound = new Object[1];

    LiveCompiler(Compiler cc, Runtime rt, int nvars) {
        this.cc = cc;
        this.rt = rt;
        this.nvars = nvars;
    }

    /** The frame size every predicate is evaluated with. */
    int frameSize() {
        return Math.max(1, root.layout.size() + 1);
    }

    Env env(InstCtx ic) {
        return new Env(root.nested(), ic, false);
    }

    /**
     * A fairness conjunct of the spec: WF/SF (under conjunctions, definitions and quantifiers) go to
     * {@link #fairness}; anything else is returned as a formula every behaviour must satisfy (TRUE if none).
     */
    TFormula specConjunct(Expr e, Env env) throws DiagnosticException {
        Expr x = strip(e);
        if (x instanceof Expr.Fairness f) {
            fairness.add(new Fairness(f.strong(), enabled(f, env), taken(f, env), cc.text(f.span())));
            return TFormula.TRUE;
        }
        List<Expr> conj = conjuncts(x);
        if (conj != null) {
            List<TFormula> out = new ArrayList<>();
            for (Expr c : conj) {
                out.add(specConjunct(c, env));
            }
            return TFormula.and(out);
        }
        if (x instanceof Expr.Quant q && !q.exists()) {
            List<TFormula> out = new ArrayList<>();
            forEachBinding(q, env, inner -> out.add(specConjunct(q.body(), inner)));
            return TFormula.and(out);
        }
        Expansion d = expansion(x, env);
        if (d != null && level(x) == Level.TEMPORAL) {
            return specConjunct(d.body(), d.env());
        }
        return formula(x, env, false);
    }

    /** The formula {@code e} (or its negation), in negation normal form. */
    TFormula formula(Expr e, Env env, boolean neg) throws DiagnosticException {
        Expr x = strip(e);
        if (x instanceof Expr.OpApp a && a.args().isEmpty() && cc.model.resolve(a).target() instanceof ParamSymbol p) {
            Scope.Found found = env.scope.find(p);
            if (found != null && found.binding() instanceof Binding.Alias alias) {
                return formula(alias.expr(), alias.env(), neg);
            }
        }
        if (level(x) <= Level.ACTION) {
            return literal(x, env, neg);
        }
        switch (x) {
            case Expr.Junction j -> {
                return junction(j.conj() != neg, j.items(), env, neg);
            }
            case Expr.Quant q -> {
                List<TFormula> out = new ArrayList<>();
                forEachBinding(q, env, inner -> out.add(formula(q.body(), inner, neg)));
                return q.exists() != neg ? TFormula.or(out) : TFormula.and(out);
            }
            case Expr.Fairness f -> {
                return fairnessFormula(f, env, neg);
            }
            case Expr.If i when level(i.cond()) == Level.CONSTANT -> {
                return formula(constantBool(i.cond(), env) ? i.then() : i.otherwise(), env, neg);
            }
            case Expr.If i when level(i.cond()) <= Level.STATE -> {
                TFormula c = literal(i.cond(), env, false);
                TFormula notC = literal(i.cond(), env, true);
                return TFormula.or(List.of(TFormula.and(List.of(c, formula(i.then(), env, neg))),
                        TFormula.and(List.of(notC, formula(i.otherwise(), env, neg)))));
            }
            case Expr.Let l -> {
                return formula(l.body(), cc.exprs.letEnv(l, env, new ArrayList<>(), false), neg);
            }
            case Expr.OpApp a -> {
                return application(a, env, neg);
            }
            default -> throw unsupported(x.span());
        }
    }

    private TFormula application(Expr.OpApp a, Env env, boolean neg) throws DiagnosticException {
        Symbol t = cc.model.resolve(a).target();
        if (t instanceof Builtin b) {
            List<Expr> args = a.args();
            switch (b.kind()) {
                case AND -> {
                    return junction(!neg, args, env, neg);
                }
                case OR -> {
                    return junction(neg, args, env, neg);
                }
                case NOT -> {
                    return formula(args.get(0), env, !neg);
                }
                case IMPLIES -> {
                    TFormula l = formula(args.get(0), env, !neg);
                    TFormula r = formula(args.get(1), env, neg);
                    return neg ? TFormula.and(List.of(l, r)) : TFormula.or(List.of(l, r));
                }
                case ALWAYS -> {
                    TFormula body = formula(args.get(0), env, neg);
                    return neg ? new TFormula.Eventually(body) : new TFormula.Always(body);
                }
                case EVENTUALLY -> {
                    TFormula body = formula(args.get(0), env, neg);
                    return neg ? new TFormula.Always(body) : new TFormula.Eventually(body);
                }
                case LEADS_TO -> {
                    if (neg) {
                        return new TFormula.Eventually(TFormula.and(List.of(formula(args.get(0), env, false),
                                new TFormula.Always(formula(args.get(1), env, true)))));
                    }
                    return new TFormula.Always(TFormula.or(List.of(formula(args.get(0), env, true),
                            new TFormula.Eventually(formula(args.get(1), env, false)))));
                }
                default -> throw unsupported(a.span());
            }
        }
        Expansion d = expansion(a, env);
        if (d == null) {
            throw unsupported(a.span());
        }
        return formula(d.body(), d.env(), neg);
    }

    private TFormula junction(boolean conj, List<Expr> items, Env env, boolean neg) throws DiagnosticException {
        List<TFormula> out = new ArrayList<>();
        for (Expr item : items) {
            out.add(formula(item, env, neg));
        }
        return conj ? TFormula.and(out) : TFormula.or(out);
    }

    /** WF is {@code []<>(~ENABLED <<A>>_v \/ <<A>>_v)}; SF is {@code <>[]~ENABLED <<A>>_v \/ []<><<A>>_v}. */
    private TFormula fairnessFormula(Expr.Fairness f, Env env, boolean neg) {
        TFormula.Lit en = new TFormula.Lit(enabled(f, env), false, false);
        TFormula.Lit tk = new TFormula.Lit(taken(f, env), true, false);
        if (!f.strong()) {
            return neg ? new TFormula.Eventually(new TFormula.Always(TFormula.and(List.of(en, tk.negate()))))
                    : new TFormula.Always(new TFormula.Eventually(TFormula.or(List.of(en.negate(), tk))));
        }
        if (neg) {
            return TFormula.and(List.of(new TFormula.Always(new TFormula.Eventually(en)),
                    new TFormula.Eventually(new TFormula.Always(tk.negate()))));
        }
        return TFormula.or(List.of(new TFormula.Eventually(new TFormula.Always(en.negate())),
                new TFormula.Always(new TFormula.Eventually(tk))));
    }

    private int enabled(Expr.Fairness f, Env env) {
        Expr angle = new Expr.AngleAction(f.action(), f.sub(), f.span());
        Node node = EnabledNode.compile(cc, angle, env, f.span());
        return add(statePreds, node, "ENABLED " + cc.text(f.span()));
    }

    private int taken(Expr.Fairness f, Env env) {
        Node node = cc.compile(new Expr.AngleAction(f.action(), f.sub(), f.span()), env);
        return add(actionPreds, node, cc.text(f.span()));
    }

    private TFormula literal(Expr e, Env env, boolean neg) {
        Node node = cc.compile(e, env);
        boolean action = level(e) == Level.ACTION;
        int id = add(action ? actionPreds : statePreds, node, cc.text(e.span()));
        return new TFormula.Lit(id, action, neg);
    }

    private int add(List<Pred> preds, Node node, String text) {
        preds.add(new Pred(node, Arrays.copyOf(bound, bound.length), text));
        return preds.size() - 1;
    }

    private interface BodyCompiler {
        void compile(Env inner) throws DiagnosticException;
    }

    /** Runs {@code body} once per binding of the quantifier's identifiers to elements of its constant sets. */
    private void forEachBinding(Expr.Quant q, Env env, BodyCompiler body) throws DiagnosticException {
        Scope scope = env.scope.nested();
        Env inner = env.withScope(scope);
        List<Integer> slots = new ArrayList<>();
        List<Node> sets = new ArrayList<>();
        for (Expr.Bound b : q.bounds()) {
            if (b.tuple()) {
                throw unsupported(q.span());
            }
            Node set = cc.compile(b.set(), env);
            for (Ident name : b.names()) {
                int slot = scope.allocate();
                scope.bind(cc.model.declaration(name), new Binding.ValueSlot(slot));
                slots.add(slot);
                sets.add(set);
            }
        }
        bind(0, slots, sets, inner, body, q.span());
    }

    private void bind(int i, List<Integer> slots, List<Node> sets, Env inner, BodyCompiler body, SourceSpan span)
            throws DiagnosticException {
        if (i == slots.size()) {
            body.compile(inner);
            return;
        }
        SetEnumValue elements;
        try {
            elements = SetOps.enumerate(sets.get(i).eval(new Ctx(rt, nvars), frame()));
        } catch (EvalException e) {
            throw error(span, "TLC cannot enumerate the set of this quantifier in a temporal formula: "
                    + e.getMessage());
        }
        int slot = slots.get(i);
        for (int k = 0; k < elements.size(); k++) {
            if (bound.length <= slot) {
                bound = Arrays.copyOf(bound, slot + 1);
            }
            bound[slot] = elements.get(k);
            bind(i + 1, slots, sets, inner, body, span);
        }
        bound[slot] = null;
    }

    private Object[] frame() {
        return Arrays.copyOf(bound, Math.max(bound.length, root.layout.size() + 1));
    }

    private boolean constantBool(Expr cond, Env env) throws DiagnosticException {
        try {
            return cc.compile(cond, env).evalBool(new Ctx(rt, nvars), frame(), "a condition");
        } catch (EvalException e) {
            throw error(cond.span(), e.getMessage());
        }
    }

    /** The body of a user definition {@code e} applies, with the environment it is read in; null otherwise. */
    private record Expansion(Expr body, Env env) {
    }

    private Expansion expansion(Expr e, Env env) {
        if (!(e instanceof Expr.OpApp a)) {
            return null;
        }
        Ref ref = cc.model.resolve(a);
        Symbol t = ref.target();
        CfgOverride ov = cc.overrides.get(t);
        if (ov instanceof CfgOverride.ToDef d && d.target().target() instanceof OperatorSymbol target
                && target.arity() == a.args().size() && target.body() != null) {
            return inline(target, a, null, env);
        }
        if (!(t instanceof OperatorSymbol op) || op.body() == null || ov != null || AppCompiler.std(op) != null
                || op.arity() != a.args().size()) {
            return null;
        }
        InstCtx inner = Compiler.relevant(env.ic, AppCompiler.homeOf(op));
        if (!ref.isDirect()) {
            inner = env.ic;
            for (InstanceStep step : ref.path()) {
                inner = cc.context(inner, step.instantiation());
            }
        }
        return inline(op, a, inner, env);
    }

    private Expansion inline(OperatorSymbol op, Expr.OpApp a, InstCtx ic, Env env) {
        Scope scope = Inliner.bind(cc, op, a.args(), env, false, new ArrayList<>());
        return new Expansion(op.body(), new Env(scope, ic, false));
    }

    private int level(Expr e) {
        int l = cc.model.levelOf(e);
        if (l >= 0) {
            return l;
        }
        if (e instanceof Expr.BoxAction || e instanceof Expr.AngleAction) {
            return Level.ACTION;
        }
        return cc.maybePrimed(e) ? Level.ACTION : Level.TEMPORAL;
    }

    private static Expr strip(Expr e) {
        Expr x = e;
        while (x instanceof Expr.Label l) {
            x = l.body();
        }
        return x;
    }

    private List<Expr> conjuncts(Expr e) {
        if (e instanceof Expr.Junction j && j.conj()) {
            return j.items();
        }
        if (e instanceof Expr.OpApp a && a.args().size() == 2 && cc.model.resolve(a).target() instanceof Builtin b
                && b.kind() == Builtin.Kind.AND) {
            return a.args();
        }
        return null;
    }

    private DiagnosticException unsupported(SourceSpan at) {
        return error(at, "TLC cannot handle this temporal formula: it is not built from [], <>, ~>, WF, SF, "
                + "ENABLED, state and action predicates, boolean operators and quantifiers over constant sets.");
    }

    private static DiagnosticException error(SourceSpan at, String message) {
        return new DiagnosticException(List.of(Diagnostic.error(DiagCode.E0502_EVAL_UNSUPPORTED_SPEC, at, message)),
                ConfigParseResult.EXIT_CODE);
    }
}
