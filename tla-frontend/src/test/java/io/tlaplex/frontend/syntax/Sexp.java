package io.tlaplex.frontend.syntax;

import java.util.List;
import java.util.stream.Collectors;

/** Prints syntax trees as compact S-expressions, so that tests can state a tree's shape in one line. */
final class Sexp {

    private Sexp() {
    }

    static String of(Expr e) {
        return switch (e) {
            case null -> "null";
            case Expr.OpApp a -> opApp(a);
            case Expr.Junction j -> "(" + (j.conj() ? "AND" : "OR") + " " + all(j.items()) + ")";
            case Expr.NumberLit n -> n.value().toString();
            case Expr.DecimalLit d -> d.text();
            case Expr.StringLit s -> "\"" + s.value().replace("\\", "\\\\").replace("\"", "\\\"")
                    .replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r").replace("\f", "\\f") + "\"";
            case Expr.If i -> "(IF " + of(i.cond()) + " " + of(i.then()) + " " + of(i.otherwise()) + ")";
            case Expr.Case c -> "(CASE " + c.arms().stream().map(a -> "(" + of(a.guard()) + " -> " + of(a.body()) + ")")
                    .collect(Collectors.joining(" ")) + (c.other() == null ? "" : " (OTHER -> " + of(c.other()) + ")")
                    + ")";
            case Expr.Let l -> "(LET " + l.defs().stream().map(Sexp::of).collect(Collectors.joining(" ")) + " IN "
                    + of(l.body()) + ")";
            case Expr.Quant q -> "(" + (q.exists() ? "\\E" : "\\A") + " " + bounds(q.bounds()) + " : " + of(q.body())
                    + ")";
            case Expr.UnboundedQuant q -> "(" + (q.exists() ? "\\E" : "\\A") + " " + names(q.names()) + " : "
                    + of(q.body()) + ")";
            case Expr.TemporalQuant q -> "(" + (q.exists() ? "\\EE" : "\\AA") + " " + names(q.names()) + " : "
                    + of(q.body()) + ")";
            case Expr.Choose c -> "(CHOOSE " + (c.tuple() ? "<<" + names(c.names()) + ">>" : names(c.names()))
                    + (c.set() == null ? "" : " \\in " + of(c.set())) + " : " + of(c.body()) + ")";
            case Expr.SetEnum s -> "{" + all(s.elements()) + "}";
            case Expr.SetFilter f -> "{" + bound(f.bound()) + " : " + of(f.pred()) + "}";
            case Expr.SetMap m -> "{" + of(m.body()) + " : " + bounds(m.bounds()) + "}";
            case Expr.FnCons f -> "[" + bounds(f.bounds()) + " |-> " + of(f.body()) + "]";
            case Expr.FnApp f -> "(" + of(f.fn()) + " [" + all(f.args()) + "])";
            case Expr.FnSet f -> "[" + of(f.domain()) + " -> " + of(f.range()) + "]";
            case Expr.RecordCons r -> "[" + fields(r.fields(), " |-> ") + "]";
            case Expr.RecordSet r -> "[" + fields(r.fields(), " : ") + "]";
            case Expr.FieldAccess f -> "(. " + of(f.record()) + " " + f.field().name() + ")";
            case Expr.Except x -> "(EXCEPT " + of(x.fn()) + " " + x.updates().stream().map(Sexp::update)
                    .collect(Collectors.joining(" ")) + ")";
            case Expr.At a -> "@";
            case Expr.Tuple t -> "<<" + all(t.elements()) + ">>";
            case Expr.CrossProduct x -> "(\\X " + all(x.factors()) + ")";
            case Expr.Lambda l -> "(LAMBDA " + names(l.params()) + " : " + of(l.body()) + ")";
            case Expr.Label l -> "(:: " + l.name().name() + (l.params().isEmpty() ? "" : "(" + names(l.params()) + ")")
                    + " " + of(l.body()) + ")";
            case Expr.BoxAction b -> "([] " + of(b.action()) + " _ " + of(b.sub()) + ")";
            case Expr.AngleAction a -> "(<> " + of(a.action()) + " _ " + of(a.sub()) + ")";
            case Expr.Fairness f -> "(" + (f.strong() ? "SF" : "WF") + " " + of(f.sub()) + " " + of(f.action()) + ")";
        };
    }

    static String of(Unit u) {
        return switch (u) {
            case Unit.Variables v -> "VARIABLES " + names(v.names());
            case Unit.Constants k -> "CONSTANTS " + params(k.params());
            case Unit.OperatorDef d -> (d.local() ? "LOCAL " : "") + d.name().name()
                    + (d.params().isEmpty() ? "" : "(" + params(d.params()) + ")") + " == " + of(d.body());
            case Unit.FunctionDef f -> (f.local() ? "LOCAL " : "") + f.name().name() + "[" + bounds(f.bounds())
                    + "] == " + of(f.body());
            case Unit.Recursive r -> "RECURSIVE " + params(r.params());
            case Unit.Instance i -> instance(i);
            case Unit.InstanceDef d -> (d.local() ? "LOCAL " : "") + d.name().name()
                    + (d.params().isEmpty() ? "" : "(" + params(d.params()) + ")") + " == " + instance(d.instance());
            case Unit.Assume a -> "ASSUME " + (a.name() == null ? "" : a.name().name() + " == ") + of(a.body());
            case Unit.Theorem t -> "THEOREM" + (t.name() == null ? "" : " " + t.name().name());
            case Unit.NestedModule m -> "MODULE " + m.module().name().name();
        };
    }

    private static String instance(Unit.Instance i) {
        return (i.local() ? "LOCAL " : "") + "INSTANCE " + i.module().name() + (i.substitutions().isEmpty() ? ""
                : " WITH " + i.substitutions().stream().map(s -> s.target().name() + " <- " + of(s.value()))
                        .collect(Collectors.joining(", ")));
    }

    private static String opApp(Expr.OpApp a) {
        StringBuilder name = new StringBuilder();
        for (Expr.PrefixPart p : a.prefix()) {
            name.append(p.name().name());
            if (!p.args().isEmpty()) {
                name.append("(").append(all(p.args())).append(")");
            }
            name.append("!");
        }
        name.append(a.name().name());
        return a.args().isEmpty() ? name.toString() : "(" + name + " " + all(a.args()) + ")";
    }

    private static String update(Expr.ExceptUpdate u) {
        StringBuilder path = new StringBuilder("!");
        for (Expr.ExceptStep s : u.path()) {
            path.append(switch (s) {
                case Expr.FieldStep f -> "." + f.name().name();
                case Expr.IndexStep i -> "[" + all(i.args()) + "]";
            });
        }
        return "(" + path + " = " + of(u.value()) + ")";
    }

    private static String fields(List<Expr.Field> fields, String sep) {
        return fields.stream().map(f -> f.name().name() + sep + of(f.value())).collect(Collectors.joining(", "));
    }

    private static String bounds(List<Expr.Bound> bounds) {
        return bounds.stream().map(Sexp::bound).collect(Collectors.joining(", "));
    }

    private static String bound(Expr.Bound b) {
        return (b.tuple() ? "<<" + names(b.names()) + ">>" : names(b.names())) + " \\in " + of(b.set());
    }

    private static String params(List<Unit.Param> params) {
        return params.stream().map(p -> p.arity() == 0 ? p.name().name() : p.name().name() + "/" + p.arity())
                .collect(Collectors.joining(", "));
    }

    private static String names(List<Ident> names) {
        return names.stream().map(Ident::name).collect(Collectors.joining(" "));
    }

    private static String all(List<Expr> es) {
        return es.stream().map(Sexp::of).collect(Collectors.joining(" "));
    }
}
