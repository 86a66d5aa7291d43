package io.tlaplex.frontend.eval;

import io.tlaplex.frontend.diag.SourceSpan;
import io.tlaplex.frontend.semantic.BoundSymbol;
import io.tlaplex.frontend.semantic.FunctionSymbol;
import io.tlaplex.frontend.semantic.OperatorSymbol;
import io.tlaplex.frontend.semantic.Symbol;
import io.tlaplex.frontend.syntax.Expr;
import io.tlaplex.frontend.syntax.Ident;
import io.tlaplex.frontend.syntax.Unit;
import io.tlaplex.frontend.value.IntValue;
import io.tlaplex.frontend.value.StringValue;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Compiles every kind of expression but name occurrences (see {@link AppCompiler}). Part of {@link Compiler}. */
final class ExprCompiler {
    private static final BigInteger MAX_INT = BigInteger.valueOf(Integer.MAX_VALUE);

    private final Compiler cc;

    ExprCompiler(Compiler cc) {
        this.cc = cc;
    }

    Node compile(Expr e, Env env) {
        if (cc.coverage == null) {
            return compileCached(e, env);
        }
        return CoverageRecorder.expression(cc.coverage, e, () -> compileCached(e, env));
    }

    private Node compileCached(Expr e, Env env) {
        Node n = compileRaw(e, env);
        if (n.deps == 0 && !(n instanceof LeafNodes.Const || n instanceof LeafNodes.Cached
                || n instanceof CallNodes.ConstDef || n instanceof CallNodes.Std0)) {
            return new LeafNodes.Cached(n);
        }
        return n;
    }

    private Node compileRaw(Expr e, Env env) {
        return switch (e) {
            case Expr.OpApp a -> cc.apps.compile(a, env);
            case Expr.NumberLit n -> number(n);
            case Expr.StringLit s -> new LeafNodes.Const(s.span(), cc.strings.string(s.value()));
            case Expr.DecimalLit d -> new QuantNodes.Unsupported(d.span(), "TLC cannot handle real numbers.");
            case Expr.Junction j -> new LogicNodes.Junction(j.span(), j.conj(), cc.compileAll(j.items(), env));
            case Expr.If i -> new ControlNodes.If(i.span(), compile(i.cond(), env), compile(i.then(), env),
                    compile(i.otherwise(), env));
            case Expr.Case c -> caseNode(c, env);
            case Expr.Let l -> let(l, env);
            case Expr.Quant q -> quant(q, env);
            case Expr.UnboundedQuant q -> new QuantNodes.Unsupported(q.span(), "TLC attempted to evaluate an unbounded "
                    + (q.exists() ? "\\E" : "\\A") + ".\nMake sure that the expression is of form "
                    + (q.exists() ? "\\E" : "\\A") + " x \\in S: P(x).");
            case Expr.TemporalQuant q -> new QuantNodes.Unsupported(q.span(),
                    "TLC does not support temporal existential, nor universal, quantification over state variables.");
            case Expr.Choose c -> choose(c, env);
            case Expr.SetEnum s -> new SetNodes.Enum(s.span(), cc.compileAll(s.elements(), env));
            case Expr.SetFilter f -> filter(f, env);
            case Expr.SetMap m -> map(m, env);
            case Expr.FnCons f -> fnCons(f.bounds(), f.body(), f.span(), env);
            case Expr.FnApp f -> new FcnNodes.Apply(f.span(), compile(f.fn(), env), cc.compileAll(f.args(), env));
            case Expr.FnSet f -> new SetNodes.FnSet(f.span(), compile(f.domain(), env), compile(f.range(), env));
            case Expr.RecordCons r -> record(r, env);
            case Expr.RecordSet r -> recordSet(r, env);
            case Expr.FieldAccess f -> new FcnNodes.Field(f.span(), compile(f.record(), env),
                    cc.strings.string(f.field().name()));
            case Expr.Except x -> except(x, env);
            case Expr.At a -> new LeafNodes.Slot(a.span(), env.scope.depthTo(env.atScope), env.atIndex);
            case Expr.Tuple t -> new FcnNodes.Tuple(t.span(), cc.compileAll(t.elements(), env));
            case Expr.CrossProduct c -> new SetNodes.Cross(c.span(), cc.compileAll(c.factors(), env));
            case Expr.Lambda l -> new QuantNodes.Unsupported(l.span(), "A LAMBDA can only be an operator argument.");
            case Expr.Label l -> compile(l.body(), env);
            case Expr.BoxAction b -> new LogicNodes.Or(b.span(), compile(b.action(), env), unchanged(b.sub(), env));
            case Expr.AngleAction a -> new LogicNodes.And(a.span(), compile(a.action(), env),
                    new LogicNodes.Not(a.span(), unchanged(a.sub(), env)));
            case Expr.Fairness f -> new QuantNodes.Unsupported(f.span(),
                    "TLC cannot evaluate a fairness formula at this place; it can only be checked as a property.");
        };
    }

    private Node number(Expr.NumberLit n) {
        if (n.value().compareTo(MAX_INT) > 0) {
            return new QuantNodes.Unsupported(n.span(), "The number " + n.value() + " is too big: TLC's integers "
                    + "have 32 bits.");
        }
        return new LeafNodes.Const(n.span(), IntValue.of(n.value().intValue()));
    }

    private Node unchanged(Expr sub, Env env) {
        return new CompareNodes.Eq(sub.span(), compile(sub, env), compile(sub, env.withPrimed(true)), false);
    }

    private Node caseNode(Expr.Case c, Env env) {
        Node[] guards = new Node[c.arms().size()];
        Node[] bodies = new Node[guards.length];
        for (int i = 0; i < guards.length; i++) {
            guards[i] = compile(c.arms().get(i).guard(), env);
            bodies[i] = compile(c.arms().get(i).body(), env);
        }
        Node other = c.other() == null ? null : compile(c.other(), env);
        return new ControlNodes.Case(c.span(), guards, bodies, other);
    }

    /** Binds the definitions of {@code let} in a new scope of {@code env}'s frame; adds cached slots to {@code slots}. */
    Env letEnv(Expr.Let let, Env env, List<Integer> slots, boolean cache) {
        Scope scope = env.scope.nested();
        Env inner = env.withScope(scope);
        for (Unit u : let.defs()) {
            switch (u) {
                case Unit.OperatorDef d -> {
                    OperatorSymbol op = (OperatorSymbol) cc.model.declaration(d.name());
                    if (op.arity() > 0) {
                        scope.bind(op, new Binding.LetOp(op, inner, new LetOpCode()));
                    } else {
                        int slot = cache && !cc.maybePrimed(d.body()) ? scope.allocate() : 0;
                        if (slot > 0) {
                            slots.add(slot);
                        }
                        scope.bind(op, new Binding.Alias(d.body(), inner, slot));
                    }
                }
                case Unit.FunctionDef d -> {
                    FunctionSymbol fn = (FunctionSymbol) cc.model.declaration(d.name());
                    int slot = scope.allocate();
                    slots.add(slot);
                    scope.bind(fn, new Binding.LetFn(fn, inner, slot));
                }
                default -> {
                }
            }
        }
        return inner;
    }

    private Node let(Expr.Let let, Env env) {
        List<Integer> slots = new ArrayList<>();
        Env inner = letEnv(let, env, slots, true);
        Node body = compile(let.body(), inner);
        return slots.isEmpty() ? body : new ControlNodes.Enter(let.span(), Inliner.toArray(slots), body);
    }

    /**
     * Binds the identifiers of {@code bounds} in a new scope of {@code env}'s frame (returned in {@code out[0]}) and
     * compiles their sets, each seeing the identifiers bound before it.
     */
    Binder binder(List<Expr.Bound> bounds, Env env, Env[] out, SourceSpan span) {
        Scope scope = env.scope.nested();
        Env inner = env.withScope(scope);
        List<Node> sets = new ArrayList<>();
        List<int[]> slots = new ArrayList<>();
        List<Boolean> tuples = new ArrayList<>();
        List<Boolean> same = new ArrayList<>();
        for (Expr.Bound b : bounds) {
            Node set = compile(b.set(), inner);
            if (b.tuple()) {
                int[] s = new int[b.names().size()];
                for (int i = 0; i < s.length; i++) {
                    s[i] = bind(scope, b.names().get(i));
                }
                sets.add(set);
                slots.add(s);
                tuples.add(true);
                same.add(false);
            } else {
                for (int i = 0; i < b.names().size(); i++) {
                    sets.add(set);
                    slots.add(new int[] {bind(scope, b.names().get(i))});
                    tuples.add(false);
                    same.add(i > 0);
                }
            }
        }
        out[0] = inner;
        boolean[] tuple = new boolean[tuples.size()];
        boolean[] sameSet = new boolean[same.size()];
        for (int i = 0; i < tuple.length; i++) {
            tuple[i] = tuples.get(i);
            sameSet[i] = same.get(i);
        }
        return new Binder(span, sets.toArray(new Node[0]), slots.toArray(new int[0][]), tuple, sameSet);
    }

    private int bind(Scope scope, Ident name) {
        Symbol s = cc.model.declaration(name);
        int slot = scope.allocate();
        scope.bind(s, new Binding.ValueSlot(slot));
        return slot;
    }

    private Node quant(Expr.Quant q, Env env) {
        Env[] inner = new Env[1];
        Binder binder = binder(q.bounds(), env, inner, q.span());
        Node body = compile(q.body(), inner[0]);
        if (binder.levels() == 1 && !binder.tuple[0]) {
            return new QuantNodes.Simple(q.span(), q.exists(), binder.sets[0], binder.slots[0][0], body);
        }
        return new QuantNodes.General(q.span(), q.exists(), binder, body);
    }

    private Node choose(Expr.Choose c, Env env) {
        if (c.set() == null) {
            return new QuantNodes.Unsupported(c.span(), "TLC attempted to evaluate an unbounded CHOOSE.\n"
                    + "Make sure that the expression is of form CHOOSE x \\in S: P(x).");
        }
        Env[] inner = new Env[1];
        Binder binder = binder(List.of(new Expr.Bound(c.names(), c.tuple(), c.set())), env, inner, c.span());
        return new QuantNodes.Choose(c.span(), binder, compile(c.body(), inner[0]));
    }

    private Node filter(Expr.SetFilter f, Env env) {
        Env[] inner = new Env[1];
        Binder binder = binder(List.of(f.bound()), env, inner, f.span());
        return new ConstructNodes.Filter(f.span(), binder, compile(f.pred(), inner[0]), cc.text(f.span()));
    }

    private Node map(Expr.SetMap m, Env env) {
        Env[] inner = new Env[1];
        Binder binder = binder(m.bounds(), env, inner, m.span());
        return new ConstructNodes.Map(m.span(), binder, compile(m.body(), inner[0]));
    }

    private ConstructNodes.FnCons fnCons(List<Expr.Bound> bounds, Expr body, SourceSpan span, Env env) {
        Env[] inner = new Env[1];
        Binder binder = binder(bounds, env, inner, span);
        Node b = compile(body, inner[0]);
        return new ConstructNodes.FnCons(span, binder, domainBinder(binder, span), b, cc.text(span));
    }

    /** For several bounds: one level binding each tuple of the product domain to all identifiers; else null. */
    private static Binder domainBinder(Binder binder, SourceSpan span) {
        if (binder.levels() == 1) {
            return null;
        }
        int[] all = new int[binder.levels()];
        for (int i = 0; i < all.length; i++) {
            if (binder.tuple[i]) {
                return null;
            }
            all[i] = binder.slots[i][0];
        }
        return new Binder(span, new Node[] {null}, new int[][] {all}, new boolean[] {true}, new boolean[] {false});
    }

    /** The value of {@code f[x \in S] == e}, compiled in {@code env}'s frame; recursive ones refer to a self slot. */
    Node functionDefinition(FunctionSymbol fn, Env env) {
        if (!fn.recursive()) {
            return fnCons(fn.bounds(), fn.body(), fn.span(), env);
        }
        Scope scope = env.scope.nested();
        int self = scope.allocate();
        scope.bind(fn, new Binding.ValueSlot(self));
        ConstructNodes.FnCons shape = fnCons(fn.bounds(), fn.body(), fn.span(), env.withScope(scope));
        return new ConstructNodes.RecursiveFn(shape, self);
    }

    private Node record(Expr.RecordCons r, Env env) {
        StringValue[] names = new StringValue[r.fields().size()];
        Node[] values = new Node[names.length];
        for (int i = 0; i < names.length; i++) {
            names[i] = cc.strings.string(r.fields().get(i).name().name());
            values[i] = compile(r.fields().get(i).value(), env);
        }
        return new FcnNodes.Record(r.span(), names, values);
    }

    private Node recordSet(Expr.RecordSet r, Env env) {
        StringValue[] names = new StringValue[r.fields().size()];
        Node[] sets = new Node[names.length];
        for (int i = 0; i < names.length; i++) {
            names[i] = cc.strings.string(r.fields().get(i).name().name());
            sets[i] = compile(r.fields().get(i).value(), env);
        }
        return new SetNodes.RecordSet(r.span(), names, sets);
    }

    private Node except(Expr.Except x, Env env) {
        Node fn = compile(x.fn(), env);
        int at = env.scope.allocate();
        Env valueEnv = env.withAt(env.scope, at);
        Node[][] paths = new Node[x.updates().size()][];
        Node[] values = new Node[paths.length];
        for (int k = 0; k < paths.length; k++) {
            Expr.ExceptUpdate u = x.updates().get(k);
            Node[] path = new Node[u.path().size()];
            for (int i = 0; i < path.length; i++) {
                path[i] = switch (u.path().get(i)) {
                    case Expr.FieldStep s -> new LeafNodes.Const(s.name().span(), cc.strings.string(s.name().name()));
                    case Expr.IndexStep s -> s.args().size() == 1 ? compile(s.args().get(0), env)
                            : new FcnNodes.Tuple(x.span(), cc.compileAll(s.args(), env));
                };
            }
            paths[k] = path;
            values[k] = compile(u.value(), valueEnv);
        }
        return new FcnNodes.Except(x.span(), fn, paths, values, at);
    }

}
