package io.tlaplex.frontend.config;

import io.tlaplex.frontend.diag.DiagCode;
import io.tlaplex.frontend.diag.Diagnostic;
import io.tlaplex.frontend.diag.SourceSpan;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Collects the entries of a .cfg file while it is parsed and reports what TLC rejects or
 * silently resolves about repeats: a single section or CHECK_DEADLOCK given twice is an error,
 * a constant given twice is a warning (TLC keeps the last one), and so is a constant both
 * assigned and replaced (TLC applies the replacement).
 */
final class ModelConfigBuilder {
    private final String file;
    private final List<Diagnostic> diagnostics;
    private final List<ConstantAssignment> constants = new ArrayList<>();
    private final List<Replacement> replacements = new ArrayList<>();
    private final Map<Section, List<CfgName>> sections = new EnumMap<>(Section.class);
    private final Map<Section, SourceSpan> singleKeywords = new EnumMap<>(Section.class);
    private final Map<String, SourceSpan> assigned = new LinkedHashMap<>();
    private final Map<String, SourceSpan> replaced = new LinkedHashMap<>();
    private final Map<String, Integer> pointArity = new LinkedHashMap<>();
    private SourceSpan deadlockKeyword;
    private CfgValue.Bool deadlock;

    ModelConfigBuilder(String file, List<Diagnostic> diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
    }

    void single(Section section, Token keyword, CfgName name) {
        SourceSpan first = singleKeywords.putIfAbsent(section, keyword.span());
        if (first != null) {
            twice(keyword, first);
            return;
        }
        sections.put(section, List.of(name));
    }

    /** Opens a list section, so that it counts as given even when it names nothing. */
    void list(Section section) {
        sections.computeIfAbsent(section, s -> new ArrayList<>());
    }

    void listName(Section section, CfgName name) {
        sections.computeIfAbsent(section, s -> new ArrayList<>()).add(name);
    }

    void deadlock(Token keyword, CfgValue.Bool value) {
        if (deadlockKeyword != null) {
            twice(keyword, deadlockKeyword);
            return;
        }
        deadlockKeyword = keyword.span();
        deadlock = value;
    }

    void constant(ConstantAssignment c) {
        if (!c.args().isEmpty()) {
            Integer arity = pointArity.putIfAbsent(key(c.module(), c.name()), c.args().size());
            if (arity != null && arity != c.args().size()) {
                diagnostics.add(Diagnostic.error(DiagCode.E0308_CFG_WRONG_ARITY, c.name().span(), "The arity of the "
                        + "operator " + c.name() + " is inconsistent in the configuration file (first given "
                        + arguments(arity) + ", here " + arguments(c.args().size()) + ")."));
            }
        }
        String key = key(c.module(), c.name()) + arguments(c.args());
        SourceSpan first = assigned.put(key, c.name().span());
        if (first != null) {
            diagnostics.add(Diagnostic.warning(DiagCode.E0305_CFG_DUPLICATE, c.name().span(),
                    describe(key) + " is assigned a value twice; the last one is used (first at line "
                            + first.line() + ")"));
        }
        constants.add(c);
    }

    void replacement(Replacement r) {
        String key = key(r.module(), r.name());
        SourceSpan first = replaced.put(key, r.name().span());
        if (first != null) {
            diagnostics.add(Diagnostic.warning(DiagCode.E0305_CFG_DUPLICATE, r.name().span(),
                    describe(key) + " is replaced twice; the last replacement is used (first at line "
                            + first.line() + ")"));
        }
        replacements.add(r);
    }

    ModelConfig build() {
        checkSpecificationConflict();
        checkAssignedAndReplaced();
        return new ModelConfig(file, constants, replacements, sections, Optional.ofNullable(deadlock));
    }

    /** TLC takes the behaviour either from SPECIFICATION or from INIT and NEXT, never from both. */
    private void checkSpecificationConflict() {
        SourceSpan spec = singleKeywords.get(Section.SPECIFICATION);
        SourceSpan init = singleKeywords.get(Section.INIT);
        SourceSpan next = singleKeywords.get(Section.NEXT);
        SourceSpan initOrNext = init == null ? next : next == null ? init : earlier(init, next);
        if (spec != null && initOrNext != null) {
            diagnostics.add(Diagnostic.error(DiagCode.E0307_CFG_CONFLICT, initOrNext,
                    "a configuration cannot specify both INIT/NEXT and SPECIFICATION (SPECIFICATION is at line "
                            + spec.line() + ")"));
        }
    }

    private void checkAssignedAndReplaced() {
        replaced.forEach((key, at) -> {
            SourceSpan value = assigned.get(key);
            if (value != null) {
                diagnostics.add(Diagnostic.warning(DiagCode.E0307_CFG_CONFLICT, at,
                        describe(key) + " is both assigned a value (line " + value.line()
                                + ") and replaced; the replacement is used"));
            }
        });
    }

    private void twice(Token keyword, SourceSpan first) {
        diagnostics.add(Diagnostic.error(DiagCode.E0305_CFG_DUPLICATE, keyword.span(),
                "the keyword " + keyword.text() + " appears twice (first at line " + first.line() + ")"));
    }

    private static SourceSpan earlier(SourceSpan a, SourceSpan b) {
        return a.line() < b.line() || (a.line() == b.line() && a.col() < b.col()) ? a : b;
    }

    private static String key(Optional<CfgName> module, CfgName name) {
        return module.map(m -> "[" + m.name() + "]").orElse("") + name.name();
    }

    private static String arguments(int n) {
        return n == 1 ? "1 argument" : n + " arguments";
    }

    private static String arguments(List<CfgValue> args) {
        if (args.isEmpty()) {
            return "";
        }
        List<String> shown = new ArrayList<>();
        for (CfgValue a : args) {
            shown.add(a.render());
        }
        return "(" + String.join(", ", shown) + ")";
    }

    private static String describe(String key) {
        return "'" + key + "'";
    }
}
