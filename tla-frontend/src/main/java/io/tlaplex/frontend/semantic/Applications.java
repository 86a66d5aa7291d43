package io.tlaplex.frontend.semantic;

import io.tlaplex.frontend.diag.DiagCode;
import io.tlaplex.frontend.syntax.Expr;
import io.tlaplex.frontend.syntax.Ident;
import io.tlaplex.frontend.syntax.Operators;
import java.util.ArrayList;
import java.util.List;

/**
 * Resolves one name occurrence ({@link Expr.OpApp}), plain or qualified by instances
 * ({@code I(a)!J!Op}), checks its number of arguments, and resolves the arguments with the arity
 * each parameter expects. Part of {@link ExprResolver}.
 */
final class Applications {
    private final Tables tables;
    private final ExprResolver exprs;
    private final DefinitionResolver definitions;

    Applications(Tables tables, ExprResolver exprs, DefinitionResolver definitions) {
        this.tables = tables;
        this.exprs = exprs;
        this.definitions = definitions;
    }

    /**
     * Resolves {@code app}. {@code expectedArity} is 0 in a value position, the arity an operator
     * argument must have, or {@link ExprResolver#ANY_ARITY}; {@code role} describes an argument
     * position for messages (null elsewhere).
     */
    void resolveApp(Expr.OpApp app, ExprResolver.Ctx ctx, int expectedArity, String role) {
        String name = Operators.canonical(app.name().name());
        Ref ref = app.prefix().isEmpty() ? ctx.scope().find(name) : resolvePrefixed(app, name, ctx);
        if (ref == null) {
            if (app.prefix().isEmpty()) {
                reportUndefined(app.name(), name, ctx);
            }
            for (Expr arg : app.args()) {
                exprs.resolveArgument(arg, ctx, ExprResolver.ANY_ARITY, "an argument");
            }
            return;
        }
        tables.refs.put(app, ref);
        Symbol target = ref.target();
        definitions.noteUse(target);
        String shown = shownName(app, name);
        checkArity(app, shown, target, expectedArity, role);
        for (int i = 0; i < app.args().size(); i++) {
            exprs.resolveArgument(app.args().get(i), ctx, parameterArity(target, i),
                    "argument " + (i + 1) + " of `" + shown + "'");
        }
    }

    private void checkArity(Expr.OpApp app, String shown, Symbol target, int expectedArity, String role) {
        int given = app.args().size();
        int arity = target.arity();
        if (target instanceof InstanceSymbol) {
            tables.error(DiagCode.E0204_NOT_AN_OPERATOR, app.span(), "`" + shown
                    + "' is an instance, not an operator; use its definitions as " + shown + "!Op.");
        } else if (expectedArity == ExprResolver.ANY_ARITY) {
            return;
        } else if (expectedArity > 0 && given == 0) {
            if (arity != expectedArity) {
                tables.error(DiagCode.E0213_HIGHER_ORDER_ARGUMENT, app.span(), capitalized(role)
                        + " must be an operator with " + ExprResolver.arguments(expectedArity) + ", but `" + shown
                        + "' takes " + arity + ".");
            }
        } else if (given != arity) {
            if (arity == 0 && !isOperator(target)) {
                tables.error(DiagCode.E0204_NOT_AN_OPERATOR, app.span(),
                        "`" + shown + "' is not an operator, so it cannot be applied to arguments.");
            } else {
                tables.error(DiagCode.E0203_WRONG_ARITY, app.span(), "The operator `" + shown + "' requires "
                        + ExprResolver.arguments(arity) + ", but is applied to " + given + ".");
            }
        }
    }

    private static boolean isOperator(Symbol target) {
        return target instanceof OperatorSymbol || target instanceof Builtin || target instanceof ConstantSymbol
                || (target instanceof ParamSymbol p && p.arity() > 0);
    }

    /** The arity the i-th argument of an application of {@code target} must have. */
    private static int parameterArity(Symbol target, int i) {
        if (target instanceof OperatorSymbol op && i < op.params().size()) {
            return op.params().get(i).arity();
        }
        if (target instanceof OperatorSymbol op && op.recursive() && op.body() == null) {
            return ExprResolver.ANY_ARITY;
        }
        return 0;
    }

    /** Resolves {@code I(a)!J!name}: each prefix part must be an instance, the last name one of its definitions. */
    private Ref resolvePrefixed(Expr.OpApp app, String name, ExprResolver.Ctx ctx) {
        List<InstanceStep> path = new ArrayList<>();
        List<InstanceSymbol> instances = new ArrayList<>();
        TlaModule current = null;
        StringBuilder shown = new StringBuilder();
        for (int j = 0; j < app.prefix().size(); j++) {
            Ident part = app.prefix().get(j).name();
            String partName = Operators.canonical(part.name());
            Ref ref = j == 0 ? ctx.scope().find(partName) : definitionIn(current, partName);
            shown.append(partName);
            if (ref == null && j == 0) {
                reportUndefined(part, partName, ctx);
            } else if (ref == null) {
                reportUnknown(part, shown.toString());
            } else if (!(ref.target() instanceof InstanceSymbol instance)) {
                tables.error(DiagCode.E0205_NOT_AN_INSTANCE, part.span(),
                        "`" + shown + "' is not an instance, so it cannot be followed by !.");
                ref = null;
            } else {
                path.addAll(ref.path());
                path.add(new InstanceStep(instance.instantiation(), j));
                instances.add(instance);
                current = instance.instantiation().module();
            }
            if (ref == null) {
                resolvePrefixArguments(app, instances, ctx);
                return null;
            }
            shown.append('!');
        }
        resolvePrefixArguments(app, instances, ctx);
        Ref ref = definitionIn(current, name);
        if (ref == null) {
            reportUnknown(app.name(), shown + name);
            return null;
        }
        return ref.after(path);
    }

    private void resolvePrefixArguments(Expr.OpApp app, List<InstanceSymbol> instances, ExprResolver.Ctx ctx) {
        for (int j = 0; j < app.prefix().size(); j++) {
            Expr.PrefixPart part = app.prefix().get(j);
            InstanceSymbol instance = j < instances.size() ? instances.get(j) : null;
            if (instance != null && part.args().size() != instance.arity()) {
                tables.error(DiagCode.E0203_WRONG_ARITY, part.name().span(), "The instance `" + instance.name()
                        + "' requires " + ExprResolver.arguments(instance.arity()) + ", but is given "
                        + part.args().size() + ".");
            }
            for (int i = 0; i < part.args().size(); i++) {
                int arity = instance != null && i < instance.arity() ? instance.params().get(i).arity()
                        : ExprResolver.ANY_ARITY;
                exprs.resolveArgument(part.args().get(i), ctx, arity,
                        "argument " + (i + 1) + " of instance `" + part.name().name() + "'");
            }
        }
    }

    /** A definition that {@code I!name} can reach in module {@code m}: exported, not a declaration. */
    private static Ref definitionIn(TlaModule m, String name) {
        Ref ref = m.exports().get(name);
        if (ref == null || ref.target() instanceof ConstantSymbol || ref.target() instanceof VariableSymbol) {
            return null;
        }
        return ref;
    }

    private void reportUndefined(Ident name, String key, ExprResolver.Ctx ctx) {
        if (definitions.inProgress(key)) {
            tables.error(DiagCode.E0208_RECURSIVE_WITHOUT_DECLARATION, name.span(),
                    "`" + key + "' is used in its own definition but is not declared RECURSIVE.");
        } else if (ctx.later() != null && ctx.later().contains(key)) {
            tables.error(DiagCode.E0208_RECURSIVE_WITHOUT_DECLARATION, name.span(), "`" + key
                    + "' is used before its definition; declare it RECURSIVE to allow that.");
        } else {
            reportUnknown(name, key);
        }
    }

    private void reportUnknown(Ident name, String shown) {
        tables.error(DiagCode.E0201_UNDEFINED_NAME, name.span(), "Unknown operator: `" + shown + "'.");
    }

    private static String shownName(Expr.OpApp app, String name) {
        if (app.prefix().isEmpty()) {
            return name;
        }
        StringBuilder b = new StringBuilder();
        for (Expr.PrefixPart part : app.prefix()) {
            b.append(part.name().name()).append('!');
        }
        return b.append(name).toString();
    }

    private static String capitalized(String role) {
        return Character.toUpperCase(role.charAt(0)) + role.substring(1);
    }
}
