package io.tlaplex.protocol;

import static io.tlaplex.protocol.BatchDescriptor.BYTE_ORDER;
import static io.tlaplex.protocol.BatchDescriptor.HEADER_LENGTH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

class BatchWriterTest {
    private static final long RUN_ID = 0x1122_3344_5566_7788L;

    private static UnsafeBuffer state(int length, int seed) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (seed + i);
        }
        return new UnsafeBuffer(bytes);
    }

    @Test
    void shouldLayOutHeaderAndEntryAtTheDescriptorOffsets() {
        UnsafeBuffer frame = new UnsafeBuffer(new byte[256]);
        BatchWriter writer = new BatchWriter(frame, RUN_ID, 2, 5);
        writer.startEpoch(9);

        writer.append(0xAAAA_BBBB_CCCC_DDDDL, 0x0102_0304_0506_0708L, 42, state(5, 1), 0, 5);
        int frameLength = writer.seal();

        assertEquals(HEADER_LENGTH + 32, frameLength);
        assertEquals(frameLength, frame.getInt(0, BYTE_ORDER));
        assertEquals(0x4254, frame.getShort(4, BYTE_ORDER));
        assertEquals('T', frame.getByte(4));
        assertEquals(1, frame.getByte(6));
        assertEquals(0, frame.getByte(7));
        assertEquals(RUN_ID, frame.getLong(8, BYTE_ORDER));
        assertEquals(0L, frame.getLong(16, BYTE_ORDER));
        assertEquals(9, frame.getInt(24, BYTE_ORDER));
        assertEquals(2, frame.getInt(28, BYTE_ORDER));
        assertEquals(5, frame.getInt(32, BYTE_ORDER));
        assertEquals(1, frame.getInt(36, BYTE_ORDER));
        assertEquals(new FrameChecksum().compute(frame, 0, frameLength), frame.getInt(40, BYTE_ORDER));
        assertEquals(0, frame.getInt(44, BYTE_ORDER));
        assertEquals(0xAAAA_BBBB_CCCC_DDDDL, frame.getLong(48, BYTE_ORDER));
        assertEquals(0x0102_0304_0506_0708L, frame.getLong(56, BYTE_ORDER));
        assertEquals(42, frame.getInt(64, BYTE_ORDER));
        assertEquals(5, frame.getInt(68, BYTE_ORDER));
        assertEquals(1, frame.getByte(72));
        assertEquals(5, frame.getByte(76));
    }

    @Test
    void shouldZeroThePaddingLeftByAnOlderBatch() {
        UnsafeBuffer frame = new UnsafeBuffer(new byte[256]);
        frame.setMemory(0, 256, (byte) 0xFF);
        BatchWriter writer = new BatchWriter(frame, RUN_ID, 0, 1);

        writer.append(1, 0, 0, state(5, 1), 0, 5);

        assertEquals(0, frame.getByte(77));
        assertEquals(0, frame.getByte(78));
        assertEquals(0, frame.getByte(79));
    }

    @Test
    void shouldSayFullWhenTheNextStateDoesNotFit() {
        BatchWriter writer = new BatchWriter(new UnsafeBuffer(new byte[HEADER_LENGTH + 2 * 32]), RUN_ID, 0, 1);
        UnsafeBuffer state = state(8, 0);

        boolean first = writer.append(1, 0, 0, state, 0, 8);
        boolean second = writer.append(2, 0, 0, state, 0, 8);
        boolean third = writer.append(3, 0, 0, state, 0, 8);

        assertTrue(first);
        assertTrue(second);
        assertFalse(third);
        assertEquals(2, writer.entryCount());
        assertEquals(HEADER_LENGTH + 64, writer.frameLength());
    }

    @Test
    void shouldFitAStateOfExactlyMaxStateLengthButNoLonger() {
        BatchWriter writer = new BatchWriter(new UnsafeBuffer(new byte[BatchDescriptor.DEFAULT_CAPACITY_BYTES]),
                RUN_ID, 0, 1);
        int max = writer.maxStateLength();
        UnsafeBuffer big = new UnsafeBuffer(new byte[max + 1]);

        boolean tooBig = writer.append(1, 0, 0, big, 0, max + 1);
        boolean exact = writer.append(1, 0, 0, big, 0, max);

        assertEquals(BatchDescriptor.DEFAULT_CAPACITY_BYTES - HEADER_LENGTH - 24, max);
        assertFalse(tooBig);
        assertTrue(exact);
        assertEquals(BatchDescriptor.DEFAULT_CAPACITY_BYTES, writer.frameLength());
    }

    @Test
    void shouldRefuseANegativeStateLength() {
        BatchWriter writer = new BatchWriter(new UnsafeBuffer(new byte[256]), RUN_ID, 0, 1);

        assertFalse(writer.append(1, 0, 0, state(4, 0), 0, -1));
        assertTrue(writer.isEmpty());
    }

    @Test
    void shouldRefuseToAppendToASealedBatch() {
        BatchWriter writer = new BatchWriter(new UnsafeBuffer(new byte[256]), RUN_ID, 0, 1);
        writer.seal();

        assertThrows(IllegalStateException.class, () -> writer.append(1, 0, 0, state(4, 0), 0, 4));
    }

    @Test
    void shouldRefuseToMarkSentAnUnsealedBatch() {
        BatchWriter writer = new BatchWriter(new UnsafeBuffer(new byte[256]), RUN_ID, 0, 1);

        assertThrows(IllegalStateException.class, writer::markSent);
    }

    @Test
    void shouldKeepTheSameFrameWhenSealedAgainAfterBackPressure() {
        UnsafeBuffer frame = new UnsafeBuffer(new byte[256]);
        BatchWriter writer = new BatchWriter(frame, RUN_ID, 0, 1);
        writer.append(1, 0, 0, state(4, 0), 0, 4);

        int firstLength = writer.seal();
        int firstChecksum = frame.getInt(BatchDescriptor.CHECKSUM_OFFSET, BYTE_ORDER);
        int secondLength = writer.seal();

        assertEquals(firstLength, secondLength);
        assertEquals(firstChecksum, frame.getInt(BatchDescriptor.CHECKSUM_OFFSET, BYTE_ORDER));
        assertEquals(0, writer.sequence());
        assertTrue(writer.isSealed());
    }

    @Test
    void shouldAdvanceSequenceAndCountersWhenMarkedSent() {
        BatchWriter writer = new BatchWriter(new UnsafeBuffer(new byte[256]), RUN_ID, 0, 1);
        writer.append(1, 0, 0, state(4, 0), 0, 4);
        writer.append(2, 0, 0, state(4, 0), 0, 4);
        writer.seal();

        writer.markSent();

        assertEquals(1, writer.sequence());
        assertEquals(1, writer.sentBatches());
        assertEquals(2, writer.sentStates());
        assertTrue(writer.isEmpty());
        assertFalse(writer.isSealed());
        assertEquals(HEADER_LENGTH, writer.frameLength());
    }

    @Test
    void shouldRestartSequenceAndCountersAndDropPendingStatesOnANewEpoch() {
        BatchWriter writer = new BatchWriter(new UnsafeBuffer(new byte[256]), RUN_ID, 0, 1);
        writer.append(1, 0, 0, state(4, 0), 0, 4);
        writer.seal();
        writer.markSent();
        writer.append(2, 0, 0, state(4, 0), 0, 4);

        writer.startEpoch(3);

        assertEquals(3, writer.epoch());
        assertEquals(0, writer.sequence());
        assertEquals(0, writer.sentBatches());
        assertEquals(0, writer.sentStates());
        assertTrue(writer.isEmpty());
    }

    @Test
    void shouldRejectABufferTooSmallForOneEntry() {
        assertThrows(IllegalArgumentException.class,
                () -> new BatchWriter(new UnsafeBuffer(new byte[HEADER_LENGTH + 16]), RUN_ID, 0, 1));
    }
}
