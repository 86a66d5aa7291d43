package io.tlaplex.frontend.eval.std;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class StandardLibraryTest {
    @Test
    void shouldListTheModulesThatHaveBuiltIns() {
        assertEquals(Set.of("Naturals", "Integers", "Reals", "Sequences", "FiniteSets", "Bags", "TLC", "TLCExt",
                "Json", "Randomization"), StandardLibrary.modules());
    }

    @Test
    void shouldAnswerNullForOperatorsWithoutABuiltIn() {
        assertNull(StandardLibrary.lookup("Naturals", "Succ"));
        assertNull(StandardLibrary.lookup("Strings", "+"));
        assertNull(StandardLibrary.lookup("TLCExt", "TLCEvalDefinition"));
    }

    @Test
    void shouldFindOperatorsUnderEverySpellingOfTheirSymbol() {
        assertSame(StandardLibrary.lookup("Bags", "(+)"), StandardLibrary.lookup("Bags", "\\oplus"));
        assertSame(StandardLibrary.lookup("Sequences", "\\o"), StandardLibrary.lookup("Sequences", "\\circ"));
        assertSame(StandardLibrary.lookup("Naturals", "<="), StandardLibrary.lookup("Naturals", "\\leq"));
    }

    @Test
    void shouldGiveEachOperatorTheShapeTheEvaluatorCallsMostDirectly() {
        assertInstanceOf(StdOp.Const.class, StandardLibrary.lookup("Naturals", "Nat"));
        assertInstanceOf(StdOp.Unary.class, StandardLibrary.lookup("Integers", "-."));
        assertInstanceOf(StdOp.Binary.class, StandardLibrary.lookup("Naturals", "+"));
        StdOp.General selectSeq = assertInstanceOf(StdOp.General.class,
                StandardLibrary.lookup("Sequences", "SelectSeq"));
        assertEquals(2, selectSeq.arity());
        assertFalse(selectSeq.isLazy(0));
        assertFalse(selectSeq.isLazy(1));
    }

    @Test
    void shouldMarkOperatorsWithEffectsOrRunStateAsImpure() {
        assertTrue(StandardLibrary.isPure("Naturals", "+"));
        assertTrue(StandardLibrary.isPure("TLC", "Assert"));
        assertTrue(StandardLibrary.isPure("Json", "ToJson"));
        for (String impure : new String[] {"Print", "PrintT", "JavaTime", "TLCGet", "TLCSet", "RandomElement"}) {
            assertFalse(StandardLibrary.isPure("TLC", impure), impure);
        }
        assertFalse(StandardLibrary.isPure("TLCExt", "Trace"));
        assertFalse(StandardLibrary.isPure("Json", "JsonSerialize"));
        assertFalse(StandardLibrary.isPure("Randomization", "RandomSubset"));
    }

    @Test
    void shouldRejectPurityQuestionsAboutUnknownOperators() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StandardLibrary.isPure("TLCExt", "TLCEvalDefinition"));

        assertEquals("no built-in TLCExt!TLCEvalDefinition", e.getMessage());
    }
}
