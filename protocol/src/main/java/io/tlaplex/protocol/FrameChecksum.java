package io.tlaplex.protocol;

import java.util.zip.CRC32C;
import org.agrona.DirectBuffer;

/**
 * Computes a batch frame's CRC32C (everything except the checksum field) without allocating.
 * Heap buffers go straight to the JDK's intrinsic; off-heap buffers are copied through a small
 * scratch array, which costs far less than the checksum itself. One instance per thread.
 */
final class FrameChecksum {
    private static final int SCRATCH_BYTES = 8 * 1024;
    private static final int AFTER_CHECKSUM = BatchDescriptor.CHECKSUM_OFFSET + Integer.BYTES;

    private final CRC32C crc = new CRC32C();
    private final byte[] scratch = new byte[SCRATCH_BYTES];

    /**
     * Returns the checksum of the frame at {@code offset}; the caller has checked that
     * {@code frameLength >= HEADER_LENGTH} and that the frame lies inside the buffer.
     */
    int compute(DirectBuffer buffer, int offset, int frameLength) {
        crc.reset();
        update(buffer, offset, BatchDescriptor.CHECKSUM_OFFSET);
        update(buffer, offset + AFTER_CHECKSUM, frameLength - AFTER_CHECKSUM);
        return (int) crc.getValue();
    }

    private void update(DirectBuffer buffer, int index, int length) {
        byte[] array = buffer.byteArray();
        if (array != null) {
            crc.update(array, buffer.wrapAdjustment() + index, length);
            return;
        }
        int done = 0;
        while (done < length) {
            int chunk = Math.min(SCRATCH_BYTES, length - done);
            buffer.getBytes(index + done, scratch, 0, chunk);
            crc.update(scratch, 0, chunk);
            done += chunk;
        }
    }
}
