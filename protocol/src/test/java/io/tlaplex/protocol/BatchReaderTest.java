package io.tlaplex.protocol;

import static io.tlaplex.protocol.BatchDescriptor.BYTE_ORDER;
import static io.tlaplex.protocol.BatchDescriptor.HEADER_LENGTH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tlaplex.protocol.RecordingHandler.Received;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.agrona.BufferUtil;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

class BatchReaderTest {
    private static final long RUN_ID = 77L;
    private static final int LOCAL = 1;
    private static final int NODES = 3;

    private final RecordingHandler handler = new RecordingHandler();
    private final BatchReader reader = new BatchReader(RUN_ID, LOCAL, NODES);

    /** A sealed frame from {@code source} with {@code states} 16-byte states, copied out of the writer. */
    private static UnsafeBuffer frame(BatchWriter writer, int states) {
        UnsafeBuffer state = new UnsafeBuffer(new byte[16]);
        for (int i = 0; i < states; i++) {
            state.putInt(0, i);
            writer.append(1000 + i, 2000 + i, i, state, 0, 16);
        }
        int length = writer.seal();
        UnsafeBuffer copy = new UnsafeBuffer(new byte[length]);
        copy.putBytes(0, writer.buffer(), 0, length);
        writer.markSent();
        return copy;
    }

    private static BatchWriter writer(int source) {
        return new BatchWriter(new UnsafeBuffer(new byte[4096]), RUN_ID, source, LOCAL);
    }

    private BatchVerdict read(DirectBuffer frame) {
        return reader.read(frame, 0, frame.capacity(), handler);
    }

    /** Rewrites the checksum after a test has tampered with a frame, as a buggy sender would. */
    private static void reseal(UnsafeBuffer frame) {
        frame.putInt(BatchDescriptor.CHECKSUM_OFFSET, new FrameChecksum().compute(frame, 0, frame.capacity()),
                BYTE_ORDER);
    }

    @Test
    void shouldHandOnEveryEntryOfManyBatchesFromSeveralSourcesInOrder() {
        SplittableRandom random = new SplittableRandom(42);
        BatchWriter[] writers = {writer(0), writer(2)};
        UnsafeBuffer scratch = new UnsafeBuffer(new byte[512]);
        List<Received> sent = new ArrayList<>();
        int frames = 0;

        for (int batch = 0; batch < 500; batch++) {
            BatchWriter writer = writers[batch % 2];
            int source = batch % 2 == 0 ? 0 : 2;
            while (true) {
                int length = random.nextInt(0, 300);
                byte[] bytes = new byte[length];
                random.nextBytes(bytes);
                scratch.putBytes(7, bytes);
                long fp = random.nextLong();
                long parent = random.nextLong();
                int action = random.nextInt();
                if (!writer.append(fp, parent, action, scratch, 7, length)) {
                    break;
                }
                sent.add(new Received(source, fp, parent, action, bytes));
            }
            int length = writer.seal();
            assertEquals(BatchVerdict.ACCEPTED, reader.read(writer.buffer(), 0, length, handler));
            writer.markSent();
            frames++;
        }

        assertEquals(sent, handler.entries);
        assertEquals(frames, reader.count(BatchVerdict.ACCEPTED));
        assertEquals(0, reader.rejectedFrames());
        assertEquals(250, reader.receivedBatches(0));
        assertEquals(250, reader.receivedBatches(2));
        assertEquals(writers[0].sentStates(), reader.receivedStates(0));
        assertEquals(writers[1].sentStates(), reader.receivedStates(2));
        assertEquals(sent.size(), reader.receivedStates(0) + reader.receivedStates(2));
    }

    @Test
    void shouldAcceptAFrameAtAnOffsetInAnOffHeapBuffer() {
        UnsafeBuffer frame = frame(writer(0), 40);
        UnsafeBuffer direct = new UnsafeBuffer(BufferUtil.allocateDirectAligned(64 * 1024, 64));
        direct.putBytes(1024, frame, 0, frame.capacity());

        BatchVerdict verdict = reader.read(direct, 1024, frame.capacity(), handler);

        assertEquals(BatchVerdict.ACCEPTED, verdict);
        assertEquals(40, handler.entries.size());
        assertEquals(1039, handler.entries.get(39).fingerprint());
    }

    @Test
    void shouldAcceptAnEmptyBatch() {
        assertEquals(BatchVerdict.ACCEPTED, read(frame(writer(0), 0)));
        assertEquals(1, reader.receivedBatches(0));
    }

    @Test
    void shouldRejectACorruptedStateByChecksumAndHandOnNothing() {
        UnsafeBuffer frame = frame(writer(0), 3);
        frame.putByte(HEADER_LENGTH + 24 + 3, (byte) (frame.getByte(HEADER_LENGTH + 24 + 3) ^ 0x10));

        BatchVerdict verdict = read(frame);

        assertEquals(BatchVerdict.CHECKSUM_MISMATCH, verdict);
        assertTrue(handler.entries.isEmpty());
        assertEquals(1, reader.count(BatchVerdict.CHECKSUM_MISMATCH));
        assertEquals(0, reader.expectedSequence(0));
    }

    @Test
    void shouldRejectACorruptedHeaderByChecksum() {
        UnsafeBuffer frame = frame(writer(0), 3);
        frame.putInt(BatchDescriptor.ENTRY_COUNT_OFFSET, 2, BYTE_ORDER);

        assertEquals(BatchVerdict.CHECKSUM_MISMATCH, read(frame));
    }

    @Test
    void shouldRejectAFrameShorterThanAHeaderAsTruncated() {
        UnsafeBuffer frame = frame(writer(0), 3);

        assertEquals(BatchVerdict.TRUNCATED, reader.read(frame, 0, HEADER_LENGTH - 1, handler));
    }

    @Test
    void shouldRejectAFrameShorterThanItsDeclaredLengthAsTruncated() {
        UnsafeBuffer frame = frame(writer(0), 3);

        assertEquals(BatchVerdict.TRUNCATED, reader.read(frame, 0, frame.capacity() - 8, handler));
    }

    @Test
    void shouldRejectARangeOutsideTheBufferAsTruncated() {
        UnsafeBuffer frame = frame(writer(0), 3);

        assertEquals(BatchVerdict.TRUNCATED, reader.read(frame, 8, frame.capacity(), handler));
        assertEquals(BatchVerdict.TRUNCATED, reader.read(frame, -1, frame.capacity(), handler));
        assertEquals(BatchVerdict.TRUNCATED, reader.read(frame, Integer.MAX_VALUE, HEADER_LENGTH, handler));
    }

    @Test
    void shouldRejectTrailingBytesAsMalformed() {
        UnsafeBuffer frame = frame(writer(0), 3);
        UnsafeBuffer longer = new UnsafeBuffer(new byte[frame.capacity() + 8]);
        longer.putBytes(0, frame, 0, frame.capacity());

        assertEquals(BatchVerdict.MALFORMED, read(longer));
    }

    @Test
    void shouldRejectAnIntactFrameWithBadMagicVersionFlagsOrReservedAsMalformed() {
        int[] offsets = {BatchDescriptor.MAGIC_OFFSET, BatchDescriptor.VERSION_OFFSET, BatchDescriptor.FLAGS_OFFSET,
            BatchDescriptor.RESERVED_OFFSET};
        for (int offset : offsets) {
            UnsafeBuffer frame = frame(writer(0), 3);
            frame.putByte(offset, (byte) (frame.getByte(offset) + 1));
            reseal(frame);

            assertEquals(BatchVerdict.MALFORMED, read(frame), "byte at " + offset);
        }
        assertTrue(handler.entries.isEmpty());
    }

    @Test
    void shouldRejectAnIntactFrameWhoseStateLengthOverrunsTheFrameAsMalformed() {
        UnsafeBuffer frame = frame(writer(0), 3);
        frame.putInt(HEADER_LENGTH + BatchDescriptor.STATE_LENGTH_OFFSET, 1 << 20, BYTE_ORDER);
        reseal(frame);

        assertEquals(BatchVerdict.MALFORMED, read(frame));
    }

    @Test
    void shouldRejectAnIntactFrameWithANegativeStateLengthAsMalformed() {
        UnsafeBuffer frame = frame(writer(0), 3);
        frame.putInt(HEADER_LENGTH + BatchDescriptor.STATE_LENGTH_OFFSET, -24, BYTE_ORDER);
        reseal(frame);

        assertEquals(BatchVerdict.MALFORMED, read(frame));
    }

    @Test
    void shouldRejectAnIntactFrameWhoseEntriesDoNotFillItAsMalformed() {
        UnsafeBuffer frame = frame(writer(0), 3);
        frame.putInt(BatchDescriptor.ENTRY_COUNT_OFFSET, 2, BYTE_ORDER);
        reseal(frame);

        assertEquals(BatchVerdict.MALFORMED, read(frame));
    }

    @Test
    void shouldRejectAFrameOfAnotherRunAsForeign() {
        BatchWriter foreign = new BatchWriter(new UnsafeBuffer(new byte[4096]), RUN_ID + 1, 0, LOCAL);

        assertEquals(BatchVerdict.FOREIGN_RUN, read(frame(foreign, 3)));
        assertEquals(1, reader.count(BatchVerdict.FOREIGN_RUN));
    }

    @Test
    void shouldRejectAFrameForAnotherNode() {
        BatchWriter misrouted = new BatchWriter(new UnsafeBuffer(new byte[4096]), RUN_ID, 0, 2);

        assertEquals(BatchVerdict.WRONG_DESTINATION, read(frame(misrouted, 3)));
    }

    @Test
    void shouldRejectAFrameFromANodeOutsideTheCluster() {
        assertEquals(BatchVerdict.UNKNOWN_SOURCE, read(frame(writer(NODES), 3)));
    }

    @Test
    void shouldRejectAFrameOfAnEarlierEpochAsStale() {
        BatchWriter writer = writer(0);
        writer.startEpoch(4);
        reader.startEpoch(5);

        assertEquals(BatchVerdict.STALE_EPOCH, read(frame(writer, 3)));
    }

    @Test
    void shouldRejectAFrameOfALaterEpoch() {
        BatchWriter writer = writer(0);
        writer.startEpoch(6);
        reader.startEpoch(5);

        assertEquals(BatchVerdict.FUTURE_EPOCH, read(frame(writer, 3)));
    }

    @Test
    void shouldRejectTheSameFrameTwiceAsDuplicate() {
        UnsafeBuffer frame = frame(writer(0), 3);

        BatchVerdict first = read(frame);
        BatchVerdict second = read(frame);

        assertEquals(BatchVerdict.ACCEPTED, first);
        assertEquals(BatchVerdict.DUPLICATE_SEQUENCE, second);
        assertEquals(3, handler.entries.size());
    }

    @Test
    void shouldRejectAFrameAfterAGapUntilTheMissingOneArrives() {
        BatchWriter writer = writer(0);
        UnsafeBuffer zero = frame(writer, 1);
        UnsafeBuffer one = frame(writer, 1);

        BatchVerdict early = read(one);
        BatchVerdict missing = read(zero);
        BatchVerdict retried = read(one);

        assertEquals(BatchVerdict.OUT_OF_ORDER_SEQUENCE, early);
        assertEquals(BatchVerdict.ACCEPTED, missing);
        assertEquals(BatchVerdict.ACCEPTED, retried);
        assertEquals(2, reader.expectedSequence(0));
    }

    @Test
    void shouldTrackSequencesPerSource() {
        UnsafeBuffer fromZero = frame(writer(0), 1);
        UnsafeBuffer fromTwo = frame(writer(2), 1);

        assertEquals(BatchVerdict.ACCEPTED, read(fromZero));
        assertEquals(BatchVerdict.ACCEPTED, read(fromTwo));
        assertEquals(1, reader.expectedSequence(0));
        assertEquals(0, reader.expectedSequence(1));
        assertEquals(1, reader.expectedSequence(2));
    }

    @Test
    void shouldRestartSequencesAndReceivedCountersButKeepVerdictCountsOnANewEpoch() {
        BatchWriter writer = writer(0);
        read(frame(writer, 2));
        read(frame(writer(0), 2));

        reader.startEpoch(1);
        writer.startEpoch(1);
        BatchVerdict verdict = read(frame(writer, 2));

        assertEquals(BatchVerdict.ACCEPTED, verdict);
        assertEquals(1, reader.receivedBatches(0));
        assertEquals(2, reader.receivedStates(0));
        assertEquals(2, reader.count(BatchVerdict.ACCEPTED));
        assertEquals(1, reader.count(BatchVerdict.DUPLICATE_SEQUENCE));
        assertEquals(1, reader.rejectedFrames());
    }
}
