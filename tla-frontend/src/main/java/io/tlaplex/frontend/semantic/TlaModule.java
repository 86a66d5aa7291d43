package io.tlaplex.frontend.semantic;

import io.tlaplex.frontend.syntax.Module;
import io.tlaplex.frontend.syntax.Unit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One resolved module: its syntax tree, the names it makes visible and the declarations that an
 * {@code INSTANCE} of it must substitute. Built once by the resolver, read-only afterwards.
 */
public final class TlaModule {
    private final Module syntax;
    private final boolean standard;
    private final TlaModule parent;
    private final Map<String, Ref> scope = new LinkedHashMap<>();
    private final Map<String, Ref> exports = new LinkedHashMap<>();
    private final List<ConstantSymbol> constants = new ArrayList<>();
    private final List<VariableSymbol> variables = new ArrayList<>();
    private final List<Symbol> definitions = new ArrayList<>();
    private final List<Instantiation> instantiations = new ArrayList<>();
    private final List<Unit.Assume> assumptions = new ArrayList<>();
    private final List<TlaModule> extended = new ArrayList<>();

    TlaModule(Module syntax, boolean standard, TlaModule parent) {
        this.syntax = syntax;
        this.standard = standard;
        this.parent = parent;
    }

    public String name() {
        return syntax.name().name();
    }

    /** The parsed module. */
    public Module syntax() {
        return syntax;
    }

    /** The file the module was read from (for a nested module, the enclosing file). */
    public String file() {
        return syntax.file();
    }

    /** True for the modules bundled with tlaplex (Naturals, Sequences, TLC, ...). */
    public boolean standard() {
        return standard;
    }

    /** The module this one is nested in, or null. */
    public TlaModule parent() {
        return parent;
    }

    /** What a name written at the end of this module denotes, or null: its own, extended and imported names. */
    public Ref lookup(String name) {
        return scope.get(name);
    }

    /** Every name visible at the end of the module (LOCAL ones included), in order of appearance. */
    public Map<String, Ref> scope() {
        return Collections.unmodifiableMap(scope);
    }

    /** The names another module gets by extending this one: everything not LOCAL. */
    public Map<String, Ref> exports() {
        return Collections.unmodifiableMap(exports);
    }

    /** Constants declared here or in an extended module, in declaration order. */
    public List<ConstantSymbol> constants() {
        return Collections.unmodifiableList(constants);
    }

    /** Variables declared here or in an extended module, in declaration order. */
    public List<VariableSymbol> variables() {
        return Collections.unmodifiableList(variables);
    }

    /** The operator, function, instance, assumption and theorem names defined in this module's own text. */
    public List<Symbol> definitions() {
        return Collections.unmodifiableList(definitions);
    }

    /** The {@code INSTANCE}s written in this module, named or not, in order. */
    public List<Instantiation> instantiations() {
        return Collections.unmodifiableList(instantiations);
    }

    /** The {@code ASSUME}s written in this module. */
    public List<Unit.Assume> assumptions() {
        return Collections.unmodifiableList(assumptions);
    }

    /** The modules named in this module's {@code EXTENDS}, in order. */
    public List<TlaModule> extendsModules() {
        return Collections.unmodifiableList(extended);
    }

    Map<String, Ref> mutableScope() {
        return scope;
    }

    Map<String, Ref> mutableExports() {
        return exports;
    }

    void addConstant(ConstantSymbol c) {
        if (!constants.contains(c)) {
            constants.add(c);
        }
    }

    void addVariable(VariableSymbol v) {
        if (!variables.contains(v)) {
            variables.add(v);
        }
    }

    void addDefinition(Symbol s) {
        definitions.add(s);
    }

    void addInstantiation(Instantiation i) {
        instantiations.add(i);
    }

    void addAssumption(Unit.Assume a) {
        assumptions.add(a);
    }

    void addExtended(TlaModule m) {
        extended.add(m);
    }

    @Override
    public String toString() {
        return name();
    }
}
