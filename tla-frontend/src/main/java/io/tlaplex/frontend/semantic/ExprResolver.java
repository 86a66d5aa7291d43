package io.tlaplex.frontend.semantic;

import io.tlaplex.frontend.diag.DiagCode;
import io.tlaplex.frontend.syntax.Expr;
import io.tlaplex.frontend.syntax.Ident;
import io.tlaplex.frontend.syntax.Operators;
import java.util.List;
import java.util.Set;

/**
 * Resolves the names in expressions of one module: records what every {@link Expr.OpApp} denotes
 * and which symbol every bound identifier declares, and reports unknown names, arity errors and
 * misplaced {@code @}. LET definitions go through {@link DefinitionResolver}. Single-threaded.
 */
final class ExprResolver {

    /** Where resolution stands: the visible names, whether {@code @} may appear, definitions still to come. */
    record Ctx(Scope scope, boolean atAllowed, Later later) {
        Ctx in(Scope inner) {
            return new Ctx(inner, atAllowed, later);
        }
    }

    /** Names defined later at each enclosing level (module, LETs), for telling E0208 from E0201. */
    record Later(Set<String> names, Later outer) {
        boolean contains(String name) {
            for (Later l = this; l != null; l = l.outer) {
                if (l.names.contains(name)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Expected operator arity of an argument whose position is unknown (its operator is undefined). */
    static final int ANY_ARITY = -1;

    private final Tables tables;
    private final DefinitionResolver definitions;
    private final Applications applications;

    ExprResolver(Tables tables, TlaModule module) {
        this.tables = tables;
        this.definitions = new DefinitionResolver(tables, module, this);
        this.applications = new Applications(tables, this, definitions);
    }

    DefinitionResolver definitions() {
        return definitions;
    }

    void resolve(Expr e, Ctx ctx) {
        switch (e) {
            case Expr.OpApp a -> applications.resolveApp(a, ctx, 0, null);
            case Expr.Junction j -> resolveAll(j.items(), ctx);
            case Expr.NumberLit n -> {
            }
            case Expr.DecimalLit d -> {
            }
            case Expr.StringLit s -> {
            }
            case Expr.If i -> {
                resolve(i.cond(), ctx);
                resolve(i.then(), ctx);
                resolve(i.otherwise(), ctx);
            }
            case Expr.Case c -> {
                for (Expr.CaseArm arm : c.arms()) {
                    resolve(arm.guard(), ctx);
                    resolve(arm.body(), ctx);
                }
                if (c.other() != null) {
                    resolve(c.other(), ctx);
                }
            }
            case Expr.Let l -> definitions.resolveLet(l, ctx);
            case Expr.Quant q -> resolve(q.body(), ctx.in(bindBounds(q.bounds(), ctx)));
            case Expr.UnboundedQuant q -> resolve(q.body(), ctx.in(bindNames(q.names(), ctx.scope())));
            case Expr.TemporalQuant q -> resolve(q.body(), ctx.in(bindNames(q.names(), ctx.scope())));
            case Expr.Choose c -> {
                if (c.set() != null) {
                    resolve(c.set(), ctx);
                }
                resolve(c.body(), ctx.in(bindNames(c.names(), ctx.scope())));
            }
            case Expr.SetEnum s -> resolveAll(s.elements(), ctx);
            case Expr.SetFilter f -> resolve(f.pred(), ctx.in(bindBounds(List.of(f.bound()), ctx)));
            case Expr.SetMap m -> resolve(m.body(), ctx.in(bindBounds(m.bounds(), ctx)));
            case Expr.FnCons f -> resolve(f.body(), ctx.in(bindBounds(f.bounds(), ctx)));
            case Expr.FnApp f -> {
                resolve(f.fn(), ctx);
                resolveAll(f.args(), ctx);
            }
            case Expr.FnSet f -> {
                resolve(f.domain(), ctx);
                resolve(f.range(), ctx);
            }
            case Expr.RecordCons r -> r.fields().forEach(field -> resolve(field.value(), ctx));
            case Expr.RecordSet r -> r.fields().forEach(field -> resolve(field.value(), ctx));
            case Expr.FieldAccess f -> resolve(f.record(), ctx);
            case Expr.Except x -> resolveExcept(x, ctx);
            case Expr.At a -> {
                if (!ctx.atAllowed()) {
                    tables.error(DiagCode.E0209_AT_OUTSIDE_EXCEPT, a.span(),
                            "@ can only be used in the new value of an EXCEPT clause.");
                }
            }
            case Expr.Tuple t -> resolveAll(t.elements(), ctx);
            case Expr.CrossProduct c -> resolveAll(c.factors(), ctx);
            case Expr.Lambda l -> {
                tables.error(DiagCode.E0213_HIGHER_ORDER_ARGUMENT, l.span(),
                        "LAMBDA can only be the argument of an operator that expects an operator.");
                resolveLambda(l, ctx);
            }
            case Expr.Label l -> resolve(l.body(), ctx);
            case Expr.BoxAction b -> {
                resolve(b.action(), ctx);
                resolve(b.sub(), ctx);
            }
            case Expr.AngleAction a -> {
                resolve(a.action(), ctx);
                resolve(a.sub(), ctx);
            }
            case Expr.Fairness f -> {
                resolve(f.sub(), ctx);
                resolve(f.action(), ctx);
            }
        }
    }

    /**
     * Resolves an argument in a position that expects an operator of {@code arity} arguments (0: a
     * value; {@link #ANY_ARITY}: unknown). {@code role} names the position for messages.
     */
    void resolveArgument(Expr arg, Ctx ctx, int arity, String role) {
        if (arg instanceof Expr.Lambda lambda) {
            if (arity == 0) {
                tables.error(DiagCode.E0213_HIGHER_ORDER_ARGUMENT, lambda.span(),
                        "LAMBDA can only be the argument of an operator that expects an operator, not " + role + ".");
            } else if (arity > 0 && lambda.params().size() != arity) {
                tables.error(DiagCode.E0213_HIGHER_ORDER_ARGUMENT, lambda.span(), capitalized(role)
                        + " must be an operator with " + arguments(arity) + ", but this LAMBDA takes "
                        + lambda.params().size() + ".");
            }
            resolveLambda(lambda, ctx);
        } else if (arg instanceof Expr.OpApp app && (arity != 0 || app.args().isEmpty())) {
            if (arity > 0 && !app.args().isEmpty()) {
                tables.error(DiagCode.E0213_HIGHER_ORDER_ARGUMENT, app.span(),
                        capitalized(role) + " must be an operator with " + arguments(arity) + ".");
                applications.resolveApp(app, ctx, 0, null);
            } else {
                applications.resolveApp(app, ctx, arity, role);
            }
        } else {
            if (arity > 0) {
                tables.error(DiagCode.E0213_HIGHER_ORDER_ARGUMENT, arg.span(),
                        capitalized(role) + " must be an operator with " + arguments(arity) + ".");
            }
            resolve(arg, ctx);
        }
    }

    private void resolveLambda(Expr.Lambda lambda, Ctx ctx) {
        Scope inner = ctx.scope().child();
        for (int i = 0; i < lambda.params().size(); i++) {
            Ident name = lambda.params().get(i);
            declare(name, new ParamSymbol(name.name(), 0, i, name.span()), inner);
        }
        resolve(lambda.body(), ctx.in(inner));
    }

    private void resolveExcept(Expr.Except except, Ctx ctx) {
        resolve(except.fn(), ctx);
        Ctx value = new Ctx(ctx.scope(), true, ctx.later());
        for (Expr.ExceptUpdate update : except.updates()) {
            for (Expr.ExceptStep step : update.path()) {
                if (step instanceof Expr.IndexStep index) {
                    resolveAll(index.args(), ctx);
                }
            }
            resolve(update.value(), value);
        }
    }

    private void resolveAll(List<Expr> exprs, Ctx ctx) {
        for (Expr e : exprs) {
            resolve(e, ctx);
        }
    }

    /**
     * A new level with the identifiers of {@code bounds}; each set is resolved with the
     * identifiers of the earlier bounds visible (as in {@code \E x \in S : \E y \in T : ...}).
     */
    Scope bindBounds(List<Expr.Bound> bounds, Ctx ctx) {
        Scope inner = ctx.scope().child();
        for (Expr.Bound bound : bounds) {
            resolve(bound.set(), ctx.in(inner));
            for (Ident name : bound.names()) {
                declare(name, new BoundSymbol(name.name(), name.span()), inner);
            }
        }
        return inner;
    }

    private Scope bindNames(List<Ident> names, Scope outer) {
        Scope inner = outer.child();
        for (Ident name : names) {
            declare(name, new BoundSymbol(name.name(), name.span()), inner);
        }
        return inner;
    }

    /** Binds a parameter or bound identifier at {@code scope}'s level, reporting a clash with any visible name. */
    void declare(Ident name, Symbol symbol, Scope scope) {
        String key = Operators.canonical(name.name());
        Ref existing = scope.find(key);
        if (existing != null) {
            definitions.reportClash(key, existing, name.span());
        }
        scope.bind(key, Ref.direct(symbol));
        tables.declarations.put(name, symbol);
    }

    static String arguments(int n) {
        return n + (n == 1 ? " argument" : " arguments");
    }

    private static String capitalized(String role) {
        return Character.toUpperCase(role.charAt(0)) + role.substring(1);
    }
}
