package io.tlaplex.frontend.eval;

import io.tlaplex.frontend.semantic.Builtin;
import io.tlaplex.frontend.semantic.Level;
import io.tlaplex.frontend.semantic.OperatorSymbol;
import io.tlaplex.frontend.semantic.ParamSymbol;
import io.tlaplex.frontend.semantic.Ref;
import io.tlaplex.frontend.semantic.Symbol;
import io.tlaplex.frontend.syntax.Expr;
import io.tlaplex.frontend.value.EvalException;
import io.tlaplex.frontend.value.SetEnumValue;
import io.tlaplex.frontend.value.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits the next-state action into TLC's actions: through disjunctions, existential quantifiers over sets it
 * can compute up front, and operators applied to constant arguments, whose values are then fixed in the action's
 * frame. Each leaf becomes an action labelled as TLC labels it ({@code <Name(args) line.. of module M>}).
 * Compile time only.
 */
final class Splitter {
    /**
     * One action: its enumeration, the initial contents of its frame, the slots to clear before each state (LET
     * definitions met while splitting, computed once per state), and its label.
     */
    record Action(Act root, Object[] template, int[] clear, String name, String label) {
    }

    private final Compiler cc;
    private final ActCompiler acts;
    private final Pending.End end;
    private final Scope root;
    private final Ctx ctx;
    private final List<Leaf> leaves = new ArrayList<>();

    /** A value fixed by splitting, in a slot of the actions' frame. */
    private record Fixed(int slot, Value value, Fixed rest) {
    }

    /** {@code def}: the definition whose body holds {@code expr}, for {@code -coverage}'s label (null: none). */
    private record Leaf(Expr expr, Env env, Fixed fixed, String name, List<Value> params, List<Integer> clear,
            OperatorSymbol def) {
    }

    /** Slots of LET definitions met on the current path of splitting. */
    private final List<Integer> letSlots = new ArrayList<>();
    /** The definition whose body is being split. */
    private OperatorSymbol def;

    Splitter(Compiler cc, Pending.End end, Ctx ctx) {
        this.cc = cc;
        this.acts = new ActCompiler(cc, Act.Mode.NEXT);
        this.end = end;
        this.root = Scope.frame(null);
        this.ctx = ctx;
    }

    List<Action> split(SpecParts.Part next) {
        Env env = new Env(root, next.ic(), false);
        def = next.def();
        if (next.ic() != null) {
            leaves.add(new Leaf(next.expr(), env, null, null, List.of(), List.of(), def));
        } else {
            split(next.expr(), env, null, def == null ? null : def.name(), List.of());
        }
        List<Action> out = new ArrayList<>();
        for (int i = 0; i < leaves.size(); i++) {
            Leaf leaf = leaves.get(i);
            cc.beginCoverage(i + 1, CoverageRecorder.head(next.name(), leaf.def(), leaf.expr()));
            Act act = acts.compile(leaf.expr(), leaf.env(), end);
            cc.endCoverage();
            out.add(new Action(act, null, Inliner.toArray(leaf.clear()),
                    leaf.name() == null ? "UnnamedAction" : leaf.name(), label(leaf)));
        }
        List<Action> withFrames = new ArrayList<>();
        int size = root.layout.size();
        for (int i = 0; i < out.size(); i++) {
            Object[] template = new Object[size];
            for (Fixed f = leaves.get(i).fixed(); f != null; f = f.rest()) {
                template[f.slot()] = f.value();
            }
            Action a = out.get(i);
            withFrames.add(new Action(a.root(), template, a.clear(), a.name(), a.label()));
        }
        return withFrames;
    }

    private static String label(Leaf leaf) {
        StringBuilder b = new StringBuilder("<").append(leaf.name() == null ? "Action" : leaf.name());
        if (!leaf.params().isEmpty()) {
            b.append('(');
            for (int i = 0; i < leaf.params().size(); i++) {
                if (i > 0) {
                    b.append(',');
                }
                b.append(leaf.params().get(i));
            }
            b.append(')');
        }
        return b.append(' ').append(Labels.location(leaf.expr().span())).append('>').toString();
    }

    private void split(Expr e, Env env, Fixed fixed, String name, List<Value> params) {
        switch (e) {
            case Expr.Let l -> {
                List<Integer> slots = new ArrayList<>();
                Env inner = cc.exprs.letEnv(l, env, slots, true);
                int mark = letSlots.size();
                letSlots.addAll(slots);
                split(l.body(), inner, fixed, name, params);
                letSlots.subList(mark, letSlots.size()).clear();
            }
            case Expr.Label l -> split(l.body(), env, fixed, name, params);
            case Expr.Junction j when !j.conj() -> {
                for (Expr item : j.items()) {
                    split(item, env, fixed, name, params);
                }
            }
            case Expr.Quant q when q.exists() -> exists(q, env, fixed, name, params);
            case Expr.OpApp a -> app(a, env, fixed, name, params);
            default -> leaves.add(leaf(e, env, fixed, name, params));
        }
    }

    private Leaf leaf(Expr e, Env env, Fixed fixed, String name, List<Value> params) {
        return new Leaf(e, env, fixed, name, params, List.copyOf(letSlots), def);
    }

    private void app(Expr.OpApp a, Env env, Fixed fixed, String name, List<Value> params) {
        Ref ref = cc.model.resolve(a);
        Symbol t = ref.target();
        if (t instanceof Builtin b && b.kind() == Builtin.Kind.OR) {
            for (Expr arg : a.args()) {
                split(arg, env, fixed, name, params);
            }
            return;
        }
        OperatorSymbol op = callee(a, ref, env);
        if (op == null) {
            leaves.add(leaf(a, env, fixed, name, params));
            return;
        }
        boolean substituted = !ref.isDirect() && !cc.overrides.containsKey(t);
        Env bodyEnv = substituted ? bodyEnv(a, ref, env) : env;
        Scope scope = bodyEnv.scope.nested();
        Fixed f = fixed;
        List<Value> values = new ArrayList<>();
        for (int i = 0; i < op.arity(); i++) {
            ParamSymbol p = op.params().get(i);
            Value v = p.arity() > 0 ? null : constant(a.args().get(i), env, fixed);
            if (v == null) {
                leaves.add(new Leaf(a, env, fixed, op.name(), List.of(), List.copyOf(letSlots), op));
                return;
            }
            int slot = scope.allocate();
            scope.bind(p, new Binding.ValueSlot(slot));
            f = new Fixed(slot, v, f);
            values.add(v);
        }
        OperatorSymbol outer = def;
        def = op;
        if (substituted) {
            leaves.add(leaf(op.body(), bodyEnv.withScope(scope), f, qualified(a, op), values));
        } else {
            InstCtx ic = cc.overrides.containsKey(t) ? null : Compiler.relevant(env.ic, AppCompiler.homeOf(op));
            split(op.body(), new Env(scope, ic, false), f, op.name(), values);
        }
        def = outer;
    }

    /** The user operator an occurrence expands to (through a configuration override), or null. */
    private OperatorSymbol callee(Expr.OpApp a, Ref ref, Env env) {
        Symbol t = ref.target();
        if (ref.isDirect() && env.scope.find(t) != null) {
            return null;
        }
        CfgOverride ov = cc.overrides.get(t);
        if (ov instanceof CfgOverride.ToDef d && d.target().target() instanceof OperatorSymbol target) {
            t = target;
        } else if (ov != null) {
            return null;
        }
        if (!(t instanceof OperatorSymbol op) || op.inLet() || op.body() == null || AppCompiler.std(op) != null
                || op.arity() != a.args().size()) {
            return null;
        }
        return op;
    }

    private Env bodyEnv(Expr.OpApp a, Ref ref, Env env) {
        AppCompiler.Target tg = cc.apps.target(a, ref, env);
        return new Env(env.scope.nested(), tg.ic(), false);
    }

    private static String qualified(Expr.OpApp a, OperatorSymbol op) {
        StringBuilder b = new StringBuilder();
        for (Expr.PrefixPart p : a.prefix()) {
            b.append(p.name().name()).append('!');
        }
        return b.append(op.name()).toString();
    }

    private void exists(Expr.Quant q, Env env, Fixed fixed, String name, List<Value> params) {
        for (Expr.Bound b : q.bounds()) {
            if (cc.model.levelOf(b.set()) > Level.CONSTANT) {
                leaves.add(leaf(q, env, fixed, name, params));
                return;
            }
        }
        Env[] inner = new Env[1];
        Binder binder = cc.exprs.binder(q.bounds(), env, inner, q.span());
        List<Value[]> bindings = new ArrayList<>();
        try {
            Object[] frame = frame(fixed);
            collect(binder, frame, 0, bindings, null);
        } catch (EvalException | IllegalStateException e) {
            leaves.add(leaf(q, env, fixed, name, params));
            return;
        }
        if (bindings.isEmpty()) {
            leaves.add(leaf(q, env, fixed, name, params));
            return;
        }
        for (Value[] binding : bindings) {
            Fixed f = fixed;
            for (int k = 0; k < binder.levels(); k++) {
                Object[] frame = new Object[root.layout.size()];
                binder.bind(frame, k, binding[k]);
                for (int s : binder.slots[k]) {
                    f = new Fixed(s, (Value) frame[s], f);
                }
            }
            split(q.body(), inner[0], f, name, params);
        }
    }

    private void collect(Binder binder, Object[] frame, int k, List<Value[]> out, Value[] prefix) {
        if (binder.sets[k].deps != 0 && (binder.sets[k].deps & ~Node.DEP_ANY_FRAME) != 0) {
            throw new IllegalStateException("not constant");
        }
        SetEnumValue elems = binder.elements(ctx, frame, k, null);
        for (int i = 0; i < elems.size(); i++) {
            Value[] b = prefix == null ? new Value[binder.levels()] : prefix.clone();
            b[k] = elems.get(i);
            binder.bind(frame, k, b[k]);
            if (k == binder.levels() - 1) {
                out.add(b);
            } else {
                collect(binder, frame, k + 1, out, b);
            }
        }
    }

    private Object[] frame(Fixed fixed) {
        Object[] frame = new Object[root.layout.size()];
        for (Fixed f = fixed; f != null; f = f.rest()) {
            frame[f.slot()] = f.value();
        }
        return frame;
    }

    /** The value of a constant-level argument, or null when it is not constant or fails. */
    private Value constant(Expr arg, Env env, Fixed fixed) {
        int level = cc.model.levelOf(arg);
        if (level > Level.CONSTANT) {
            return null;
        }
        Node n = cc.compile(arg, env);
        if ((n.deps & ~Node.DEP_ANY_FRAME) != 0) {
            return null;
        }
        try {
            return n.eval(ctx, frame(fixed));
        } catch (EvalException | ClassCastException | ArrayIndexOutOfBoundsException e) {
            return null;
        }
    }

}
