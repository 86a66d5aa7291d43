package io.tlaplex.frontend.semantic;

import io.tlaplex.frontend.diag.Diagnostic;
import io.tlaplex.frontend.syntax.Expr;
import io.tlaplex.frontend.syntax.Ident;
import io.tlaplex.frontend.syntax.Unit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A loaded, resolved and level-checked spec: the syntax trees of all its modules plus side tables
 * saying what every name occurrence denotes ({@link #resolve}) and which symbol every binding
 * identifier declares ({@link #declaration}), and the levels of definitions and expressions.
 * Read-only after loading; the level queries are synchronized, everything else is safe to share.
 */
public final class SemanticModel {
    private final TlaModule root;
    private final List<TlaModule> modules;
    private final Tables tables;
    private final LevelChecker levels;
    private final Map<String, String> sources;
    private final List<Diagnostic> warnings;

    SemanticModel(TlaModule root, List<TlaModule> modules, Tables tables, LevelChecker levels,
            Map<String, String> sources, List<Diagnostic> warnings) {
        this.root = root;
        this.modules = List.copyOf(modules);
        this.tables = tables;
        this.levels = levels;
        this.sources = Map.copyOf(sources);
        this.warnings = List.copyOf(warnings);
    }

    /** The module the spec was loaded from. */
    public TlaModule root() {
        return root;
    }

    /** Every loaded module, nested and standard ones included, each after the modules it needs (root last). */
    public List<TlaModule> modules() {
        return modules;
    }

    /** The loaded module named {@code name} (a top-level one if a nested module has the same name), or null. */
    public TlaModule module(String name) {
        TlaModule nested = null;
        for (TlaModule m : modules) {
            if (m.name().equals(name)) {
                if (m.parent() == null) {
                    return m;
                }
                nested = m;
            }
        }
        return nested;
    }

    /** The state variables: the root module's own and extended variables, indexed by {@link VariableSymbol#index()}. */
    public List<VariableSymbol> variables() {
        return root.variables();
    }

    /** The root module's constants (its own and extended ones), in declaration order: what a .cfg must bind. */
    public List<ConstantSymbol> constants() {
        return root.constants();
    }

    /**
     * What a name occurrence denotes. Every {@code Expr.OpApp} of every loaded module resolves
     * (the load fails otherwise), as do the synthesized occurrences in {@link Instantiation#substitutions()}.
     */
    public Ref resolve(Expr.OpApp occurrence) {
        return tables.refs.get(occurrence);
    }

    /**
     * The symbol declared by a binding identifier: a bound identifier of a quantifier, CHOOSE, set
     * filter or map, function constructor or function definition ({@link BoundSymbol}); a
     * parameter of an operator, instance or LAMBDA ({@link ParamSymbol}); or the name of a
     * definition or declaration. Null for identifiers that declare nothing.
     */
    public Symbol declaration(Ident binder) {
        return tables.declarations.get(binder);
    }

    /** What {@code name} denotes at the end of the root module (extended and LOCAL names included). */
    public Optional<Ref> lookup(String name) {
        return Optional.ofNullable(root.lookup(name));
    }

    /** What {@code name} denotes at the end of module {@code moduleName}, as in {@code Op <- [Mod] Other} in a .cfg. */
    public Optional<Ref> lookup(String moduleName, String name) {
        TlaModule module = module(moduleName);
        return module == null ? Optional.empty() : Optional.ofNullable(module.lookup(name));
    }

    /**
     * The assumptions TLC checks: those of the root module and of the modules it extends,
     * directly or not, each once, in order.
     */
    public List<Unit.Assume> assumptions() {
        List<Unit.Assume> result = new ArrayList<>();
        collectAssumptions(root, Collections.newSetFromMap(new IdentityHashMap<>()), result);
        return result;
    }

    private static void collectAssumptions(TlaModule module, Set<TlaModule> seen, List<Unit.Assume> out) {
        if (!seen.add(module)) {
            return;
        }
        for (TlaModule extended : module.extendsModules()) {
            collectAssumptions(extended, seen, out);
        }
        out.addAll(module.assumptions());
    }

    /**
     * The level of an expression of a definition body, as computed when the definition was
     * checked: parameters constant, outside any instance (a module's own variables at state
     * level). -1 for expressions not in any checked definition. See {@link Level}.
     */
    public synchronized int levelOf(Expr e) {
        return levels.levelOf(e);
    }

    /** The level of a definition with constant arguments (a variable: 1, a constant: 0). See {@link Level}. */
    public synchronized int levelOf(Symbol definition) {
        return levels.levelOf(definition);
    }

    /** The level of what a reference denotes, through its instance steps, with constant arguments. */
    public synchronized int levelOf(Ref ref) {
        return levels.levelOf(ref);
    }

    /** The text of every file read, by file name as spans show it, for {@code DiagnosticPrinter}. */
    public Map<String, String> sources() {
        return sources;
    }

    /** Warnings found while loading (errors abort the load). */
    public List<Diagnostic> warnings() {
        return warnings;
    }

    /** The number of operator, function and instance definitions and named assumptions in all modules. */
    public int definitionCount() {
        int count = 0;
        for (TlaModule m : modules) {
            for (Symbol s : m.definitions()) {
                if (!(s instanceof TheoremSymbol)) {
                    count++;
                }
            }
        }
        return count;
    }
}
