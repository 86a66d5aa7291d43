package io.tlaplex.frontend.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tlaplex.frontend.diag.Diagnostic;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Inputs built to hurt a parser: deep nesting, long chains, nested speculation, random bytes. */
class ParserRobustnessTest {
    private static final Duration LIMIT = Duration.ofSeconds(5);

    @Test
    void shouldRejectNestingBeyondItsLimitWithADiagnostic() {
        String body = "X == " + "(".repeat(100_000) + "1" + ")".repeat(100_000);
        ParseResult r = assertTimeoutPreemptively(LIMIT, () -> Fixtures.parse(body));
        assertEquals("E0111 2:306 expression nested too deeply", Fixtures.describe(r).get(0));
    }

    @Test
    void shouldParseNestingWithinItsLimitOnASmallStack() throws InterruptedException {
        String body = "X == " + "(".repeat(250) + "1" + ")".repeat(250);
        ParseResult[] result = new ParseResult[1];
        Thread t = new Thread(null, () -> result[0] = Fixtures.parse(body), "small-stack", 512 * 1024);
        t.start();
        t.join();
        assertEquals(List.of(), Fixtures.describe(result[0]));
    }

    @Test
    void shouldParseLongChainsWithoutRecursion() {
        String sum = "X == " + "a + ".repeat(50_000) + "a";
        String list = "X == " + "/\\ a\n     ".repeat(20_000) + "/\\ b";
        assertTimeoutPreemptively(LIMIT, () -> assertTrue(Fixtures.parse(sum).ok()));
        assertTimeoutPreemptively(LIMIT, () -> assertTrue(Fixtures.parse(list).ok()));
    }

    @Test
    void shouldNotBacktrackExponentiallyOnNestedBinders() {
        String sets = "X == " + "{x \\in ".repeat(200) + "S" + "}".repeat(200);
        String fns = "X == " + "[x \\in ".repeat(200) + "S" + "]_v".repeat(200);
        assertTimeoutPreemptively(LIMIT, () -> assertTrue(Fixtures.parse(sets).ok()));
        assertTimeoutPreemptively(LIMIT, () -> assertTrue(Fixtures.parse(fns).ok()));
    }

    @Test
    void shouldSurviveRandomText() {
        Random random = new Random(7);
        String alphabet = "abcXYZ019 \n\t()[]{}<>=-+*/\\~'\"!@#$%^&|:;,._";
        for (int i = 0; i < 500; i++) {
            StringBuilder sb = new StringBuilder("---- MODULE M ----\n");
            int n = random.nextInt(300);
            for (int j = 0; j < n; j++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            ParseResult r = assertTimeoutPreemptively(LIMIT, () -> Parser.parse("M.tla", text));
            if (r.module() == null) {
                assertFalse(r.diagnostics().isEmpty(), text);
            }
            for (Diagnostic d : r.diagnostics()) {
                assertFalse(d.message().startsWith("internal parser error"), text + "\n" + d.headline());
            }
        }
    }
}
