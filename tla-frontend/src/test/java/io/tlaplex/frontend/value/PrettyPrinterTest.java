package io.tlaplex.frontend.value;

import static io.tlaplex.frontend.value.Vals.i;
import static io.tlaplex.frontend.value.Vals.range;
import static io.tlaplex.frontend.value.Vals.set;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PrettyPrinterTest {
    private final Vals v = new Vals();

    @Test
    void shouldKeepShortValuesOnOneLine() {
        assertEquals("{1, 2, 3}", PrettyPrinter.ppr(set(i(1), i(2), i(3))));
    }

    @Test
    void shouldPutOneElementPerLineWhenASetIsTooWide() {
        SetEnumValue s = range(100, 129).normalized();
        StringBuilder expected = new StringBuilder("{ 100,\n");
        for (int n = 101; n < 129; n++) {
            expected.append("  ").append(n).append(",\n");
        }
        expected.append("  129 }");

        assertEquals(expected.toString(), PrettyPrinter.ppr(s));
    }

    @Test
    void shouldMoveALongRecordValueToItsOwnLine() {
        String x = "x".repeat(90);
        RecordValue r = v.rec("a", v.s(x), "b", i(1));

        assertEquals("[ a |->\n      \"" + x + "\",\n  b |-> 1 ]", PrettyPrinter.ppr(r));
    }

    @Test
    void shouldBreakNestedSequencesWithTlcIndentation() {
        String text = "<<" + "{" + "1, ".repeat(30) + "1}, 7>>";

        assertEquals("<< { 1,\n" + "     1,\n".repeat(29) + "     1 },\n   7 >>", PrettyPrinter.format(text, 80));
    }

    @Test
    void shouldBreakFunctionsAtAtAt() {
        String text = "(" + "\"" + "k".repeat(40) + "\" :> 1 @@ \"" + "m".repeat(40) + "\" :> 2)";

        assertEquals("( \"" + "k".repeat(40) + "\" :> 1 @@\n  \"" + "m".repeat(40) + "\" :> 2 )",
                PrettyPrinter.format(text, 80));
    }

    @Test
    void shouldLeaveTextItCannotParseUnchanged() {
        String names = "{" + "a_b, ".repeat(30) + "a_b}";

        assertEquals(names, PrettyPrinter.format(names, 80));
    }

    @Test
    void shouldPrintIntervalsAndNegativeNumbersAsConstants() {
        String text = "{" + "1..2, -3, ".repeat(10) + "0}";

        assertEquals("{ 1..2,\n  -3,\n" + "  1..2,\n  -3,\n".repeat(9) + "  0 }", PrettyPrinter.format(text, 80));
    }
}
