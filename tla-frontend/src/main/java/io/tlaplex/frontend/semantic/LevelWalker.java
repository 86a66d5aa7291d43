package io.tlaplex.frontend.semantic;

import io.tlaplex.frontend.diag.DiagCode;
import io.tlaplex.frontend.diag.SourceSpan;
import io.tlaplex.frontend.syntax.Expr;
import io.tlaplex.frontend.syntax.Ident;
import io.tlaplex.frontend.syntax.Unit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * Computes the level of expressions, as SANY does. In report mode (a definition checked where it
 * is written, parameters at constant level) it records every expression's level and reports level
 * errors, including SANY's checks on [], <>, ~> and mixed action/temporal operands. In quiet mode
 * (an operator inlined with its actual argument levels, see {@link LevelApplier}) it only notes
 * that a maximum level was exceeded, and the caller reports the failure at the application.
 */
final class LevelWalker {
    private final Tables tables;
    private final IdentityHashMap<Expr, Integer> exprLevels;
    private final ArrayDeque<Integer> atLevels = new ArrayDeque<>();
    private LevelApplier applier;
    private boolean failed;

    LevelWalker(Tables tables, IdentityHashMap<Expr, Integer> exprLevels) {
        this.tables = tables;
        this.exprLevels = exprLevels;
    }

    void setApplier(LevelApplier applier) {
        this.applier = applier;
    }

    /** True if a quiet computation exceeded a maximum level since the flag was last cleared. */
    boolean failed() {
        return failed;
    }

    void setFailed(boolean failed) {
        this.failed = failed;
    }

    int level(Expr e, LevelEnv env, boolean report) {
        int result = switch (e) {
            case Expr.OpApp a -> applier.application(a, env, report);
            case Expr.Junction j -> junction(j, env, report);
            case Expr.NumberLit n -> Level.CONSTANT;
            case Expr.DecimalLit d -> Level.CONSTANT;
            case Expr.StringLit s -> Level.CONSTANT;
            case Expr.If i -> Math.max(level(i.cond(), env, report),
                    Math.max(level(i.then(), env, report), level(i.otherwise(), env, report)));
            case Expr.Case c -> caseLevel(c, env, report);
            case Expr.Let l -> letLevel(l, env, report);
            case Expr.Quant q -> quantifier(q, env, report);
            case Expr.UnboundedQuant q -> level(q.body(), bindAll(env, q.names(), Level.CONSTANT), report);
            case Expr.TemporalQuant q -> {
                level(q.body(), bindAll(env, q.names(), Level.STATE), report);
                yield Level.TEMPORAL;
            }
            case Expr.Choose c -> {
                int set = c.set() == null ? 0
                        : atMost(level(c.set(), env, report), 2, "the set of CHOOSE", c.set(), report);
                int body = level(c.body(), bindAll(env, c.names(), Level.CONSTANT), report);
                yield Math.max(set, atMost(body, 2, "the body of CHOOSE", c.body(), report));
            }
            case Expr.SetEnum s -> allAtMost(s.elements(), env, report, "a set element");
            case Expr.SetFilter f -> {
                int[] range = new int[1];
                LevelEnv inner = bounds(List.of(f.bound()), env, report, range, null);
                yield Math.max(range[0], atMost(level(f.pred(), inner, report), 2, "the condition of a set filter",
                        f.pred(), report));
            }
            case Expr.SetMap m -> {
                int[] range = new int[1];
                LevelEnv inner = bounds(m.bounds(), env, report, range, null);
                yield Math.max(range[0], atMost(level(m.body(), inner, report), 2, "the expression of a set map",
                        m.body(), report));
            }
            case Expr.FnCons f -> {
                int[] range = new int[1];
                LevelEnv inner = bounds(f.bounds(), env, report, range, null);
                yield Math.max(range[0], level(f.body(), inner, report));
            }
            case Expr.FnApp f -> Math.max(atMost(level(f.fn(), env, report), 2, "an applied function", f.fn(), report),
                    allAtMost(f.args(), env, report, "a function argument"));
            case Expr.FnSet f -> Math.max(atMost(level(f.domain(), env, report), 2, "a function set's domain",
                    f.domain(), report), atMost(level(f.range(), env, report), 2, "a function set's range", f.range(),
                    report));
            case Expr.RecordCons r -> fields(r.fields(), env, report, Level.TEMPORAL);
            case Expr.RecordSet r -> fields(r.fields(), env, report, Level.ACTION);
            case Expr.FieldAccess f -> atMost(level(f.record(), env, report), 2, "a record", f.record(), report);
            case Expr.Except x -> except(x, env, report);
            case Expr.At a -> atLevels.isEmpty() ? Level.CONSTANT : atLevels.peek();
            case Expr.Tuple t -> allAtMost(t.elements(), env, report, "a tuple element");
            case Expr.CrossProduct c -> allAtMost(c.factors(), env, report, "a factor of a Cartesian product");
            case Expr.Lambda l -> level(l.body(), bindParamsAtBase(env, l.params()), report);
            case Expr.Label l -> level(l.body(), env, report);
            case Expr.BoxAction b -> subscripted(b.action(), b.sub(), env, report);
            case Expr.AngleAction a -> subscripted(a.action(), a.sub(), env, report);
            case Expr.Fairness f -> {
                atMost(level(f.sub(), env, report), 1, "the subscript of WF/SF", f.sub(), report);
                atMost(level(f.action(), env, report), 2, "the action of WF/SF", f.action(), report);
                yield Level.TEMPORAL;
            }
        };
        if (report) {
            exprLevels.put(e, result);
        }
        return result;
    }

    /** The level of an operator argument: an {@link Integer}, or a {@link LevelEnv.OpValue} for an operator. */
    Object argument(Expr arg, LevelEnv env, boolean report) {
        if (arg instanceof Expr.Lambda lambda) {
            if (report) {
                level(lambda, env, true);
            }
            return new LevelEnv.LambdaClosure(lambda, env);
        }
        if (arg instanceof Expr.OpApp app && app.args().isEmpty()) {
            Ref ref = tables.refs.get(app);
            if (ref != null && ref.target().arity() > 0 && !(ref.target() instanceof InstanceSymbol)) {
                return applier.operatorValue(app, ref, env, report);
            }
        }
        return level(arg, env, report);
    }

    /**
     * Checks {@code level <= max}; on failure reports (in report mode) at {@code part} or notes the
     * failure. Returns {@code level}.
     */
    int atMost(int level, int max, String what, Expr part, boolean report) {
        if (level > max) {
            violation(part.span(), "Level error: " + what + " has level " + Level.describe(level)
                    + ", but at most level " + Level.describe(max) + " is allowed.", level == 3 && max == 2, report);
        }
        return level;
    }

    void violation(SourceSpan span, String message, boolean temporalInAction, boolean report) {
        if (report) {
            tables.error(temporalInAction ? DiagCode.E0212_TEMPORAL_IN_ACTION : DiagCode.E0210_LEVEL_ERROR, span,
                    message);
        } else {
            failed = true;
        }
    }

    private int allAtMost(List<Expr> exprs, LevelEnv env, boolean report, String what) {
        int level = 0;
        for (Expr e : exprs) {
            level = Math.max(level, atMost(level(e, env, report), 2, what, e, report));
        }
        return level;
    }

    private int fields(List<Expr.Field> fields, LevelEnv env, boolean report, int max) {
        int level = 0;
        for (Expr.Field field : fields) {
            level = Math.max(level, atMost(level(field.value(), env, report), max, "a record field", field.value(),
                    report));
        }
        return level;
    }

    private int subscripted(Expr action, Expr sub, LevelEnv env, boolean report) {
        atMost(level(action, env, report), 2, "the action of [A]_v or <<A>>_v", action, report);
        atMost(level(sub, env, report), 1, "the subscript of [A]_v or <<A>>_v", sub, report);
        return Level.ACTION;
    }

    private int junction(Expr.Junction j, LevelEnv env, boolean report) {
        int level = 0;
        boolean action = false;
        boolean temporal = false;
        for (Expr item : j.items()) {
            int l = level(item, env, report);
            action |= l == Level.ACTION;
            temporal |= l == Level.TEMPORAL;
            level = Math.max(level, l);
        }
        if (report && action && temporal) {
            tables.error(DiagCode.E0212_TEMPORAL_IN_ACTION, j.span(), (j.conj() ? "Conjunction" : "Disjunction")
                    + " list has both temporal formula and action as arguments.");
        }
        return level;
    }

    private int caseLevel(Expr.Case c, LevelEnv env, boolean report) {
        int level = 0;
        for (Expr.CaseArm arm : c.arms()) {
            level = Math.max(level, Math.max(level(arm.guard(), env, report), level(arm.body(), env, report)));
        }
        return c.other() == null ? level : Math.max(level, level(c.other(), env, report));
    }

    private int quantifier(Expr.Quant q, LevelEnv env, boolean report) {
        int[] range = new int[1];
        List<Expr> actionRanges = new ArrayList<>();
        LevelEnv inner = bounds(q.bounds(), env, report, range, actionRanges);
        int body = level(q.body(), inner, report);
        if (report && body == Level.TEMPORAL) {
            for (Expr set : actionRanges) {
                tables.error(DiagCode.E0212_TEMPORAL_IN_ACTION, set.span(),
                        "Action-level bound of quantified temporal formula.");
            }
        }
        return Math.max(range[0], body);
    }

    /**
     * Binds the identifiers of {@code bounds} at constant level, checking each range is at most
     * action-level; {@code maxRange[0]} gets the highest range level, {@code actionRanges} (if
     * given) the action-level ranges.
     */
    private LevelEnv bounds(List<Expr.Bound> bounds, LevelEnv env, boolean report, int[] maxRange,
            List<Expr> actionRanges) {
        LevelEnv inner = env;
        for (Expr.Bound bound : bounds) {
            int level = atMost(level(bound.set(), inner, report), 2, "the range of a bound identifier", bound.set(),
                    report);
            if (level == Level.ACTION && actionRanges != null) {
                actionRanges.add(bound.set());
            }
            maxRange[0] = Math.max(maxRange[0], level);
            inner = bindAll(inner, bound.names(), Level.CONSTANT);
        }
        return inner;
    }

    private int except(Expr.Except x, LevelEnv env, boolean report) {
        int fn = atMost(level(x.fn(), env, report), 2, "the function of EXCEPT", x.fn(), report);
        int level = fn;
        for (Expr.ExceptUpdate update : x.updates()) {
            int at = fn;
            for (Expr.ExceptStep step : update.path()) {
                if (step instanceof Expr.IndexStep index) {
                    at = Math.max(at, allAtMost(index.args(), env, report, "an EXCEPT index"));
                }
            }
            atLevels.push(at);
            int value = atMost(level(update.value(), env, report), 2, "an EXCEPT value", update.value(), report);
            atLevels.pop();
            level = Math.max(level, Math.max(at, value));
        }
        return level;
    }

    private int letLevel(Expr.Let let, LevelEnv env, boolean report) {
        LevelEnv inner = env;
        List<LevelEnv.LetClosure> closures = new ArrayList<>();
        for (Unit unit : let.defs()) {
            Ident name = switch (unit) {
                case Unit.OperatorDef d -> d.name();
                case Unit.FunctionDef f -> f.name();
                default -> null;
            };
            Symbol symbol = name == null ? null : tables.declarations.get(name);
            if (symbol != null) {
                LevelEnv.LetClosure closure = new LevelEnv.LetClosure(symbol);
                closures.add(closure);
                inner = inner.bind(symbol, closure);
            }
        }
        for (LevelEnv.LetClosure closure : closures) {
            closure.env = inner;
            if (report) {
                applier.checkDefinition(closure.symbol, inner);
            }
        }
        return level(let.body(), inner, report);
    }

    /** The level of a function definition's domain and body, with its bound identifiers constant. */
    int functionLevel(FunctionSymbol f, LevelEnv env, boolean report) {
        int[] range = new int[1];
        LevelEnv inner = bounds(f.bounds(), env, report, range, null);
        return f.body() == null ? range[0] : Math.max(range[0], level(f.body(), inner, report));
    }

    LevelEnv bindAll(LevelEnv env, List<Ident> names, int level) {
        LevelEnv inner = env;
        for (Ident name : names) {
            Symbol symbol = tables.declarations.get(name);
            if (symbol != null) {
                inner = inner.bind(symbol, level);
            }
        }
        return inner;
    }

    private LevelEnv bindParamsAtBase(LevelEnv env, List<Ident> names) {
        return bindAll(env, names, Level.CONSTANT);
    }
}
