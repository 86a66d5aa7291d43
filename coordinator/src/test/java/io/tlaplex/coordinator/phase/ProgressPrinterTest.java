package io.tlaplex.coordinator.phase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tlaplex.coordinator.report.TlcReporter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressPrinterTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream live = new ByteArrayOutputStream();
    private long nowNs;

    private ProgressPrinter printer(boolean terminal) {
        return new ProgressPrinter(new TlcReporter(new PrintStream(out, true, StandardCharsets.UTF_8)), () -> nowNs,
                terminal ? new PrintStream(live, true, StandardCharsets.UTF_8) : null, 60_000_000_000L);
    }

    @Test
    void shouldRewriteTheStatusLineOnATerminalBetweenTlcProgressLines() {
        ProgressPrinter printer = printer(true);

        nowNs = 1_000_000_000L;
        printer.progress(3, 1_000, 400, 50);

        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertEquals("\r  depth 3: 1,000 states generated, 400 distinct, 50 on queue\033[K",
                live.toString(StandardCharsets.UTF_8));
    }

    @Test
    void shouldPrintTlcsProgressLineOnceAMinuteWithPerMinuteRates() {
        ProgressPrinter printer = printer(true);

        nowNs = 60_000_000_000L;
        printer.progress(7, 120_000, 30_000, 900);

        String line = out.toString(StandardCharsets.UTF_8);
        assertTrue(line.startsWith("Progress(7) at "), line);
        assertTrue(line.endsWith(": 120,000 states generated (120,000 s/min), 30,000 distinct states found "
                + "(30,000 ds/min), 900 states left on queue.\n"), line);
    }

    @Test
    void shouldPrintOnlyTlcLinesWhenNotOnATerminal() {
        ProgressPrinter printer = printer(false);

        nowNs = 1_000_000_000L;
        printer.progress(1, 10, 5, 1);

        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Progress(1) at "));
        assertEquals("", live.toString(StandardCharsets.UTF_8));
    }
}
