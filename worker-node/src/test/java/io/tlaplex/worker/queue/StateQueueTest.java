package io.tlaplex.worker.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateQueueTest {
    @TempDir
    Path dir;

    private final StateBatch in = new StateBatch(4096);
    private final StateBatch out = new StateBatch(4096);
    private long nextIn;
    private long nextOut;

    /** State n: header fields and payload derived from n, payload length varying with n. */
    private void addState(StateBatch batch, long n) {
        int payloadLength = 8 + (int) (n % 5) * 4;
        int at = batch.reserve(n * 0x9E3779B97F4A7C15L, n - 1, n * 2, (int) (n % 7), (int) (n % 100), payloadLength);
        ByteBuffer.wrap(batch.array(), at, payloadLength).order(ByteOrder.LITTLE_ENDIAN).putLong(n);
    }

    private void appendStates(StateQueue queue, int count) {
        in.clear();
        for (int i = 0; i < count; i++) {
            addState(in, nextIn++);
        }
        queue.append(in);
    }

    /** Polls up to {@code max} states and checks each is the next one expected, all fields included. */
    private int pollAndCheck(StateQueue queue, int max) {
        int n = queue.poll(out, max);
        for (int i = 0; i < n; i++) {
            long expected = nextOut++;
            long payload = ByteBuffer.wrap(out.array(), out.payloadOffset(i), 8).order(ByteOrder.LITTLE_ENDIAN)
                    .getLong();
            if (out.fingerprint(i) != expected * 0x9E3779B97F4A7C15L || out.parentFingerprint(i) != expected - 1
                    || out.traceRef(i) != expected * 2 || out.actionId(i) != expected % 7
                    || out.depth(i) != expected % 100 || out.payloadLength(i) != 8 + (expected % 5) * 4
                    || payload != expected) {
                throw new AssertionError("state " + expected + " came back wrong: payload " + payload);
            }
        }
        return n;
    }

    private long spillFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }

    @Test
    void shouldReturnStatesInAppendOrderWithoutSpillingWithinBudget() throws IOException {
        try (StateQueue queue = new StateQueue(dir, "w0", 1 << 20, 64 << 10)) {
            appendStates(queue, 1000);

            assertEquals(1000, pollAndCheck(queue, 5000));
            assertEquals(0, queue.segmentsOnDisk());
            assertEquals(0, pollAndCheck(queue, 10));
            assertTrue(queue.isEmpty());
        }
        assertEquals(0, spillFiles());
    }

    @Test
    void shouldSpillAndReadBackMillionsOfSmallStatesInOrderWithATinyBudget() throws IOException {
        int maxSegments = 0;
        try (StateQueue queue = new StateQueue(dir, "w0", 256 << 10, 64 << 10)) {
            for (int round = 0; round < 2000; round++) {
                appendStates(queue, 1000);
                if (round % 3 == 0) {
                    pollAndCheck(queue, 700);
                }
                maxSegments = Math.max(maxSegments, queue.segmentsOnDisk());
            }
            assertEquals(2_000_000 - nextOut, queue.size());
            assertEquals(queue.segmentsOnDisk(), spillFiles());
            while (pollAndCheck(queue, 4096) > 0) {
                assertEquals(queue.segmentsOnDisk(), spillFiles());
            }
        }
        assertEquals(2_000_000, nextOut);
        assertTrue(maxSegments > 500, "segments on disk at most " + maxSegments);
        assertEquals(0, spillFiles());
    }

    @Test
    void shouldKeepOrderWhateverTheMixOfBatchAndPollSizes() {
        Random random = new Random(42);
        int maxSegments = 0;
        try (StateQueue queue = new StateQueue(dir, "mix", 4096, 1024)) {
            for (int round = 0; round < 5_000; round++) {
                if (random.nextInt(3) > 0) {
                    appendStates(queue, random.nextInt(60));
                } else {
                    pollAndCheck(queue, 1 + random.nextInt(90));
                }
                maxSegments = Math.max(maxSegments, queue.segmentsOnDisk());
            }
            assertTrue(maxSegments > 10, "segments on disk at most " + maxSegments);
            while (pollAndCheck(queue, 1 + random.nextInt(90)) > 0) {
                assertTrue(queue.size() >= 0);
            }
            assertEquals(nextIn, nextOut);
        }
    }

    @Test
    void shouldKeepAStateLargerThanASegmentInMemoryAndOnDisk() {
        byte[] big = new byte[5000];
        big[4999] = 7;
        try (StateQueue queue = new StateQueue(dir, "big", 0, 256)) {
            for (int i = 0; i < 4; i++) {
                in.clear();
                in.add(i, 0, 0, 0, 1, big);
                queue.append(in);
            }
            assertEquals(2, queue.segmentsOnDisk());

            for (int i = 0; i < 4; i++) {
                assertEquals(1, queue.poll(out, 1));
                assertEquals(i, out.fingerprint(0));
                assertEquals(5000, out.payloadLength(0));
                assertEquals(7, out.array()[out.payloadOffset(0) + 4999]);
            }
            assertEquals(0, queue.poll(out, 10));
        }
    }

    @Test
    void shouldReportACorruptedSegmentByFileNameAfterTheStatesBeforeIt() throws IOException {
        try (StateQueue queue = new StateQueue(dir, "w1", 0, 1024)) {
            appendStates(queue, 200);
            Path first = dir.resolve("w1-000000000000.spill");
            flipByte(first, SpillFiles.HEADER_BYTES + 50);

            SpillCorruptedException e = assertThrows(SpillCorruptedException.class, () -> {
                while (pollAndCheck(queue, 7) > 0) {
                    assertTrue(nextOut < 200);
                }
            });

            assertEquals(first, e.file());
            assertEquals("spill segment " + first + " is corrupted: checksum mismatch", e.getMessage());
            assertTrue(nextOut > 0, "the states held in memory before the segment are delivered first");
        }
        assertEquals(0, spillFiles());
    }

    @Test
    void shouldReportATruncatedSegment() throws IOException {
        try (StateQueue queue = new StateQueue(dir, "w2", 0, 1024)) {
            appendStates(queue, 200);
            Path first = dir.resolve("w2-000000000000.spill");
            long size = Files.size(first);
            try (FileChannel channel = FileChannel.open(first, StandardOpenOption.WRITE)) {
                channel.truncate(size - 10);
            }

            SpillCorruptedException e = assertThrows(SpillCorruptedException.class, () -> drain(queue));

            assertEquals(first, e.file());
            assertEquals("spill segment " + first + " is truncated: " + (size - 10) + " of " + size + " bytes",
                    e.getMessage());
        }
    }

    @Test
    void shouldReportAMissingSegment() throws IOException {
        try (StateQueue queue = new StateQueue(dir, "w3", 0, 1024)) {
            appendStates(queue, 200);
            Path first = dir.resolve("w3-000000000000.spill");
            Files.delete(first);

            SpillCorruptedException e = assertThrows(SpillCorruptedException.class, () -> drain(queue));

            assertEquals("spill segment " + first + " is missing", e.getMessage());
        }
    }

    @Test
    void shouldDeleteEverySegmentOnClose() throws IOException {
        StateQueue queue = new StateQueue(dir, "w4", 0, 1024);
        appendStates(queue, 500);
        pollAndCheck(queue, 50);
        assertTrue(spillFiles() > 3);

        queue.close();

        assertEquals(0, spillFiles());
        assertThrows(IllegalStateException.class, () -> queue.poll(out, 1));
    }

    @Test
    void shouldRefuseToStartOverSegmentsOfAnEarlierRun() throws IOException {
        Files.writeString(dir.resolve("w5-000000000003.spill"), "old");

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new StateQueue(dir, "w5", 0, 1024));

        assertEquals("spill segments of an earlier run are in the way: " + dir.resolve("w5-000000000003.spill"),
                e.getMessage());
    }

    @Test
    void shouldNotAllocatePerStateOnceWarm() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        try (StateQueue queue = new StateQueue(dir, "w6", 8 << 20, 64 << 10)) {
            for (int round = 0; round < 300; round++) {
                appendAndPollRaw(queue);
            }
            long before = threads.getCurrentThreadAllocatedBytes();
            for (int round = 0; round < 300; round++) {
                appendAndPollRaw(queue);
            }
            long allocated = threads.getCurrentThreadAllocatedBytes() - before;

            assertTrue(allocated < 300 * 1000 / 8, allocated + " bytes allocated for 300,000 states");
        }
    }

    private void appendAndPollRaw(StateQueue queue) {
        in.clear();
        for (int i = 0; i < 1000; i++) {
            in.reserve(i, i, i, i, i, 16);
        }
        queue.append(in);
        while (queue.poll(out, 256) > 0) {
            assertTrue(out.size() > 0);
        }
    }

    private void drain(StateQueue queue) {
        while (pollAndCheck(queue, 64) > 0) {
            assertTrue(nextOut <= nextIn);
        }
    }

    private static void flipByte(Path file, int position) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        bytes[position] ^= 0x10;
        Files.write(file, bytes);
    }

    @Test
    void shouldExposeEntriesOfABatchByIndex() {
        StateBatch batch = new StateBatch(8);
        batch.add(11, 12, 13, 14, 15, new byte[] {1, 2, 3});

        assertEquals(List.of(11L, 12L, 13L, 14, 15, 3), List.of(batch.fingerprint(0), batch.parentFingerprint(0),
                batch.traceRef(0), batch.actionId(0), batch.depth(0), batch.payloadLength(0)));
        assertEquals(3, batch.array()[batch.payloadOffset(0) + 2]);
        assertEquals(StateEntryDescriptor.HEADER_LENGTH + 3, batch.lengthBytes());
        assertThrows(IndexOutOfBoundsException.class, () -> batch.fingerprint(1));
    }
}
