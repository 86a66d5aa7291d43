package io.tlaplex.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BatchCodecBenchTest {

    @Test
    void shouldReportEncodeAndDecodeRatesFor64And256ByteStates() {
        String table = BatchCodecBench.run(20_000_000L);

        String[] lines = table.split("\n");
        assertEquals(3, lines.length, table);
        assertTrue(lines[0].startsWith("state bytes"), table);
        assertTrue(lines[1].matches("64 +\\d+ +[1-9]\\d* +[1-9]\\d*"), table);
        assertTrue(lines[2].matches("256 +\\d+ +[1-9]\\d* +[1-9]\\d*"), table);
    }
}
