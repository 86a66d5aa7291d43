package io.tlaplex.coordinator.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tlaplex.coordinator.report.TraceEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlTraceWriterTest {
    static final List<TraceEntry> SAFETY_TRACE = List.of(
            new TraceEntry("<Initial predicate>", "/\\ x = 0\n/\\ y = \"<b>bold</b>\"\n/\\ z = {}"),
            new TraceEntry("<Inc line 12, col 8 to line 13, col 20 of module M>",
                    "/\\ x = 1\n/\\ y = \"<b>bold</b>\"\n/\\ z = {}"),
            new TraceEntry("<Add line 15, col 8 to line 16, col 20 of module M>",
                    "/\\ x = 1\n/\\ y = \"<b>bold</b>\"\n/\\ z = { 1,\n        2 }"));

    @Test
    void shouldShowEachStateWithItsActionAndVariables() {
        String page = HtmlTraceWriter.render("M", "Invariant Inv is violated.", SAFETY_TRACE,
                TraceEnding.lastState());

        assertTrue(page.contains("<section class=\"step\" id=\"state-2\">\n<h2><span class=\"num\">State 2</span> "
                + "<span class=\"action\">&lt;Inc line 12, col 8 to line 13, col 20 of module M&gt;</span> "
                + "<span class=\"changes\">changed: x</span></h2>"), page);
        assertTrue(page.contains("<tr class=\"changed\"><th>z</th><td><pre>{ 1,\n 2 }</pre></td></tr>"), page);
        assertTrue(page.contains("<pre id=\"error\" class=\"error\">Invariant Inv is violated.</pre>"), page);
        assertTrue(page.contains("<p id=\"summary\">3 states.</p>"), page);
        assertFalse(page.contains("id=\"ending\""));
    }

    @Test
    void shouldMarkChangedUnchangedAndInitialValues() {
        String page = HtmlTraceWriter.render("M", "e", SAFETY_TRACE, TraceEnding.lastState());

        assertEquals(List.of("initial", "initial", "initial", "changed", "same", "same", "same", "same", "changed"),
                rowClasses(page));
    }

    @Test
    void shouldEscapeEverythingTakenFromTheSpec() {
        List<TraceEntry> trace = List.of(new TraceEntry("<A & 'B'>", "/\\ v = \"</pre><script>x()</script>\""));

        String page = HtmlTraceWriter.render("M<1>", "Error: \"</pre>\" & more", trace, TraceEnding.lastState());

        assertFalse(page.contains("<script>x()"), page);
        assertTrue(page.contains("<pre>&quot;&lt;/pre&gt;&lt;script&gt;x()&lt;/script&gt;&quot;</pre>"), page);
        assertTrue(page.contains("&lt;A &amp; &#39;B&#39;&gt;"), page);
        assertTrue(page.contains("<title>tlaplex counterexample: M&lt;1&gt;</title>"), page);
        assertTrue(page.contains("Error: &quot;&lt;/pre&gt;&quot; &amp; more</pre>"), page);
    }

    @Test
    void shouldEndALassoWithTheStepBackToTheLoopStart() {
        List<TraceEntry> lasso = List.of(
                new TraceEntry("<Initial predicate>", "/\\ x = 0\n/\\ y = 0"),
                new TraceEntry("<Next line 5, col 1 to line 5, col 9 of module L>", "/\\ x = 1\n/\\ y = 0"),
                new TraceEntry("<Back line 7, col 1 to line 7, col 9 of module L>", "/\\ x = 0\n/\\ y = 0"));

        String page = HtmlTraceWriter.render("L", "Temporal properties were violated.", lasso,
                TraceEnding.backTo(1));

        assertTrue(page.contains("<section class=\"step loop-start\" id=\"state-1\">"), page);
        assertTrue(page.contains("<section class=\"step ending\" id=\"ending\">\n<h2><span class=\"num\">State 3"
                + "</span> <span class=\"action\">Back to state <a href=\"#state-1\">1</a>: &lt;Back line 7, col 1 "
                + "to line 7, col 9 of module L&gt;</span> <span class=\"changes\">changed: x</span></h2>"), page);
        assertFalse(page.contains("id=\"state-3\""), page);
        assertTrue(page.contains("<p id=\"summary\">2 states, then a step back to state 1, forever.</p>"), page);
    }

    @Test
    void shouldEndAStutteringLassoAfterItsLastState() {
        List<TraceEntry> lasso = List.of(new TraceEntry("<Initial predicate>", "/\\ x = 0\n/\\ y = 0"));

        String page = HtmlTraceWriter.render("L", "Temporal properties were violated.", lasso,
                TraceEnding.stuttering());

        assertTrue(page.contains("id=\"state-1\""));
        assertTrue(page.contains("<span class=\"num\">State 2</span> <span class=\"action\">Stuttering</span>"),
                page);
    }

    @Test
    void shouldWriteOnePageThatLoadsNothingElse(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("trace.html");

        HtmlTraceWriter.write(file, "M", "Invariant Inv is violated.", SAFETY_TRACE, TraceEnding.lastState());

        String page = Files.readString(file);
        assertTrue(page.startsWith("<!DOCTYPE html>"));
        assertTrue(page.contains("<style>") && page.contains("<script>"));
        assertFalse(Pattern.compile("<link|<img|<iframe|\\ssrc=|@import|url\\(").matcher(page).find());
    }

    @Test
    void shouldRefuseALassoBackToStateZero() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TraceEnding.backTo(0));

        assertEquals("a lasso goes back to state 1 or later, not 0", e.getMessage());
    }

    private static List<String> rowClasses(String page) {
        Matcher m = Pattern.compile("<tr class=\"(\\w+)\">").matcher(page);
        return m.results().map(r -> r.group(1)).toList();
    }
}
