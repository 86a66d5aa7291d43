package io.tlaplex.frontend.config;

import io.tlaplex.frontend.diag.SourceSpan;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed TLC model configuration (.cfg): what the checker checks and with which constants.
 * Immutable. Every name and value keeps its place in the .cfg, so later errors can point there.
 *
 * @param file         the .cfg file name as given to the parser
 * @param constants    the {@code name = value} entries of all CONSTANT sections, in file order
 * @param replacements the {@code name <- target} entries of all CONSTANT sections, in file order
 * @param sections     the names given in each section that appeared; a list section's repeats are
 *                     joined in file order
 * @param deadlock     the value of CHECK_DEADLOCK, absent when the file does not set it
 */
public record ModelConfig(String file, List<ConstantAssignment> constants, List<Replacement> replacements,
        Map<Section, List<CfgName>> sections, Optional<CfgValue.Bool> deadlock) {

    public ModelConfig {
        constants = List.copyOf(constants);
        replacements = List.copyOf(replacements);
        EnumMap<Section, List<CfgName>> copy = new EnumMap<>(Section.class);
        sections.forEach((section, names) -> copy.put(section, List.copyOf(names)));
        sections = Collections.unmodifiableMap(copy);
    }

    /** A configuration with nothing in it, as read from an empty file. */
    public static ModelConfig empty(String file) {
        return new ModelConfig(file, List.of(), List.of(), Map.of(), Optional.empty());
    }

    /** The names given in {@code section}, in file order; empty when the section did not appear. */
    public List<CfgName> names(Section section) {
        return sections.getOrDefault(section, List.of());
    }

    /** INIT: the initial-state predicate, when the behaviour is not given by SPECIFICATION. */
    public Optional<CfgName> init() {
        return first(Section.INIT);
    }

    /** NEXT: the next-state action, when the behaviour is not given by SPECIFICATION. */
    public Optional<CfgName> next() {
        return first(Section.NEXT);
    }

    /** SPECIFICATION: the temporal formula giving the behaviour (and its fairness). */
    public Optional<CfgName> specification() {
        return first(Section.SPECIFICATION);
    }

    /** INVARIANT(S): state predicates checked in every reachable state. */
    public List<CfgName> invariants() {
        return names(Section.INVARIANT);
    }

    /** PROPERTY/PROPERTIES: temporal formulas the behaviour must satisfy. */
    public List<CfgName> properties() {
        return names(Section.PROPERTY);
    }

    /** CONSTRAINT(S): state predicates that bound the explored state space. */
    public List<CfgName> constraints() {
        return names(Section.CONSTRAINT);
    }

    /** ACTION_CONSTRAINT(S): actions that bound the explored transitions. */
    public List<CfgName> actionConstraints() {
        return names(Section.ACTION_CONSTRAINT);
    }

    /** SYMMETRY: the set of permutations states are reduced under. */
    public Optional<CfgName> symmetry() {
        return first(Section.SYMMETRY);
    }

    /** VIEW: the expression whose value identifies a state instead of the whole state. */
    public Optional<CfgName> view() {
        return first(Section.VIEW);
    }

    /** ALIAS: the record shown instead of each state of a trace. */
    public Optional<CfgName> alias() {
        return first(Section.ALIAS);
    }

    /** POSTCONDITION: a predicate evaluated once after checking ends. */
    public Optional<CfgName> postcondition() {
        return first(Section.POSTCONDITION);
    }

    /** CHECK_DEADLOCK's value; absent when not given (TLC then checks for deadlock). */
    public Optional<Boolean> checkDeadlock() {
        return deadlock.map(CfgValue.Bool::value);
    }

    /** This configuration with CHECK_DEADLOCK set, as TLC's {@code -deadlock} flag does (it turns the check off). */
    public ModelConfig withCheckDeadlock(boolean check) {
        return new ModelConfig(file, constants, replacements, sections,
                Optional.of(new CfgValue.Bool(check, SourceSpan.NONE)));
    }

    private Optional<CfgName> first(Section section) {
        List<CfgName> names = names(section);
        return names.isEmpty() ? Optional.empty() : Optional.of(names.get(0));
    }
}
