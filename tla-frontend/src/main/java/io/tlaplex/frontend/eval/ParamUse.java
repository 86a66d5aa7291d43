package io.tlaplex.frontend.eval;

import io.tlaplex.frontend.eval.std.StandardLibrary;
import io.tlaplex.frontend.eval.std.StdOp;
import io.tlaplex.frontend.semantic.Builtin;
import io.tlaplex.frontend.semantic.OperatorSymbol;
import io.tlaplex.frontend.semantic.ParamSymbol;
import io.tlaplex.frontend.semantic.Ref;
import io.tlaplex.frontend.semantic.SemanticModel;
import io.tlaplex.frontend.semantic.Symbol;
import io.tlaplex.frontend.syntax.Expr;
import io.tlaplex.frontend.syntax.Unit;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an operator's body does with its parameters, read from its syntax: which parameters it evaluates on every
 * path (so callers may evaluate those arguments first) and which it primes (so callers must pass the argument
 * expression, not its value). Memoized; compile time only.
 */
final class ParamUse {
    private final SemanticModel model;
    private final Map<OperatorSymbol, boolean[]> strict = new IdentityHashMap<>();
    private final Map<OperatorSymbol, boolean[]> primed = new IdentityHashMap<>();

    ParamUse(SemanticModel model) {
        this.model = model;
    }

    /** Per parameter: true when every evaluation of the body evaluates it. */
    boolean[] strict(OperatorSymbol op) {
        boolean[] known = strict.get(op);
        if (known != null) {
            return known;
        }
        boolean[] result = new boolean[op.arity()];
        strict.put(op, result);
        if (op.body() != null) {
            for (int i = 0; i < result.length; i++) {
                ParamSymbol p = op.params().get(i);
                result[i] = p.arity() == 0 && strictIn(op.body(), p);
            }
        }
        return result;
    }

    /** Per parameter: true when the body primes it (directly, through UNCHANGED/ENABLED, or by passing it on). */
    boolean[] primed(OperatorSymbol op) {
        boolean[] known = primed.get(op);
        if (known != null) {
            return known;
        }
        boolean[] result = new boolean[op.arity()];
        primed.put(op, result);
        if (op.body() != null) {
            for (int i = 0; i < result.length; i++) {
                result[i] = primedIn(op.body(), op.params().get(i), false);
            }
        }
        return result;
    }

    boolean anyPrimed(OperatorSymbol op) {
        for (boolean b : primed(op)) {
            if (b) {
                return true;
            }
        }
        return false;
    }

    private boolean strictIn(Expr e, Symbol p) {
        return switch (e) {
            case Expr.OpApp a -> strictApp(a, p);
            case Expr.Junction j -> strictIn(j.items().get(0), p);
            case Expr.If i -> strictIn(i.cond(), p) || strictIn(i.then(), p) && strictIn(i.otherwise(), p);
            case Expr.Case c -> strictIn(c.arms().get(0).guard(), p);
            case Expr.Let l -> strictIn(l.body(), p);
            case Expr.Quant q -> strictIn(q.bounds().get(0).set(), p);
            case Expr.Choose c -> c.set() != null && strictIn(c.set(), p);
            case Expr.SetFilter f -> strictIn(f.bound().set(), p);
            case Expr.SetMap m -> strictIn(m.bounds().get(0).set(), p);
            case Expr.FnCons f -> strictIn(f.bounds().get(0).set(), p);
            case Expr.SetEnum s -> anyStrict(s.elements(), p);
            case Expr.Tuple t -> anyStrict(t.elements(), p);
            case Expr.FnApp f -> strictIn(f.fn(), p) || anyStrict(f.args(), p);
            case Expr.FnSet f -> strictIn(f.domain(), p) || strictIn(f.range(), p);
            case Expr.FieldAccess f -> strictIn(f.record(), p);
            case Expr.Except x -> strictIn(x.fn(), p);
            case Expr.CrossProduct c -> anyStrict(c.factors(), p);
            case Expr.RecordCons r -> r.fields().stream().anyMatch(f -> strictIn(f.value(), p));
            case Expr.RecordSet r -> r.fields().stream().anyMatch(f -> strictIn(f.value(), p));
            case Expr.Label l -> strictIn(l.body(), p);
            default -> false;
        };
    }

    private boolean anyStrict(List<Expr> es, Symbol p) {
        for (Expr e : es) {
            if (strictIn(e, p)) {
                return true;
            }
        }
        return false;
    }

    private boolean strictApp(Expr.OpApp a, Symbol p) {
        Ref ref = model.resolve(a);
        if (ref == null) {
            return false;
        }
        Symbol t = ref.target();
        if (t == p) {
            return true;
        }
        if (a.args().isEmpty()) {
            return false;
        }
        if (t instanceof Builtin b) {
            return switch (b.kind()) {
                case AND, OR, IMPLIES -> strictIn(a.args().get(0), p);
                case PRIME, UNCHANGED, ENABLED, ALWAYS, EVENTUALLY, LEADS_TO, PLUS_ARROW, CDOT -> false;
                default -> anyStrict(a.args(), p);
            };
        }
        if (t instanceof OperatorSymbol op && ref.isDirect()) {
            StdOp std = op.module() != null && op.module().standard()
                    ? StandardLibrary.lookup(op.module().name(), op.name()) : null;
            boolean[] calleeStrict = std != null ? null : strict(op);
            for (int i = 0; i < a.args().size() && i < op.arity(); i++) {
                boolean evaluated = std != null ? op.params().get(i).arity() == 0 && !lazyStd(std, i)
                        : calleeStrict[i];
                if (evaluated && strictIn(a.args().get(i), p)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean lazyStd(StdOp std, int i) {
        return std instanceof StdOp.General g && g.isLazy(i);
    }

    private boolean primedIn(Expr e, Symbol p, boolean under) {
        return switch (e) {
            case Expr.OpApp a -> primedApp(a, p, under);
            case Expr.BoxAction b -> primedIn(b.action(), p, under) || primedIn(b.sub(), p, true);
            case Expr.AngleAction b -> primedIn(b.action(), p, under) || primedIn(b.sub(), p, true);
            case Expr.Fairness f -> primedIn(f.sub(), p, true) || primedIn(f.action(), p, true);
            case Expr.Let l -> primedLet(l, p, under);
            default -> anyChild(e, p, under);
        };
    }

    private boolean primedLet(Expr.Let l, Symbol p, boolean under) {
        boolean bodyPrimes = under || mentionsPrime(l.body());
        for (Unit u : l.defs()) {
            if (u instanceof Unit.OperatorDef d && primedIn(d.body(), p, bodyPrimes)) {
                return true;
            }
            if (u instanceof Unit.FunctionDef d && primedIn(d.body(), p, bodyPrimes)) {
                return true;
            }
        }
        return primedIn(l.body(), p, under);
    }

    private boolean primedApp(Expr.OpApp a, Symbol p, boolean under) {
        Ref ref = model.resolve(a);
        Symbol t = ref == null ? null : ref.target();
        if (t == p) {
            return under;
        }
        boolean argsUnder = under;
        if (t instanceof Builtin b) {
            argsUnder |= b.kind() == Builtin.Kind.PRIME || b.kind() == Builtin.Kind.UNCHANGED
                    || b.kind() == Builtin.Kind.ENABLED;
        }
        for (int i = 0; i < a.args().size(); i++) {
            boolean thisUnder = argsUnder;
            if (t instanceof OperatorSymbol op && ref.isDirect() && i < op.arity() && op.body() != null) {
                thisUnder |= primed(op)[i];
            }
            if (primedIn(a.args().get(i), p, thisUnder)) {
                return true;
            }
        }
        for (Expr.PrefixPart part : a.prefix()) {
            for (Expr arg : part.args()) {
                if (primedIn(arg, p, true)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean anyChild(Expr e, Symbol p, boolean under) {
        for (Expr child : Exprs.children(e)) {
            if (primedIn(child, p, under)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code e} contains a prime, UNCHANGED, ENABLED or an action subscript anywhere in its text. */
    boolean mentionsPrime(Expr e) {
        if (e instanceof Expr.OpApp a) {
            Ref ref = model.resolve(a);
            if (ref != null && ref.target() instanceof Builtin b && (b.kind() == Builtin.Kind.PRIME
                    || b.kind() == Builtin.Kind.UNCHANGED || b.kind() == Builtin.Kind.ENABLED)) {
                return true;
            }
        }
        if (e instanceof Expr.BoxAction || e instanceof Expr.AngleAction || e instanceof Expr.Fairness) {
            return true;
        }
        for (Expr child : Exprs.children(e)) {
            if (mentionsPrime(child)) {
                return true;
            }
        }
        return false;
    }
}
