package io.tlaplex.coordinator.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StateTextTest {

    @Test
    void shouldSplitTopLevelConjunctsIntoVariablesInOrder() {
        Map<String, String> vars = StateText.parse("/\\ x = 1\n/\\ pc = \"a\"\n/\\ s = {}");

        assertEquals(List.of("x", "pc", "s"), List.copyOf(vars.keySet()));
        assertEquals(List.of("1", "\"a\"", "{}"), List.copyOf(vars.values()));
    }

    @Test
    void shouldKeepAValueThatSpansLinesWithItsIndentationRelativeToTheValue() {
        String text = "/\\ msgs = { [type |-> \"a\", n |-> 1],\n"
                + "            [type |-> \"b\", n |-> 2] }\n"
                + "/\\ flag = TRUE";

        Map<String, String> vars = StateText.parse(text);

        assertEquals("{ [type |-> \"a\", n |-> 1],\n  [type |-> \"b\", n |-> 2] }", vars.get("msgs"));
        assertEquals("TRUE", vars.get("flag"));
    }

    @Test
    void shouldNotStartAVariableAtANestedConjunct() {
        String text = "/\\ f = [a |-> 1,\n       b |-> 2]\n   /\\ g = 3\n/\\ h = 4";

        Map<String, String> vars = StateText.parse(text);

        assertEquals(List.of("f", "h"), List.copyOf(vars.keySet()));
        assertEquals("[a |-> 1,\n    b |-> 2]\n/\\ g = 3", vars.get("f"));
    }

    @Test
    void shouldReadTheOneVariableStateWithoutAConjunctBullet() {
        Map<String, String> vars = StateText.parse("counter = <<1,\n           2>>\n");

        assertEquals(Map.of("counter", "<<1,\n 2>>"), vars);
    }

    @Test
    void shouldKeepTextOfAnotherShapeWholeUnderTheEmptyName() {
        Map<String, String> vars = StateText.parse("  (no variables)\n");

        assertEquals(Map.of("", "(no variables)"), vars);
    }

    @Test
    void shouldKeepLinesBeforeTheFirstConjunctUnderTheEmptyName() {
        Map<String, String> vars = StateText.parse("preamble\n/\\ x = 1\r\n/\\ y = 2\r\n");

        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("", "preamble");
        expected.put("x", "1");
        expected.put("y", "2");
        assertEquals(List.copyOf(expected.entrySet()), List.copyOf(vars.entrySet()));
    }
}
