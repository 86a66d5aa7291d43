package io.tlaplex.coordinator.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The counterexample page in a real browser: unchanged variables collapse on request, spec text stays text. */
@Timeout(120)
class TracePageBrowserTest {

    @Test
    void shouldHideOnlyUnchangedVariablesWhenCollapsed(@TempDir Path work) throws Exception {
        HeadlessChromium.assumeInstalled();
        Path page = writePage(work);

        String dom = HeadlessChromium.dumpDom(page.toUri() + "#collapse", 1_000, work);

        assertEquals(List.of("initial", "initial", "initial", "changed", "same hidden", "same hidden",
                "same hidden", "same hidden", "changed"), rows(dom));
        assertTrue(dom.contains("<span id=\"hidden-count\">4 unchanged values hidden</span>"), dom);
        assertTrue(dom.contains("<body class=\"collapsed\">"), dom);
    }

    @Test
    void shouldShowEveryVariableUntilAskedToCollapse(@TempDir Path work) throws Exception {
        HeadlessChromium.assumeInstalled();
        Path page = writePage(work);

        String dom = HeadlessChromium.dumpDom(page.toUri().toString(), 1_000, work);

        assertEquals(List.of("initial", "initial", "initial", "changed", "same", "same", "same", "same", "changed"),
                rows(dom));
        assertTrue(dom.contains("<span id=\"hidden-count\"></span>"), dom);
    }

    @Test
    void shouldKeepMarkupInValuesAsText(@TempDir Path work) throws Exception {
        HeadlessChromium.assumeInstalled();
        Path page = writePage(work);

        String dom = HeadlessChromium.dumpDom(page.toUri().toString(), 1_000, work);

        assertFalse(dom.contains("<b>"), dom);
        assertTrue(dom.contains("<td><pre>\"&lt;b&gt;bold&lt;/b&gt;\"</pre></td>"), dom);
        assertTrue(dom.contains("<span class=\"action\">&lt;Inc line 12, col 8 to line 13, col 20 of module M&gt;"),
                dom);
    }

    private static Path writePage(Path work) throws Exception {
        Path page = work.resolve("trace.html");
        HtmlTraceWriter.write(page, "M", "Invariant Inv is violated.", HtmlTraceWriterTest.SAFETY_TRACE,
                TraceEnding.lastState());
        return page;
    }

    /** The class of every variable row, with " hidden" when the row is hidden. */
    private static List<String> rows(String dom) {
        return Pattern.compile("<tr class=\"(\\w+)\"( hidden=\"\")?>").matcher(dom).results()
                .map(r -> r.group(1) + (r.group(2) == null ? "" : " hidden")).toList();
    }
}
