package io.tlaplex.frontend.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OperatorsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\\land|/\\", "\\lor|\\/", "\\lnot|~", "\\neg|~", "#|/=", "\\leq|<=", "=<|<=", "\\geq|>=",
        "\\union|\\cup", "\\intersect|\\cap", "\\circ|\\o", "\\equiv|<=>", "\\times|\\X", "+|+", "foo|foo",
    })
    void shouldCanonicaliseSynonyms(String symbol, String canonical) {
        assertEquals(canonical, Operators.canonical(symbol));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "=>|1|1|false", "<=>|2|2|false", "~>|2|2|false", "-+->|2|2|false", "/\\|3|3|true", "\\/|3|3|true",
        "=|5|5|false", "#|5|5|false", "\\in|5|5|false", "\\subseteq|5|5|false", "\\cdot|5|14|true",
        "@@|6|6|true", ":>|7|7|false", "\\cup|8|8|true", "\\|8|8|false", "..|9|9|false", "+|10|10|true",
        "-|11|11|true", "%|10|11|false", "\\X|10|13|true", "*|13|13|true", "/|13|13|false",
        "\\div|13|13|false", "^|14|14|false", "\\uplus|9|13|true", "\\wr|9|14|false",
    })
    void shouldKnowSanysInfixPrecedence(String symbol, int low, int high, boolean left) {
        Operators.Info info = Operators.infix(symbol);
        assertEquals(low, info.low());
        assertEquals(high, info.high());
        assertEquals(left, info.leftAssociative());
        assertEquals(Operators.Fixity.INFIX, info.fixity());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "~|4|4", "\\lnot|4|4", "[]|4|15", "<>|4|15", "ENABLED|4|15", "UNCHANGED|4|15", "SUBSET|10|13",
        "UNION|10|13", "DOMAIN|10|13", "-.|12|12",
    })
    void shouldKnowSanysPrefixPrecedence(String symbol, int low, int high) {
        assertEquals(low, Operators.prefix(symbol).low());
        assertEquals(high, Operators.prefix(symbol).high());
    }

    @Test
    void shouldKnowThePostfixOperators() {
        for (String s : new String[] {"'", "^+", "^*", "^#"}) {
            assertEquals(15, Operators.postfix(s).low());
        }
        assertNull(Operators.postfix("+"));
    }

    @Test
    void shouldTellOperatorsFromOtherSymbols() {
        assertTrue(Operators.isOperator("\\oplus"));
        assertTrue(Operators.isOperator("-."));
        assertFalse(Operators.isOperator("=="));
        assertNull(Operators.infix("~"));
    }
}
