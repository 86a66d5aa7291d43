package io.tlaplex.frontend.config;

import static io.tlaplex.frontend.config.CfgTesting.lines;
import static io.tlaplex.frontend.config.CfgTesting.parseClean;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tlaplex.frontend.diag.SourceSpan;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ConfigBinderTest {

    /** A spec as the binder sees it: constants, root definitions with arities, and other modules' definitions. */
    private record FakeSpec(List<SpecNames.DeclaredConstant> constants, Map<String, Integer> definitions,
            boolean hasVariables, Map<String, Map<String, Integer>> modules) implements SpecNames {

        @Override
        public OptionalInt definitionArity(String name) {
            Integer arity = definitions.get(name);
            return arity == null ? OptionalInt.empty() : OptionalInt.of(arity);
        }

        @Override
        public boolean hasModule(String module) {
            return modules.containsKey(module);
        }

        @Override
        public OptionalInt definitionArity(String module, String name) {
            Integer arity = modules.getOrDefault(module, Map.of()).get(name);
            return arity == null ? OptionalInt.empty() : OptionalInt.of(arity);
        }
    }

    private static final SourceSpan N_DECL = new SourceSpan("Spec.tla", 3, 10, 3, 10);
    private static final SourceSpan F_DECL = new SourceSpan("Spec.tla", 3, 13, 3, 16);

    private static final FakeSpec SPEC = new FakeSpec(
            List.of(new SpecNames.DeclaredConstant("N", 0, N_DECL), new SpecNames.DeclaredConstant("F", 1, F_DECL)),
            Map.ofEntries(Map.entry("Init", 0), Map.entry("Next", 0), Map.entry("Spec", 0), Map.entry("TypeOK", 0),
                    Map.entry("Live", 0), Map.entry("Op", 2), Map.entry("G", 1), Map.entry("H", 1),
                    Map.entry("MCSeq", 1), Map.entry("Seq", 1), Map.entry("Val", 0)),
            true,
            Map.of("Spec", Map.of(), "Sequences", Map.of("Seq", 1), "Nano", Map.of("NoHash", 0)));

    private static List<String> bind(String cfg) {
        return lines(ConfigBinder.bind(parseClean(cfg), SPEC));
    }

    @Test
    void shouldAcceptAConfigThatGivesEveryConstantAndNamesDefinitions() {
        assertEquals(List.of(), bind("""
                CONSTANTS N = 3 F <- G
                  Seq <- MCSeq
                  Seq <- [Sequences] MCSeq
                  NoHash = [Nano] v
                SPECIFICATION Spec
                INVARIANT TypeOK
                PROPERTY Live
                """));
    }

    @Test
    void shouldReportAConstantWithoutAValueAtItsDeclarationInTlcsWords() {
        assertEquals(List.of("Spec.tla:3:10: E0306 error: The constant parameter N is not assigned a value by the "
                + "configuration file."), bind("CONSTANT F <- G\nINIT Init\nNEXT Next"));
    }

    @Test
    void shouldAcceptAConstantOperatorGivenPointByPoint() {
        assertEquals(List.of(), bind("CONSTANT N = 1 F(1) = 2 F(2) = 3\nINIT Init NEXT Next"));
    }

    @Test
    void shouldRejectAConstantOperatorGivenASingleValue() {
        assertEquals(List.of("MC.cfg:1:16: E0308 error: The constant F takes 1 argument, but the configuration "
                + "file gives it a single value."), bind("CONSTANT N = 1 F = 2\nINIT Init NEXT Next"));
    }

    @Test
    void shouldWarnAboutAnAssignmentToANameTheSpecLacks() {
        assertEquals(List.of("MC.cfg:1:23: E0304 warning: Nn is neither a constant nor a definition of the "
                + "specification; TLC ignores this assignment"), bind("CONSTANT N = 1 F <- G Nn = 2\nINIT Init"));
    }

    @Test
    void shouldAllowAnAssignmentToADefinition() {
        assertEquals(List.of(), bind("CONSTANT N = 1 F <- G Val = 2\nINIT Init"));
    }

    @Test
    void shouldRejectAReplacementOfAnUnknownName() {
        assertEquals(List.of("MC.cfg:1:23: E0304 error: In the configuration file, the identifier Foo does not "
                + "appear in the specification."), bind("CONSTANT N = 1 F <- G Foo <- Init\nINIT Init"));
    }

    @Test
    void shouldRejectAReplacementByAnUndefinedName() {
        assertEquals(List.of("MC.cfg:1:21: E0304 error: The configuration file substitutes for F with the "
                + "undefined identifier Gee."), bind("CONSTANT N = 1 F <- Gee\nINIT Init"));
    }

    @Test
    void shouldRejectAReplacementOfADifferentArity() {
        assertEquals(List.of("MC.cfg:1:21: E0308 error: The configuration file substitutes for F (1 argument) with "
                + "Op of a different number of arguments (2 arguments)."), bind("CONSTANT N = 1 F <- Op\nINIT Init"));
    }

    @Test
    void shouldAcceptABuiltInValueAsReplacement() {
        assertEquals(List.of(), bind("CONSTANT N <- TRUE F <- G\nINIT Init"));
    }

    @Test
    void shouldRejectAReplacementByANameThatIsItselfReplaced() {
        assertEquals(List.of("MC.cfg:1:21: E0307 error: In the configuration file, the identifier G appears on the "
                + "right-hand side of a <- after already appearing on the left-hand side of one."),
                bind("CONSTANT N = 1 F <- G G <- H\nINIT Init"));
    }

    @Test
    void shouldRejectAModuleScopedReplacementOfAnUnknownModuleOrDefinition() {
        assertEquals(List.of(
                "MC.cfg:2:11: E0304 error: In the configuration file, the module name Seqs is not a module in the "
                        + "specification.",
                "MC.cfg:3:3: E0304 error: In the configuration file, the identifier Len does not appear in the "
                        + "specification."),
                bind("CONSTANT N = 1 F <- G\n  Seq <- [Seqs] MCSeq\n  Len <- [Sequences] MCSeq\nINIT Init"));
    }

    @Test
    void shouldWarnAboutAModuleScopedAssignmentTlcIgnores() {
        assertEquals(List.of("MC.cfg:2:3: E0304 warning: module Nano has no definition NoBlock; TLC ignores this "
                + "assignment"), bind("CONSTANT N = 1 F <- G\n  NoBlock = [Nano] v\nINIT Init"));
    }

    @Test
    void shouldRejectAnUndefinedInvariantAndHintAtAMisspeltKeyword() {
        assertEquals(List.of(
                "MC.cfg:3:11: E0304 error: The invariant Inv specified in the configuration file is not defined "
                        + "in the specification.",
                "MC.cfg:4:1: E0304 error: The invariant PROPERTYS specified in the configuration file is not "
                        + "defined in the specification. Did you mean the keyword PROPERTY?"),
                bind("CONSTANT N = 1 F <- G\nSPECIFICATION Spec\nINVARIANT Inv\nPROPERTYS Live"));
    }

    @Test
    void shouldRejectASectionNameThatTakesArguments() {
        assertEquals(List.of("MC.cfg:3:12: E0308 error: TLC requires the state constraint Op not to take any "
                + "argument, but it takes 2 arguments."),
                bind("CONSTANT N = 1 F <- G\nSPECIFICATION Spec\nCONSTRAINT Op"));
    }

    @Test
    void shouldCheckAConstantNamedAsASectionThroughTheDefinitionReplacingIt() {
        assertEquals(List.of(), bind("CONSTANT N <- Val F <- G\nVIEW N\nINIT Init"));
        assertEquals(List.of("MC.cfg:2:6: E0308 error: TLC requires the view F not to take any argument, but it "
                + "takes 1 argument."), bind("CONSTANT N = 1 F <- G\nVIEW F\nINIT Init"));
    }

    @Test
    void shouldLeaveAConstantWithAValueNamedAsASectionToTheChecker() {
        assertEquals(List.of(), bind("CONSTANT N = TRUE F <- G\nCONSTRAINT N\nINIT Init"));
    }

    @Test
    void shouldRequireInitWhenTheSpecHasVariablesAndNoSpecification() {
        assertEquals(List.of("MC.cfg:1:1: E0309 error: The configuration file did not specify the initial state "
                + "predicate."), bind("CONSTANT N = 1 F <- G"));
    }

    @Test
    void shouldRequireNextWhenThereAreInvariantsToCheck() {
        assertEquals(List.of("MC.cfg:1:1: E0309 error: The configuration file did not specify the next state "
                + "predicate."), bind("CONSTANT N = 1 F <- G\nINIT Init\nINVARIANT TypeOK"));
    }

    @Test
    void shouldOrderCfgProblemsByPositionBeforeMissingConstants() {
        assertEquals(List.of(
                "MC.cfg:1:1: E0309 error: The configuration file did not specify the initial state predicate.",
                "MC.cfg:1:15: E0304 error: The configuration file substitutes for F with the undefined identifier X.",
                "MC.cfg:2:11: E0304 error: The invariant Nope specified in the configuration file is not defined "
                        + "in the specification.",
                "Spec.tla:3:10: E0306 error: The constant parameter N is not assigned a value by the configuration "
                        + "file."),
                bind("CONSTANT F <- X\nINVARIANT Nope"));
    }

    @Test
    void shouldAcceptAnEmptyConfigForAConstantOnlySpec() {
        FakeSpec constantOnly = new FakeSpec(List.of(), Map.of(), false, Map.of());

        assertEquals(List.of(), ConfigBinder.bind(parseClean(""), constantOnly));
    }
}
