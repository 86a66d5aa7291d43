package io.tlaplex.frontend.eval;

import io.tlaplex.frontend.syntax.Expr;
import io.tlaplex.frontend.syntax.Unit;
import java.util.ArrayList;
import java.util.List;

/** Generic views of syntax trees for the compiler's analyses. */
final class Exprs {
    private Exprs() {
    }

    /** The direct subexpressions of {@code e}, including bound sets, LET bodies and EXCEPT paths. */
    static List<Expr> children(Expr e) {
        List<Expr> out = new ArrayList<>();
        switch (e) {
            case Expr.OpApp a -> {
                for (Expr.PrefixPart part : a.prefix()) {
                    out.addAll(part.args());
                }
                out.addAll(a.args());
            }
            case Expr.Junction j -> out.addAll(j.items());
            case Expr.If i -> {
                out.add(i.cond());
                out.add(i.then());
                out.add(i.otherwise());
            }
            case Expr.Case c -> {
                for (Expr.CaseArm arm : c.arms()) {
                    out.add(arm.guard());
                    out.add(arm.body());
                }
                if (c.other() != null) {
                    out.add(c.other());
                }
            }
            case Expr.Let l -> {
                for (Unit u : l.defs()) {
                    if (u instanceof Unit.OperatorDef d) {
                        out.add(d.body());
                    } else if (u instanceof Unit.FunctionDef d) {
                        bounds(d.bounds(), out);
                        out.add(d.body());
                    }
                }
                out.add(l.body());
            }
            case Expr.Quant q -> {
                bounds(q.bounds(), out);
                out.add(q.body());
            }
            case Expr.UnboundedQuant q -> out.add(q.body());
            case Expr.TemporalQuant q -> out.add(q.body());
            case Expr.Choose c -> {
                if (c.set() != null) {
                    out.add(c.set());
                }
                out.add(c.body());
            }
            case Expr.SetEnum s -> out.addAll(s.elements());
            case Expr.SetFilter f -> {
                out.add(f.bound().set());
                out.add(f.pred());
            }
            case Expr.SetMap m -> {
                bounds(m.bounds(), out);
                out.add(m.body());
            }
            case Expr.FnCons f -> {
                bounds(f.bounds(), out);
                out.add(f.body());
            }
            case Expr.FnApp f -> {
                out.add(f.fn());
                out.addAll(f.args());
            }
            case Expr.FnSet f -> {
                out.add(f.domain());
                out.add(f.range());
            }
            case Expr.RecordCons r -> r.fields().forEach(f -> out.add(f.value()));
            case Expr.RecordSet r -> r.fields().forEach(f -> out.add(f.value()));
            case Expr.FieldAccess f -> out.add(f.record());
            case Expr.Except x -> {
                out.add(x.fn());
                for (Expr.ExceptUpdate u : x.updates()) {
                    for (Expr.ExceptStep step : u.path()) {
                        if (step instanceof Expr.IndexStep i) {
                            out.addAll(i.args());
                        }
                    }
                    out.add(u.value());
                }
            }
            case Expr.Tuple t -> out.addAll(t.elements());
            case Expr.CrossProduct c -> out.addAll(c.factors());
            case Expr.Lambda l -> out.add(l.body());
            case Expr.Label l -> out.add(l.body());
            case Expr.BoxAction b -> {
                out.add(b.action());
                out.add(b.sub());
            }
            case Expr.AngleAction b -> {
                out.add(b.action());
                out.add(b.sub());
            }
            case Expr.Fairness f -> {
                out.add(f.sub());
                out.add(f.action());
            }
            default -> {
            }
        }
        return out;
    }

    private static void bounds(List<Expr.Bound> bounds, List<Expr> out) {
        for (Expr.Bound b : bounds) {
            out.add(b.set());
        }
    }
}
