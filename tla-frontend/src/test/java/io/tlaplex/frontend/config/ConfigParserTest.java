package io.tlaplex.frontend.config;

import static io.tlaplex.frontend.config.CfgTesting.parseClean;
import static io.tlaplex.frontend.config.CfgTesting.span;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfigParserTest {

    private static List<String> names(List<CfgName> names) {
        return names.stream().map(CfgName::name).toList();
    }

    @Test
    void shouldReadAnEmptyFileAsAnEmptyConfiguration() {
        ModelConfig config = parseClean("");

        assertEquals(ModelConfig.empty(CfgTesting.FILE), config);
        assertEquals(Optional.empty(), config.checkDeadlock());
    }

    @Test
    void shouldReadInitAndNextWithTheirPositions() {
        ModelConfig config = parseClean("INIT Init\nNEXT  Next\n");

        assertEquals(Optional.of(new CfgName("Init", span(1, 6, 9))), config.init());
        assertEquals(Optional.of(new CfgName("Next", span(2, 7, 10))), config.next());
        assertEquals(Optional.empty(), config.specification());
    }

    @Test
    void shouldReadSpecificationGivenOnTheNextLine() {
        ModelConfig config = parseClean("SPECIFICATION\n    Spec\n");

        assertEquals(Optional.of(new CfgName("Spec", span(2, 5, 8))), config.specification());
    }

    @Test
    void shouldReadEverySingleNameSection() {
        ModelConfig config = parseClean("""
                SPECIFICATION Spec
                SYMMETRY Perms
                VIEW View
                ALIAS Alias
                POSTCONDITION Post
                """);

        assertEquals("Perms", config.symmetry().orElseThrow().name());
        assertEquals("View", config.view().orElseThrow().name());
        assertEquals("Alias", config.alias().orElseThrow().name());
        assertEquals(span(5, 15, 18), config.postcondition().orElseThrow().span());
    }

    @Test
    void shouldAccumulateRepeatedListSectionsInFileOrder() {
        ModelConfig config = parseClean("""
                INVARIANT TypeOK
                INVARIANTS Inv1
                   Inv2 Inv3
                INVARIANT Inv4
                """);

        assertEquals(List.of("TypeOK", "Inv1", "Inv2", "Inv3", "Inv4"), names(config.invariants()));
        assertEquals(span(3, 4, 7), config.invariants().get(2).span());
    }

    @Test
    void shouldReadEveryListSectionInBothSpellings() {
        ModelConfig config = parseClean("""
                PROPERTY P1 PROPERTIES P2
                CONSTRAINT C1 CONSTRAINTS C2
                ACTION_CONSTRAINT A1 ACTION_CONSTRAINTS A2
                """);

        assertEquals(List.of("P1", "P2"), names(config.properties()));
        assertEquals(List.of("C1", "C2"), names(config.constraints()));
        assertEquals(List.of("A1", "A2"), names(config.actionConstraints()));
    }

    @Test
    void shouldRecordAListSectionThatNamesNothing() {
        ModelConfig config = parseClean("PROPERTIES\nSPECIFICATION Spec\n");

        assertTrue(config.sections().containsKey(Section.PROPERTY));
        assertEquals(List.of(), config.properties());
    }

    @Test
    void shouldReadCheckDeadlock() {
        assertEquals(Optional.of(false), parseClean("CHECK_DEADLOCK FALSE").checkDeadlock());
        assertEquals(Optional.of(true), parseClean("CHECK_DEADLOCK\n  TRUE").checkDeadlock());
        assertEquals(span(2, 3, 6), parseClean("CHECK_DEADLOCK\n  TRUE").deadlock().orElseThrow().span());
    }

    @Test
    void shouldAcceptSectionsInAnyOrder() {
        ModelConfig config = parseClean("""
                INVARIANT Inv
                CONSTANT N = 1
                SPECIFICATION Spec
                CHECK_DEADLOCK FALSE
                CONSTANTS M = 2
                """);

        assertEquals(List.of("N", "M"), config.constants().stream().map(c -> c.name().name()).toList());
        assertEquals("Spec", config.specification().orElseThrow().name());
    }

    @Test
    void shouldSkipLineCommentsAndNestedBlockComments() {
        ModelConfig config = parseClean("""
                \\* a line comment INIT Bad
                (* a block (* nested INIT Bad *) still comment *)
                INIT Init \\* trailing
                (***************************************)
                (* NEXT Bad                            *)
                (***************************************)
                NEXT (* inline *) Next
                """);

        assertEquals(Optional.of(new CfgName("Init", span(3, 6, 9))), config.init());
        assertEquals(Optional.of(new CfgName("Next", span(7, 19, 22))), config.next());
    }

    @Test
    void shouldCountColumnsAfterTabsAndWindowsLineEnds() {
        ModelConfig config = parseClean("INIT\tInit\r\nNEXT Next\r\n");

        assertEquals(span(1, 6, 9), config.init().orElseThrow().span());
        assertEquals(span(2, 6, 9), config.next().orElseThrow().span());
    }

    @Test
    void shouldTreatLowerCaseWordsAsNamesNotKeywords() {
        ModelConfig config = parseClean("INVARIANTS init next");

        assertEquals(List.of("init", "next"), names(config.invariants()));
    }

    @Test
    void shouldKeepSpansOfConstantNamesAndValues() {
        ModelConfig config = parseClean("CONSTANTS\n  N = 3\n");

        ConstantAssignment n = config.constants().get(0);
        assertEquals(new CfgName("N", span(2, 3, 3)), n.name());
        assertEquals(new CfgValue.Int(BigInteger.valueOf(3), span(2, 7, 7)), n.value());
        assertEquals(span(2, 3, 7), n.span());
        assertEquals(Optional.empty(), n.module());
        assertEquals(List.of(), n.args());
    }

    @Test
    void shouldReadSeveralConstantsOnOneLine() {
        ModelConfig config = parseClean("CONSTANT x = 1 y = 2 z <- Z");

        assertEquals(List.of("x", "y"), config.constants().stream().map(c -> c.name().name()).toList());
        assertEquals("Z", config.replacements().get(0).target().name());
    }
}
