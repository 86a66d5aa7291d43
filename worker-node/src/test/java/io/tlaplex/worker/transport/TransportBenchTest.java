package io.tlaplex.worker.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class TransportBenchTest {

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldReportAPositiveRateForEveryLinkAndStateSize() {
        String table = TransportBench.run(50_000_000L);

        String[] lines = table.split("\n");
        assertEquals(7, lines.length, table);
        assertTrue(lines[0].startsWith("link"), table);
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].trim().split("\\s{2,}");
            assertTrue(Double.parseDouble(cells[cells.length - 2]) > 0, "no states moved on: " + lines[i]);
        }
    }
}
