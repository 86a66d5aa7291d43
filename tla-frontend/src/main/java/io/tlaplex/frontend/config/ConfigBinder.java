package io.tlaplex.frontend.config;

import io.tlaplex.frontend.diag.DiagCode;
import io.tlaplex.frontend.diag.Diagnostic;
import io.tlaplex.frontend.diag.SourceSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Checks a parsed {@link ModelConfig} against the names of the resolved spec, as TLC does when it
 * processes the config: every constant gets a value, every {@code <-} and every section names
 * something the spec defines with the right number of arguments. One instance per call of
 * {@link #bind}, on the caller's thread.
 */
public final class ConfigBinder {
    private static final Set<String> BUILT_INS = Set.of("TRUE", "FALSE", "BOOLEAN");

    private final ModelConfig config;
    private final SpecNames spec;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Map<String, Integer> constantArity = new HashMap<>();
    private final Set<String> replacedAtRoot = new HashSet<>();

    private ConfigBinder(ModelConfig config, SpecNames spec) {
        this.config = config;
        this.spec = spec;
        for (SpecNames.DeclaredConstant c : spec.constants()) {
            constantArity.put(c.name(), c.arity());
        }
        for (Replacement r : config.replacements()) {
            if (r.module().isEmpty()) {
                replacedAtRoot.add(r.name().name());
            }
        }
    }

    /**
     * Every problem TLC would report for this config and spec: errors, and warnings for entries TLC
     * silently ignores. Problems in the .cfg point into it, ordered by position; a missing constant
     * points at its declaration in the spec and comes after them.
     */
    public static List<Diagnostic> bind(ModelConfig config, SpecNames spec) {
        ConfigBinder binder = new ConfigBinder(config, spec);
        binder.checkSections();
        binder.checkBehaviour();
        config.replacements().forEach(binder::checkReplacement);
        config.constants().forEach(binder::checkAssignment);
        binder.checkEveryConstantHasAValue();
        List<Diagnostic> sorted = new ArrayList<>(binder.diagnostics);
        sorted.sort(Comparator.comparing((Diagnostic d) -> !d.span().file().equals(config.file()))
                .thenComparingInt(d -> d.span().line())
                .thenComparingInt(d -> d.span().col()));
        return List.copyOf(sorted);
    }

    private void checkSections() {
        for (Section section : Section.values()) {
            for (CfgName name : config.names(section)) {
                checkNamed(section, name);
            }
        }
    }

    /**
     * A section's name must be a definition taking no argument. A constant is accepted when it is
     * replaced by such a definition; one given a value by {@code =} is left to the checker, which
     * evaluates it as TLC does, and one given nothing is already reported as E0306.
     */
    private void checkNamed(Section section, CfgName name) {
        OptionalInt arity;
        if (constantArity.containsKey(name.name())) {
            Replacement r = rootReplacementOf(name.name());
            arity = r == null ? OptionalInt.empty() : spec.definitionArity(r.target().name());
            if (arity.isEmpty()) {
                return;
            }
        } else {
            arity = spec.definitionArity(name.name());
        }
        if (arity.isEmpty()) {
            error(DiagCode.E0304_CFG_UNDEFINED_NAME, name.span(), "The " + section.role() + " " + name
                    + " specified in the configuration file is not defined in the specification."
                    + keywordHint(name.name()));
        } else if (arity.getAsInt() != 0) {
            error(DiagCode.E0308_CFG_WRONG_ARITY, name.span(), "TLC requires the " + section.role() + " " + name
                    + " not to take any argument, but it takes " + arguments(arity.getAsInt()) + ".");
        }
    }

    /** Without SPECIFICATION, TLC needs INIT whenever there are states, and NEXT whenever it must explore. */
    private void checkBehaviour() {
        if (config.specification().isPresent()) {
            return;
        }
        boolean checks = !config.invariants().isEmpty() || !config.properties().isEmpty();
        SourceSpan top = new SourceSpan(config.file(), 1, 1, 1, 1);
        if (config.init().isEmpty() && (spec.hasVariables() || checks)) {
            error(DiagCode.E0309_CFG_MISSING_SECTION, top,
                    "The configuration file did not specify the initial state predicate.");
        } else if (config.next().isEmpty() && checks) {
            error(DiagCode.E0309_CFG_MISSING_SECTION, top,
                    "The configuration file did not specify the next state predicate.");
        }
    }

    private void checkReplacement(Replacement r) {
        String lhs = r.name().name();
        OptionalInt lhsArity;
        if (r.module().isPresent()) {
            String module = r.module().get().name();
            if (!spec.hasModule(module)) {
                error(DiagCode.E0304_CFG_UNDEFINED_NAME, r.module().get().span(), "In the configuration file, "
                        + "the module name " + module + " is not a module in the specification.");
                return;
            }
            lhsArity = spec.definitionArity(module, lhs);
        } else {
            lhsArity = constantArity.containsKey(lhs) ? OptionalInt.of(constantArity.get(lhs))
                    : spec.definitionArity(lhs);
        }
        if (lhsArity.isEmpty()) {
            error(DiagCode.E0304_CFG_UNDEFINED_NAME, r.name().span(),
                    "In the configuration file, the identifier " + lhs + " does not appear in the specification.");
            return;
        }
        checkTarget(r, lhsArity.getAsInt());
    }

    private void checkTarget(Replacement r, int lhsArity) {
        String target = r.target().name();
        if (r.module().isEmpty() && replacedAtRoot.contains(target)) {
            error(DiagCode.E0307_CFG_CONFLICT, r.target().span(), "In the configuration file, the identifier "
                    + target + " appears on the right-hand side of a <- after already appearing on the "
                    + "left-hand side of one.");
            return;
        }
        OptionalInt targetArity = BUILT_INS.contains(target) ? OptionalInt.of(0) : spec.definitionArity(target);
        if (targetArity.isEmpty() && constantArity.containsKey(target)) {
            targetArity = OptionalInt.of(constantArity.get(target));
        }
        if (targetArity.isEmpty()) {
            error(DiagCode.E0304_CFG_UNDEFINED_NAME, r.target().span(), "The configuration file substitutes for "
                    + r.name() + " with the undefined identifier " + target + ".");
        } else if (targetArity.getAsInt() != lhsArity) {
            error(DiagCode.E0308_CFG_WRONG_ARITY, r.target().span(), "The configuration file substitutes for "
                    + r.name() + " (" + arguments(lhsArity) + ") with " + target + " of a different number of "
                    + "arguments (" + arguments(targetArity.getAsInt()) + ").");
        }
    }

    /** TLC ignores an assignment to a name the spec lacks; we warn, since it is most likely a typo. */
    private void checkAssignment(ConstantAssignment c) {
        String name = c.name().name();
        if (name.indexOf('!') >= 0) {
            return;
        }
        if (c.module().isPresent()) {
            String module = c.module().get().name();
            if (!spec.hasModule(module)) {
                warning(c.module().get().span(), "the module " + module + " is not part of the specification; "
                        + "TLC ignores this assignment");
            } else if (spec.definitionArity(module, name).isEmpty()) {
                warning(c.name().span(), "module " + module + " has no definition " + name
                        + "; TLC ignores this assignment");
            }
            return;
        }
        Integer arity = constantArity.get(name);
        if (arity == null) {
            if (spec.definitionArity(name).isEmpty()) {
                warning(c.name().span(), name + " is neither a constant nor a definition of the specification; "
                        + "TLC ignores this assignment");
            }
            return;
        }
        if (arity != c.args().size()) {
            String given = c.args().isEmpty() ? "a single value" : arguments(c.args().size());
            error(DiagCode.E0308_CFG_WRONG_ARITY, c.name().span(), "The constant " + name + " takes "
                    + arguments(arity) + ", but the configuration file gives it " + given + ".");
        }
    }

    private void checkEveryConstantHasAValue() {
        Set<String> assigned = new HashSet<>();
        for (ConstantAssignment c : config.constants()) {
            if (c.module().isEmpty()) {
                assigned.add(c.name().name());
            }
        }
        for (SpecNames.DeclaredConstant c : spec.constants()) {
            if (!assigned.contains(c.name()) && !replacedAtRoot.contains(c.name())) {
                error(DiagCode.E0306_CFG_MISSING_CONSTANT, c.span(),
                        "The constant parameter " + c.name() + " is not assigned a value by the configuration file.");
            }
        }
    }

    /** The last root-module {@code <-} of {@code name} (the one TLC applies), or null. */
    private Replacement rootReplacementOf(String name) {
        Replacement last = null;
        for (Replacement r : config.replacements()) {
            if (r.module().isEmpty() && r.name().name().equals(name)) {
                last = r;
            }
        }
        return last;
    }

    private static String keywordHint(String name) {
        if (!name.equals(name.toUpperCase(Locale.ROOT))) {
            return "";
        }
        return Keyword.nearest(name).map(k -> " Did you mean the keyword " + k.name() + "?").orElse("");
    }

    private static String arguments(int n) {
        return n == 1 ? "1 argument" : n + " arguments";
    }

    private void error(DiagCode code, SourceSpan at, String message) {
        diagnostics.add(Diagnostic.error(code, at, message));
    }

    private void warning(SourceSpan at, String message) {
        diagnostics.add(Diagnostic.warning(DiagCode.E0304_CFG_UNDEFINED_NAME, at, message));
    }
}
