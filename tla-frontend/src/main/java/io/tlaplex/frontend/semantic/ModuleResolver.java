package io.tlaplex.frontend.semantic;

import io.tlaplex.frontend.diag.DiagCode;
import io.tlaplex.frontend.diag.SourceSpan;
import io.tlaplex.frontend.syntax.Expr;
import io.tlaplex.frontend.syntax.Ident;
import io.tlaplex.frontend.syntax.Module;
import io.tlaplex.frontend.syntax.Operators;
import io.tlaplex.frontend.syntax.Unit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves modules one at a time, in dependency order: builds each module's scope from its
 * EXTENDS, declarations, definitions and INSTANCEs, in the order they appear, and resolves every
 * body on the way. Single-threaded; one per load.
 */
final class ModuleResolver {
    private final Tables tables;
    private final Map<String, TlaModule> topLevel = new HashMap<>();
    private final List<TlaModule> all = new ArrayList<>();

    ModuleResolver(Tables tables) {
        this.tables = tables;
    }

    /** Every module resolved so far, nested ones included, each after the modules it needs. */
    List<TlaModule> modules() {
        return all;
    }

    /** Resolves a top-level module; the modules it names must have been resolved before. */
    TlaModule resolve(Module syntax, boolean standard) {
        TlaModule module = resolve(syntax, standard, null, null, new HashMap<>());
        topLevel.put(module.name(), module);
        return module;
    }

    private TlaModule resolve(Module syntax, boolean standard, TlaModule parent, Scope outer,
            Map<String, TlaModule> nestedVisible) {
        TlaModule module = new TlaModule(syntax, standard, parent);
        Scope scope = Scope.ofModule(module.mutableScope(), outer);
        ExprResolver exprs = new ExprResolver(tables, module);
        ExprResolver.Ctx ctx = new ExprResolver.Ctx(scope, false,
                new ExprResolver.Later(DefinitionResolver.definedNames(syntax.units()), null));
        Definer definer = new ModuleDefiner(module, scope, exprs.definitions());
        Map<String, TlaModule> nested = new HashMap<>(nestedVisible);
        for (Ident name : syntax.extendsNames()) {
            extend(module, name, definer, nested);
        }
        UnitContext units = new UnitContext(module, ctx, definer, exprs, nested);
        List<OperatorSymbol> declared = new ArrayList<>();
        for (Unit unit : syntax.units()) {
            if (unit instanceof Unit.Recursive r) {
                declared.addAll(exprs.definitions().declareRecursive(r, definer, false));
            } else if (unit instanceof Unit.NestedModule n) {
                TlaModule inner = resolve(n.module(), standard, module, scope.snapshot(), nested);
                nested.put(inner.name(), inner);
            } else {
                resolveUnit(unit, units);
            }
        }
        exprs.definitions().checkRecursiveDefined(declared);
        all.add(module);
        return module;
    }

    /** What resolving the units of one module needs. */
    private record UnitContext(TlaModule module, ExprResolver.Ctx ctx, Definer definer, ExprResolver exprs,
            Map<String, TlaModule> nested) {
    }

    private void resolveUnit(Unit unit, UnitContext u) {
        TlaModule module = u.module();
        DefinitionResolver defs = u.exprs().definitions();
        switch (unit) {
            case Unit.Variables v -> {
                for (Ident name : v.names()) {
                    VariableSymbol symbol = new VariableSymbol(name.name(), name.span(), module);
                    declare(name, symbol, u);
                    module.addVariable(symbol);
                }
            }
            case Unit.Constants c -> {
                for (Unit.Param p : c.params()) {
                    String name = Operators.canonical(p.name().name());
                    ConstantSymbol symbol = new ConstantSymbol(name, p.arity(), p.name().span(), module);
                    declare(p.name(), symbol, u);
                    module.addConstant(symbol);
                }
            }
            case Unit.OperatorDef d -> module.addDefinition(defs.defineOperator(d, u.ctx(), u.definer(), false));
            case Unit.FunctionDef f -> module.addDefinition(defs.defineFunction(f, u.ctx(), u.definer(), false));
            case Unit.Instance i -> instanceUnnamed(i, u);
            case Unit.InstanceDef d -> instanceNamed(d, u);
            case Unit.Assume a -> {
                u.exprs().resolve(a.body(), u.ctx());
                module.addAssumption(a);
                if (a.name() != null) {
                    declare(a.name(), new AssumeSymbol(a.name().name(), a.body(), a.name().span(), module), u);
                }
            }
            case Unit.Theorem t -> {
                if (t.name() != null && t.statement() != null) {
                    // THEOREM T == P names P like the definition T == P does: TLC evaluates T where it is used.
                    Unit.OperatorDef asDefinition = new Unit.OperatorDef(t.name(), List.of(), t.statement(), false,
                            t.span());
                    module.addDefinition(defs.defineOperator(asDefinition, u.ctx(), u.definer(), false));
                } else if (t.name() != null) {
                    declare(t.name(), new TheoremSymbol(t.name().name(), t.name().span(), module), u);
                }
            }
            case Unit.Recursive r -> throw new IllegalStateException("handled by the caller");
            case Unit.NestedModule n -> throw new IllegalStateException("handled by the caller");
        }
    }

    private void declare(Ident name, Symbol symbol, UnitContext u) {
        tables.declarations.put(name, symbol);
        u.definer().define(symbol.name(), Ref.direct(symbol), name.span(), false);
        if (symbol instanceof AssumeSymbol || symbol instanceof TheoremSymbol) {
            u.module().addDefinition(symbol);
        }
    }

    private void extend(TlaModule module, Ident name, Definer definer, Map<String, TlaModule> nested) {
        TlaModule extended = find(name.name(), nested);
        if (extended == null) {
            return;
        }
        module.addExtended(extended);
        for (Map.Entry<String, Ref> entry : extended.exports().entrySet()) {
            definer.define(entry.getKey(), entry.getValue(), name.span(), false);
        }
        extended.constants().forEach(module::addConstant);
        extended.variables().forEach(module::addVariable);
    }

    private TlaModule find(String name, Map<String, TlaModule> nested) {
        TlaModule found = nested.get(name);
        return found != null ? found : topLevel.get(name);
    }

    private void instanceUnnamed(Unit.Instance unit, UnitContext u) {
        Instantiation inst = instantiate(unit, u.ctx(), u);
        if (inst == null) {
            return;
        }
        u.module().addInstantiation(inst);
        List<InstanceStep> step = List.of(new InstanceStep(inst, -1));
        for (Map.Entry<String, Ref> entry : inst.module().exports().entrySet()) {
            Symbol target = entry.getValue().target();
            if (!(target instanceof ConstantSymbol) && !(target instanceof VariableSymbol)) {
                u.definer().define(entry.getKey(), entry.getValue().after(step), unit.module().span(), unit.local());
            }
        }
    }

    private void instanceNamed(Unit.InstanceDef def, UnitContext u) {
        Scope inner = u.ctx().scope().child();
        List<ParamSymbol> params = u.exprs().definitions().bindParams(def.params(), inner);
        Instantiation inst = instantiate(def.instance(), u.ctx().in(inner), u);
        if (inst == null) {
            return;
        }
        String name = Operators.canonical(def.name().name());
        InstanceSymbol symbol = new InstanceSymbol(name, params, inst, def.local(), def.name().span(), u.module());
        inst.setOwner(symbol);
        tables.declarations.put(def.name(), symbol);
        u.definer().define(name, Ref.direct(symbol), def.name().span(), def.local());
        u.module().addInstantiation(inst);
        u.module().addDefinition(symbol);
    }

    /** Builds the substitution of every constant and variable of the instantiated module. */
    private Instantiation instantiate(Unit.Instance unit, ExprResolver.Ctx ctx, UnitContext u) {
        TlaModule target = find(unit.module().name(), u.nested());
        if (target == null) {
            for (Unit.Substitution sub : unit.substitutions()) {
                u.exprs().resolveArgument(sub.value(), ctx, ExprResolver.ANY_ARITY, "a substitution");
            }
            return null;
        }
        Instantiation inst = new Instantiation(target, u.module(), unit.span(), unit.local());
        Map<Symbol, Expr> explicit = explicitSubstitutions(unit, target, ctx, u.exprs());
        List<Symbol> parameters = new ArrayList<>(target.constants());
        parameters.addAll(target.variables());
        for (Symbol declared : parameters) {
            Expr value = explicit.get(declared);
            if (value == null) {
                value = implicitSubstitution(unit, target, declared, ctx.scope());
            }
            if (value != null) {
                inst.substitute(declared, value);
            }
        }
        return inst;
    }

    private Map<Symbol, Expr> explicitSubstitutions(Unit.Instance unit, TlaModule target, ExprResolver.Ctx ctx,
            ExprResolver exprs) {
        Map<Symbol, Expr> explicit = new LinkedHashMap<>();
        for (Unit.Substitution sub : unit.substitutions()) {
            String name = Operators.canonical(sub.target().name());
            Symbol declared = declarationOf(target, name);
            if (declared == null) {
                tables.error(DiagCode.E0206_BAD_SUBSTITUTION, sub.target().span(), "`" + name
                        + "' is not a CONSTANT or VARIABLE of module " + target.name()
                        + ", so WITH cannot substitute for it.");
                exprs.resolveArgument(sub.value(), ctx, ExprResolver.ANY_ARITY, "a substitution");
            } else if (explicit.containsKey(declared)) {
                tables.error(DiagCode.E0206_BAD_SUBSTITUTION, sub.target().span(),
                        "`" + name + "' is substituted more than once.");
                exprs.resolveArgument(sub.value(), ctx, declared.arity(), "the substitution for `" + name + "'");
            } else {
                exprs.resolveArgument(sub.value(), ctx, declared.arity(), "the substitution for `" + name + "'");
                explicit.put(declared, sub.value());
            }
        }
        return explicit;
    }

    private static Symbol declarationOf(TlaModule module, String name) {
        for (ConstantSymbol c : module.constants()) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        for (VariableSymbol v : module.variables()) {
            if (v.name().equals(name)) {
                return v;
            }
        }
        return null;
    }

    /** The same-named symbol of the instantiating module, as a synthesized name occurrence; null on error. */
    private Expr implicitSubstitution(Unit.Instance unit, TlaModule target, Symbol declared, Scope scope) {
        SourceSpan at = unit.module().span();
        Ref ref = scope.find(declared.name());
        String kind = declared instanceof ConstantSymbol ? "CONSTANT" : "VARIABLE";
        if (ref == null) {
            tables.error(DiagCode.E0207_MISSING_SUBSTITUTION, at, "The " + kind + " `" + declared.name()
                    + "' of module " + target.name() + " has no substitution: WITH gives none and no `"
                    + declared.name() + "' is defined here.");
            return null;
        }
        if (ref.target() instanceof InstanceSymbol || ref.target().arity() != declared.arity()) {
            tables.error(DiagCode.E0206_BAD_SUBSTITUTION, at, "The " + kind + " `" + declared.name() + "' of module "
                    + target.name() + " takes " + ExprResolver.arguments(declared.arity()) + ", but the `"
                    + declared.name() + "' defined here does not; substitute it with WITH.");
            return null;
        }
        Expr.OpApp occurrence = new Expr.OpApp(new Ident(declared.name(), at), List.of(), at);
        tables.refs.put(occurrence, ref);
        return occurrence;
    }

    /** Binds module-level names: the module's scope, and its exports unless LOCAL. */
    private static final class ModuleDefiner implements Definer {
        private final TlaModule module;
        private final Scope scope;
        private final DefinitionResolver defs;

        ModuleDefiner(TlaModule module, Scope scope, DefinitionResolver defs) {
            this.module = module;
            this.scope = scope;
            this.defs = defs;
        }

        @Override
        public void define(String name, Ref ref, SourceSpan span, boolean local) {
            Ref existing = scope.find(name);
            if (existing != null) {
                if (!existing.sameMeaning(ref)) {
                    defs.reportClash(name, existing, span);
                }
                return;
            }
            scope.bind(name, ref);
            if (!local) {
                module.mutableExports().put(name, ref);
            }
        }

        @Override
        public void declareRecursive(String name, Ref ref, SourceSpan span) {
            Ref existing = scope.find(name);
            if (existing != null) {
                defs.reportClash(name, existing, span);
                return;
            }
            scope.bind(name, ref);
        }

        @Override
        public void defineRecursive(String name, Ref ref, boolean local) {
            if (!local) {
                module.mutableExports().put(name, ref);
            }
        }
    }
}
