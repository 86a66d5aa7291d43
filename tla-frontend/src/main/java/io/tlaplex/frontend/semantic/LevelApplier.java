package io.tlaplex.frontend.semantic;

import io.tlaplex.frontend.diag.DiagCode;
import io.tlaplex.frontend.syntax.Expr;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;

/**
 * The level of operator applications. A user-defined operator's application has the level of its
 * body with the parameters at the levels of the arguments (computed quietly, memoized per operator,
 * substitutions and argument levels, and iterated to a fixpoint for recursion). If that exceeds a
 * maximum level somewhere while the body with constant arguments does not, the application is at
 * fault and the error is reported there, naming the first argument that causes it.
 */
final class LevelApplier {

    /** The level of an application, and whether computing it exceeded a maximum level. */
    record Outcome(int level, boolean failed) {
    }

    private record Key(Symbol symbol, Object env, List<Object> args) {
    }

    private static final class Memo {
        int level;
        boolean failed;
        boolean inProgress;
        boolean cycleHit;
        boolean provisional;
    }

    /**
     * How deep inlined applications may nest. Only a recursive operator that builds a new LAMBDA
     * for each recursive call gets this deep; its level is then taken from its arguments.
     */
    private static final int MAX_DEPTH = 200;

    private final Tables tables;
    private final LevelWalker walker;
    private final IdentityHashMap<Symbol, Integer> definitionLevels;
    private final Map<Key, Memo> memo = new HashMap<>();
    private final ArrayDeque<Memo> computing = new ArrayDeque<>();

    LevelApplier(Tables tables, LevelWalker walker, IdentityHashMap<Symbol, Integer> definitionLevels) {
        this.tables = tables;
        this.walker = walker;
        this.definitionLevels = definitionLevels;
    }

    /** The level of a name occurrence with its arguments. */
    int application(Expr.OpApp app, LevelEnv env, boolean report) {
        Ref ref = tables.refs.get(app);
        if (report) {
            for (Expr.PrefixPart part : app.prefix()) {
                part.args().forEach(arg -> walker.argument(arg, env, true));
            }
        }
        List<Object> args = new ArrayList<>(app.args().size());
        for (Expr arg : app.args()) {
            args.add(walker.argument(arg, env, report));
        }
        if (ref == null || (ref.target().arity() > 0 && app.args().isEmpty())) {
            return Level.CONSTANT;
        }
        LevelEnv.Instance instance = enter(ref, app, env);
        String name = shownName(app);
        return switch (ref.target()) {
            case VariableSymbol v -> levelOr(instance.values().get(v), Level.STATE);
            case ConstantSymbol c -> c.arity() == 0 ? levelOr(instance.values().get(c), Level.CONSTANT)
                    : applyAt(app, operatorOr(instance.values().get(c)), args, report, name);
            case ParamSymbol p -> p.arity() == 0 ? levelOr(env.lookup(p), Level.CONSTANT)
                    : applyAt(app, operatorOr(env.lookup(p)), args, report, name);
            case BoundSymbol b -> levelOr(env.lookup(b), Level.CONSTANT);
            case OperatorSymbol d -> applyAt(app, d.inLet() ? operatorOr(env.lookup(d))
                    : new LevelEnv.Definition(d, instance), args, report, name);
            case FunctionSymbol f -> applyAt(app, f.inLet() ? operatorOr(env.lookup(f))
                    : new LevelEnv.Definition(f, instance), args, report, name);
            case AssumeSymbol a -> applyAt(app, new LevelEnv.Definition(a, instance), args, report, name);
            case Builtin b -> builtin(b, app, args, report);
            case TheoremSymbol t -> Level.CONSTANT;
            case InstanceSymbol i -> Level.CONSTANT;
        };
    }

    /** The operator value of an operator argument such as {@code Op} in {@code F(Op)}. */
    LevelEnv.OpValue operatorValue(Expr.OpApp app, Ref ref, LevelEnv env, boolean report) {
        if (report) {
            for (Expr.PrefixPart part : app.prefix()) {
                part.args().forEach(arg -> walker.argument(arg, env, true));
            }
        }
        LevelEnv.Instance instance = enter(ref, app, env);
        return switch (ref.target()) {
            case OperatorSymbol d -> d.inLet() ? operatorOr(env.lookup(d)) : new LevelEnv.Definition(d, instance);
            case ParamSymbol p -> operatorOr(env.lookup(p));
            case ConstantSymbol c -> operatorOr(instance.values().get(c));
            case Builtin b -> new LevelEnv.Definition(b, LevelEnv.Instance.NONE);
            default -> LevelEnv.Declared.INSTANCE;
        };
    }

    /**
     * The substitutions in force after following {@code ref}'s instance steps from {@code env};
     * named instances get their parameters from the prefix arguments of {@code app} (if given).
     */
    LevelEnv.Instance enter(Ref ref, Expr.OpApp app, LevelEnv env) {
        LevelEnv.Instance instance = env.instance;
        boolean saved = walker.failed();
        for (InstanceStep step : ref.path()) {
            Instantiation inst = step.instantiation();
            LevelEnv substitutionEnv = LevelEnv.root(instance);
            InstanceSymbol owner = inst.owner();
            if (owner != null) {
                List<Expr> prefixArgs = app != null && step.prefixIndex() >= 0
                        ? app.prefix().get(step.prefixIndex()).args() : List.of();
                for (int i = 0; i < owner.params().size(); i++) {
                    ParamSymbol param = owner.params().get(i);
                    Object value = i < prefixArgs.size() ? walker.argument(prefixArgs.get(i), env, false) : base(param);
                    substitutionEnv = substitutionEnv.bind(param, value);
                }
            }
            Map<Symbol, Object> values = new HashMap<>();
            for (Map.Entry<Symbol, Expr> sub : inst.substitutions().entrySet()) {
                values.put(sub.getKey(), walker.argument(sub.getValue(), substitutionEnv, false));
            }
            instance = new LevelEnv.Instance(values);
        }
        walker.setFailed(saved);
        return instance;
    }

    private int applyAt(Expr.OpApp app, LevelEnv.OpValue op, List<Object> args, boolean report, String name) {
        Outcome outcome = apply(op, args);
        if (outcome.failed()) {
            if (report) {
                reportApplication(app, op, args, name);
            } else {
                walker.setFailed(true);
            }
        }
        return outcome.level();
    }

    private void reportApplication(Expr.OpApp app, LevelEnv.OpValue op, List<Object> args, String name) {
        List<Object> trial = baseline(args);
        if (apply(op, trial).failed()) {
            return;
        }
        for (int i = 0; i < args.size(); i++) {
            trial.set(i, args.get(i));
            if (apply(op, trial).failed()) {
                Object culprit = args.get(i);
                String what = culprit instanceof Integer level ? "has level " + Level.describe(level)
                        : "is an operator whose level";
                tables.error(culprit instanceof Integer level && level == Level.TEMPORAL
                        ? DiagCode.E0212_TEMPORAL_IN_ACTION : DiagCode.E0210_LEVEL_ERROR, app.span(),
                        "Level error in applying operator " + name + ": argument " + (i + 1) + " " + what
                                + ", which exceeds the maximum level allowed by the operator.");
                return;
            }
        }
    }

    /** The level of applying {@code op} to {@code args}, computed quietly. */
    Outcome apply(LevelEnv.OpValue op, List<Object> args) {
        return switch (op) {
            case LevelEnv.Declared d -> new Outcome(maxLevel(args), false);
            case LevelEnv.Definition d when d.symbol() instanceof Builtin b ->
                    quietly(() -> builtin(b, null, args, false));
            case LevelEnv.Definition d -> memoized(new Key(d.symbol(), d.instance(), args),
                    () -> body(d.symbol(), LevelEnv.root(d.instance()), args));
            case LevelEnv.LetClosure c -> memoized(new Key(c.symbol, c, args), () -> body(c.symbol, c.env, args));
            case LevelEnv.LambdaClosure l -> quietly(() -> lambda(l, args));
        };
    }

    private int lambda(LevelEnv.LambdaClosure closure, List<Object> args) {
        LevelEnv env = closure.env;
        for (int i = 0; i < closure.lambda.params().size() && i < args.size(); i++) {
            Symbol param = tables.declarations.get(closure.lambda.params().get(i));
            if (param != null) {
                env = env.bind(param, args.get(i));
            }
        }
        return walker.level(closure.lambda.body(), env, false);
    }

    private int body(Symbol symbol, LevelEnv env, List<Object> args) {
        return switch (symbol) {
            case OperatorSymbol d -> {
                if (d.body() == null) {
                    yield Level.CONSTANT;
                }
                LevelEnv inner = env;
                for (int i = 0; i < d.params().size() && i < args.size(); i++) {
                    inner = inner.bind(d.params().get(i), args.get(i));
                }
                yield walker.level(d.body(), inner, false);
            }
            case FunctionSymbol f -> walker.functionLevel(f, env, false);
            case AssumeSymbol a -> walker.level(a.body(), env, false);
            default -> Level.CONSTANT;
        };
    }

    private Outcome quietly(IntSupplier computation) {
        boolean saved = walker.failed();
        walker.setFailed(false);
        int level = computation.getAsInt();
        Outcome outcome = new Outcome(level, walker.failed());
        walker.setFailed(saved);
        return outcome;
    }

    /**
     * Memoized quiet computation. A recursive use meets the entry still in progress and gets its
     * provisional level; the entry is then recomputed until stable. Entries computed while reading
     * another entry's provisional level are not kept.
     */
    private Outcome memoized(Key key, IntSupplier computation) {
        Memo m = memo.get(key);
        if (m != null) {
            if (m.inProgress) {
                m.cycleHit = true;
                for (Memo open : computing) {
                    if (open == m) {
                        break;
                    }
                    open.provisional = true;
                }
            }
            return new Outcome(m.level, m.failed);
        }
        if (computing.size() >= MAX_DEPTH) {
            return new Outcome(maxLevel(key.args()), false);
        }
        m = new Memo();
        m.inProgress = true;
        memo.put(key, m);
        computing.push(m);
        for (int round = 0; round < 4; round++) {
            m.cycleHit = false;
            Outcome outcome = quietly(computation);
            boolean changed = outcome.level() > m.level;
            m.level = Math.max(m.level, outcome.level());
            m.failed |= outcome.failed();
            if (!m.cycleHit || !changed) {
                break;
            }
        }
        computing.pop();
        m.inProgress = false;
        if (m.provisional) {
            memo.remove(key);
        }
        return new Outcome(m.level, m.failed);
    }

    private int builtin(Builtin b, Expr.OpApp app, List<Object> args, boolean report) {
        int level = b.resultLevel();
        int[] levels = new int[args.size()];
        for (int i = 0; i < args.size(); i++) {
            levels[i] = levelOr(args.get(i), Level.CONSTANT);
            if (levels[i] > b.maxArgLevel()) {
                walker.violation(app == null ? null : app.span(), "Level error in applying operator " + b.name()
                        + ": argument " + (i + 1) + " has level " + Level.describe(levels[i]) + ", but at most level "
                        + Level.describe(b.maxArgLevel()) + " is allowed.",
                        levels[i] == Level.TEMPORAL && b.maxArgLevel() == Level.ACTION, report);
            }
            if (b.argsRaiseLevel()) {
                level = Math.max(level, levels[i]);
            }
        }
        if (report && app != null) {
            BuiltinChecks.check(b, app, levels, tables);
        }
        return level;
    }

    /** Reports level errors in a definition written at module level or in a LET, and records its level. */
    void checkDefinition(Symbol symbol, LevelEnv env) {
        int level = switch (symbol) {
            case OperatorSymbol d -> {
                LevelEnv inner = env;
                for (ParamSymbol p : d.params()) {
                    inner = inner.bind(p, base(p));
                }
                yield d.body() == null ? Level.CONSTANT : walker.level(d.body(), inner, true);
            }
            case FunctionSymbol f -> walker.functionLevel(f, env, true);
            default -> Level.CONSTANT;
        };
        definitionLevels.put(symbol, level);
    }

    /** The argument standing for {@code param} when a definition is checked on its own. */
    static Object base(Symbol param) {
        return param.arity() == 0 ? (Object) Level.CONSTANT : LevelEnv.Declared.INSTANCE;
    }

    static List<Object> baseline(List<Object> args) {
        List<Object> base = new ArrayList<>(args.size());
        for (Object arg : args) {
            base.add(arg instanceof Integer ? (Object) Level.CONSTANT : LevelEnv.Declared.INSTANCE);
        }
        return base;
    }

    static int levelOr(Object value, int fallback) {
        return value instanceof Integer level ? level : fallback;
    }

    private static LevelEnv.OpValue operatorOr(Object value) {
        return value instanceof LevelEnv.OpValue op ? op : LevelEnv.Declared.INSTANCE;
    }

    private static int maxLevel(List<Object> args) {
        int level = Level.CONSTANT;
        for (Object arg : args) {
            level = Math.max(level, levelOr(arg, Level.CONSTANT));
        }
        return level;
    }

    private static String shownName(Expr.OpApp app) {
        StringBuilder b = new StringBuilder();
        for (Expr.PrefixPart part : app.prefix()) {
            b.append(part.name().name()).append('!');
        }
        return b.append(app.name().name()).toString();
    }
}
