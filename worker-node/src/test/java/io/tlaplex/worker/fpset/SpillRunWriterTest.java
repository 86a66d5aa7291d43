package io.tlaplex.worker.fpset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpillRunWriterTest {

    @TempDir
    Path dir;

    @Test
    void shouldWriteAFrozenTableInUnsignedOrderIncludingTheClusterThatWraps() throws Exception {
        FingerprintTable table = new FingerprintTable(new HeapSlotMemory(1024), 0.75, 0, true, SpillRun.NONE);
        long[] keys = new long[700];
        for (int i = 0; i < keys.length; i++) {
            // The first 40 keys all have the last home slot, so their cluster wraps round to the start.
            keys[i] = i < 40 ? -2 - i : FingerprintSetBench.mix(i) | 2;
            assertEquals(FingerprintTable.INSERTED, table.insert(keys[i], null));
        }
        table.next = new FingerprintTable(new HeapSlotMemory(1024), 0.75, 0, false, SpillRun.NONE);
        while (!table.migrationDone()) {
            table.migrateOneChunk();
        }

        long count = SpillRunWriter.countKeys(table);
        SpillRun run = SpillRunWriter.write(table, count, dir);

        assertEquals(keys.length, count);
        long[] expected = keys.clone();
        for (int i = 0; i < expected.length; i++) {
            expected[i] ^= Long.MIN_VALUE;
        }
        Arrays.sort(expected);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i] ^ Long.MIN_VALUE, run.keyAt(i), "position " + i);
        }
        for (long key : keys) {
            assertTrue(run.contains(key));
        }
        assertFalse(run.contains(12345));
        run.delete();
    }
}
