package io.tlaplex.worker.fpset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class FingerprintSetBenchTest {

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldPrintOneRowPerThreadCountAndMode() throws InterruptedException {
        String table = FingerprintSetBench.run(1 << 16, 1, 2);

        String[] lines = table.split("\n");
        assertEquals(14, lines.length, table);
        assertTrue(lines[0].startsWith("fingerprint set inserts: 65,536 slots (0 MiB)"), lines[0]);
        assertTrue(lines[1].startsWith("threads  mode             tables"), lines[1]);
        assertTrue(lines[2].startsWith("1        insert, presized off-heap          49,136 "), lines[2]);
        assertTrue(lines[3].startsWith("1        insert, presized heap              49,136 "), lines[3]);
        assertTrue(lines[4].startsWith("1        insertAll(16)    off-heap          49,136 "), lines[4]);
        assertTrue(lines[13].startsWith("2        insert, growing  heap              49,120 "), lines[13]);
        assertTrue(lines[2].endsWith(" 10.7"), lines[2]);
    }
}
