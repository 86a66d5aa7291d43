package io.tlaplex.frontend.semantic;

import io.tlaplex.frontend.diag.DiagCode;
import io.tlaplex.frontend.diag.SourceSpan;
import io.tlaplex.frontend.syntax.Expr;
import io.tlaplex.frontend.syntax.Ident;
import io.tlaplex.frontend.syntax.Operators;
import io.tlaplex.frontend.syntax.Unit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Resolves operator and function definitions and RECURSIVE declarations, at module level or in a
 * LET. A definition's name is bound only after its body is resolved, so a body can use itself or a
 * later definition only through a RECURSIVE declaration (function definitions may always refer to
 * themselves). Part of {@link ExprResolver}.
 */
final class DefinitionResolver {
    private final Tables tables;
    private final TlaModule module;
    private final ExprResolver exprs;
    private final ArrayDeque<String> inProgress = new ArrayDeque<>();
    private final Set<FunctionSymbol> functionsInProgress = Collections.newSetFromMap(new IdentityHashMap<>());

    DefinitionResolver(Tables tables, TlaModule module, ExprResolver exprs) {
        this.tables = tables;
        this.module = module;
        this.exprs = exprs;
    }

    /** True while the body of a definition named {@code name} is being resolved. */
    boolean inProgress(String name) {
        return inProgress.contains(name);
    }

    /** Records a use of {@code target}; a function used inside its own body is recursive. */
    void noteUse(Symbol target) {
        if (target instanceof FunctionSymbol f && functionsInProgress.contains(f)) {
            f.markRecursive();
        }
    }

    /** The names the operator and function definitions among {@code units} will bind. */
    static Set<String> definedNames(List<Unit> units) {
        Set<String> names = new HashSet<>();
        for (Unit unit : units) {
            switch (unit) {
                case Unit.OperatorDef d -> names.add(Operators.canonical(d.name().name()));
                case Unit.FunctionDef f -> names.add(Operators.canonical(f.name().name()));
                case Unit.InstanceDef i -> names.add(Operators.canonical(i.name().name()));
                default -> {
                }
            }
        }
        return names;
    }

    void resolveLet(Expr.Let let, ExprResolver.Ctx ctx) {
        Scope inner = ctx.scope().child();
        ExprResolver.Ctx letCtx = new ExprResolver.Ctx(inner, ctx.atAllowed(),
                new ExprResolver.Later(definedNames(let.defs()), ctx.later()));
        Definer definer = new LetDefiner(inner);
        List<OperatorSymbol> declared = new ArrayList<>();
        for (Unit unit : let.defs()) {
            switch (unit) {
                case Unit.OperatorDef d -> defineOperator(d, letCtx, definer, true);
                case Unit.FunctionDef f -> defineFunction(f, letCtx, definer, true);
                case Unit.Recursive r -> declared.addAll(declareRecursive(r, definer, true));
                default -> {
                }
            }
        }
        checkRecursiveDefined(declared);
        exprs.resolve(let.body(), letCtx);
    }

    OperatorSymbol defineOperator(Unit.OperatorDef def, ExprResolver.Ctx ctx, Definer definer, boolean inLet) {
        String name = Operators.canonical(def.name().name());
        Ref existing = ctx.scope().findHere(name);
        OperatorSymbol declared = existing != null && existing.isDirect()
                && existing.target() instanceof OperatorSymbol op && op.recursive() && op.body() == null
                && op.module() == module ? op : null;
        OperatorSymbol symbol = declared != null ? declared
                : new OperatorSymbol(name, def.params().size(), def.name().span(), module, false, inLet);
        if (declared != null && declared.arity() != def.params().size()) {
            tables.error(DiagCode.E0203_WRONG_ARITY, def.name().span(), "`" + name + "' is declared RECURSIVE with "
                    + ExprResolver.arguments(declared.arity()) + " but defined with " + def.params().size() + ".");
        }
        Scope inner = ctx.scope().child();
        symbol.define(bindParams(def.params(), inner), def.body(), def.local(), def.name().span());
        tables.declarations.put(def.name(), symbol);
        inProgress.push(name);
        exprs.resolve(def.body(), ctx.in(inner));
        inProgress.pop();
        if (declared != null) {
            definer.defineRecursive(name, Ref.direct(symbol), def.local());
        } else {
            definer.define(name, Ref.direct(symbol), def.name().span(), def.local());
        }
        return symbol;
    }

    FunctionSymbol defineFunction(Unit.FunctionDef def, ExprResolver.Ctx ctx, Definer definer, boolean inLet) {
        String name = Operators.canonical(def.name().name());
        FunctionSymbol symbol = new FunctionSymbol(name, def.name().span(), module, def.local(), inLet);
        symbol.define(def.bounds(), def.body());
        tables.declarations.put(def.name(), symbol);
        Scope self = ctx.scope().child();
        self.bind(name, Ref.direct(symbol));
        functionsInProgress.add(symbol);
        Scope inner = exprs.bindBounds(def.bounds(), ctx.in(self));
        exprs.resolve(def.body(), ctx.in(inner));
        functionsInProgress.remove(symbol);
        definer.define(name, Ref.direct(symbol), def.name().span(), def.local());
        return symbol;
    }

    List<OperatorSymbol> declareRecursive(Unit.Recursive rec, Definer definer, boolean inLet) {
        List<OperatorSymbol> declared = new ArrayList<>();
        for (Unit.Param p : rec.params()) {
            String name = Operators.canonical(p.name().name());
            OperatorSymbol symbol = new OperatorSymbol(name, p.arity(), p.name().span(), module, true, inLet);
            definer.declareRecursive(name, Ref.direct(symbol), p.name().span());
            declared.add(symbol);
        }
        return declared;
    }

    /** Reports RECURSIVE declarations whose definition never came. */
    void checkRecursiveDefined(List<OperatorSymbol> declared) {
        for (OperatorSymbol symbol : declared) {
            if (symbol.body() == null) {
                tables.error(DiagCode.E0208_RECURSIVE_WITHOUT_DECLARATION, symbol.declaredAt(),
                        "`" + symbol.name() + "' is declared RECURSIVE but never defined.");
            }
        }
    }

    List<ParamSymbol> bindParams(List<Unit.Param> params, Scope scope) {
        List<ParamSymbol> symbols = new ArrayList<>(params.size());
        for (int i = 0; i < params.size(); i++) {
            Unit.Param p = params.get(i);
            Ident name = p.name();
            ParamSymbol symbol = new ParamSymbol(Operators.canonical(name.name()), p.arity(), i, name.span());
            exprs.declare(name, symbol, scope);
            symbols.add(symbol);
        }
        return symbols;
    }

    /** Binds LET definitions in the LET's own level of the scope. */
    private final class LetDefiner implements Definer {
        private final Scope scope;

        LetDefiner(Scope scope) {
            this.scope = scope;
        }

        @Override
        public void define(String name, Ref ref, SourceSpan span, boolean local) {
            Ref existing = scope.find(name);
            if (existing != null) {
                reportClash(name, existing, span);
            }
            scope.bind(name, ref);
        }

        @Override
        public void declareRecursive(String name, Ref ref, SourceSpan span) {
            define(name, ref, span, false);
        }

        @Override
        public void defineRecursive(String name, Ref ref, boolean local) {
        }
    }

    void reportClash(String name, Ref existing, SourceSpan span) {
        tables.error(DiagCode.E0202_DUPLICATE_DEFINITION, span, "Multiply-defined symbol '" + name
                + "': this definition or declaration conflicts with the one at "
                + Tables.whereDeclared(existing.target()) + ".");
    }
}
