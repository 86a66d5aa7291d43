package io.tlaplex.worker.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceStoreTest {
    @TempDir
    Path dir;

    @Test
    void shouldWalkBackARandomForestSpreadOverSeveralLogs() {
        TraceStore store = new TraceStore(dir, 3);
        int states = 100_000;
        long[] refs = new long[states];
        int[] parents = new int[states];
        Random random = new Random(7);
        TraceLog[] logs = {store.openLog(0, 4096), store.openLog(1, 512), store.openLog(2, 20)};
        for (int i = 0; i < states; i++) {
            parents[i] = i < 10 ? -1 : random.nextInt(i);
            long parentRef = parents[i] < 0 ? TraceRef.INITIAL : refs[parents[i]];
            refs[i] = logs[random.nextInt(3)].append(fingerprintOf(i), parentRef, i % 13);
        }
        for (TraceLog log : logs) {
            log.close();
        }

        try (TraceReader reader = store.openReader()) {
            for (int probe = 0; probe < 200; probe++) {
                int state = random.nextInt(states);
                TracePath path = reader.walkBack(refs[state]);

                assertTrue(path.isComplete());
                List<TraceRecord> steps = path.steps();
                assertTrue(steps.get(0).isInitial());
                int expected = state;
                for (int s = steps.size() - 1; s >= 0; s--) {
                    assertEquals(fingerprintOf(expected), steps.get(s).fingerprint());
                    assertEquals(expected % 13, steps.get(s).actionId());
                    assertEquals(refs[expected], steps.get(s).ref());
                    expected = parents[expected];
                }
                assertEquals(-1, expected);
            }
        }
    }

    @Test
    void shouldStopAtAParentOnAnotherNode() {
        long foreignParent = TraceRef.of(0, 5, 16 + 20 * 9);
        TraceStore store = new TraceStore(dir, 1);
        long child;
        try (TraceLog log = store.openLog(0, 4096)) {
            long mid = log.append(11, foreignParent, 2);
            child = log.append(12, mid, 3);
        }

        try (TraceReader reader = store.openReader()) {
            TracePath path = reader.walkBack(child);

            assertFalse(path.isComplete());
            assertEquals(foreignParent, path.continueAt());
            assertEquals(List.of(11L, 12L), path.steps().stream().map(TraceRecord::fingerprint).toList());
        }
    }

    @Test
    void shouldIgnoreATornLastRecordOnReopen() throws IOException {
        TraceStore store = new TraceStore(dir, 0);
        long last;
        try (TraceLog log = store.openLog(4, 4096)) {
            last = appendChain(log, 10);
        }
        Files.write(store.logFile(4), new byte[] {1, 2, 3, 4, 5, 6, 7}, StandardOpenOption.APPEND);

        try (TraceLog log = store.openLog(4, 4096)) {
            assertEquals(7, log.droppedTailBytes());
            assertEquals(10, log.records());
            long next = log.append(100, last, 1);
            assertEquals(16 + 20 * 10, TraceRef.offset(next));
            log.flush();
            try (TraceReader reader = store.openReader()) {
                assertEquals(11, reader.walkBack(next).steps().size());
            }
        }
        assertEquals(16 + 20 * 11, Files.size(store.logFile(4)));
    }

    @Test
    void shouldIgnoreZeroFilledRecordsAtTheEndOnReopen() throws IOException {
        TraceStore store = new TraceStore(dir, 0);
        try (TraceLog log = store.openLog(0, 4096)) {
            appendChain(log, 3);
        }
        Files.write(store.logFile(0), new byte[20 * 4 + 5], StandardOpenOption.APPEND);

        try (TraceLog log = store.openLog(0, 4096)) {
            assertEquals(85, log.droppedTailBytes());
            assertEquals(3, log.records());
        }
    }

    @Test
    void shouldRecreateTheHeaderOfALogTornAtBirth() throws IOException {
        TraceStore store = new TraceStore(dir, 2);
        Files.write(store.logFile(1), new byte[] {0x54, 0x54});

        try (TraceLog log = store.openLog(1, 4096)) {
            assertEquals(0, log.records());
            log.append(5, TraceRef.INITIAL, 0);
        }

        assertEquals(36, Files.size(store.logFile(1)));
    }

    @Test
    void shouldRefuseALogOfAnotherNode() {
        new TraceStore(dir, 1).openLog(0, 4096).close();

        TraceCorruptedException e = assertThrows(TraceCorruptedException.class,
                () -> new TraceStore(dir, 2).openLog(0, 4096));

        assertEquals(dir.resolve("trace-0000.log"), e.file());
        assertEquals("trace log " + e.file() + " belongs to node 1 log 0, not node 2 log 0", e.getMessage());
    }

    @Test
    void shouldRefuseASecondWriterForTheSameLog() {
        TraceStore store = new TraceStore(dir, 0);
        try (TraceLog first = store.openLog(3, 4096)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> store.openLog(3, 4096));

            assertEquals("trace log " + first.file() + " already has a writer", e.getMessage());
        }
        store.openLog(3, 4096).close();
    }

    @Test
    void shouldRefuseToReadARecordThatWasNotFlushed() {
        TraceStore store = new TraceStore(dir, 0);
        try (TraceLog log = store.openLog(0, 4096); TraceReader reader = store.openReader()) {
            long ref = log.append(1, TraceRef.INITIAL, 0);

            TraceCorruptedException e = assertThrows(TraceCorruptedException.class, () -> reader.read(ref));

            assertEquals("trace log " + log.file() + " has no record at offset 16: it ends at 16 bytes "
                    + "(not flushed yet?)", e.getMessage());
            log.flush();
            assertEquals(new TraceRecord(ref, 1, TraceRef.INITIAL, 0), reader.read(ref));
        }
    }

    @Test
    void shouldFindAFingerprintByScanningEveryLog() {
        TraceStore store = new TraceStore(dir, 0);
        long wanted;
        try (TraceLog a = store.openLog(0, 4096); TraceLog b = store.openLog(7, 4096)) {
            appendChain(a, 10_000);
            b.append(1, TraceRef.INITIAL, 0);
            wanted = b.append(0xABCDEFL, TraceRef.INITIAL, 0);
        }

        try (TraceReader reader = store.openReader()) {
            assertEquals(wanted, reader.find(0xABCDEFL));
            assertEquals(TraceRef.NONE, reader.find(0x12345L));
        }
    }

    @Test
    void shouldRollBackToACheckpointedEnd() {
        TraceStore store = new TraceStore(dir, 0);
        try (TraceLog log = store.openLog(0, 4096)) {
            appendChain(log, 5);
            log.force();
            long checkpointEnd = log.endOffset();
            log.append(999, TraceRef.INITIAL, 0);

            log.rollBackTo(checkpointEnd);

            assertEquals(5, log.records());
            try (TraceReader reader = store.openReader()) {
                assertEquals(TraceRef.NONE, reader.find(999));
            }
            assertThrows(IllegalArgumentException.class, () -> log.rollBackTo(checkpointEnd - 3));
        }
    }

    @Test
    void shouldDetectAParentChainThatLoops() {
        TraceStore store = new TraceStore(dir, 0);
        long first;
        try (TraceLog log = store.openLog(0, 4096)) {
            first = log.append(1, TraceRef.of(0, 0, 36), 0);
            log.append(2, first, 0);
        }

        try (TraceReader reader = store.openReader()) {
            TraceCorruptedException e = assertThrows(TraceCorruptedException.class, () -> reader.walkBack(first));

            assertTrue(e.getMessage().endsWith("holds a parent chain that loops back on itself at 0/0@36"),
                    e.getMessage());
        }
    }

    @Test
    void shouldRejectAParentThatIsNotAPosition() {
        TraceStore store = new TraceStore(dir, 0);
        try (TraceLog log = store.openLog(0, 4096)) {
            assertThrows(IllegalArgumentException.class, () -> log.append(1, 0x1234_5679L, 0));
            assertThrows(IllegalArgumentException.class, () -> log.append(1, TraceRef.NONE, 0));
        }
    }

    @Test
    void shouldReportAMissingLog() {
        TraceStore store = new TraceStore(dir, 0);
        try (TraceReader reader = store.openReader()) {
            TraceCorruptedException e = assertThrows(TraceCorruptedException.class,
                    () -> reader.read(TraceRef.of(0, 9, 16)));

            assertEquals("trace log " + dir.resolve("trace-0009.log") + " is missing", e.getMessage());
        }
    }

    @Test
    void shouldPackAndUnpackPositions() {
        long ref = TraceRef.of(4095, 17, TraceRef.MAX_OFFSET);

        assertEquals(4095, TraceRef.nodeId(ref));
        assertEquals(17, TraceRef.logId(ref));
        assertEquals(TraceRef.MAX_OFFSET, TraceRef.offset(ref));
        assertEquals("4095/17@1099511627774", TraceRef.toString(ref));
        assertThrows(IllegalArgumentException.class, () -> TraceRef.of(4096, 0, 16));
        assertThrows(IllegalArgumentException.class, () -> TraceRef.of(0, 0, 0));
    }

    @Test
    void shouldNotAllocatePerRecordOnceWarm() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        TraceStore store = new TraceStore(dir, 0);
        try (TraceLog log = store.openLog(0, 1 << 16)) {
            appendChain(log, 200_000);
            long before = threads.getCurrentThreadAllocatedBytes();

            appendChain(log, 200_000);

            long allocated = threads.getCurrentThreadAllocatedBytes() - before;
            assertTrue(allocated < 200_000 / 8, allocated + " bytes allocated for 200,000 records");
        }
    }

    /** Appends an initial state and its descendants in a line; returns the last one's position. */
    private static long appendChain(TraceLog log, int length) {
        long ref = TraceRef.INITIAL;
        for (int i = 0; i < length; i++) {
            ref = log.append(fingerprintOf(i), ref, i);
        }
        return ref;
    }

    private static long fingerprintOf(int i) {
        return (i + 1) * 0x9E3779B97F4A7C15L;
    }
}
