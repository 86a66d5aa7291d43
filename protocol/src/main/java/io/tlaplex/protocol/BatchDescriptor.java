package io.tlaplex.protocol;

import java.nio.ByteOrder;

/**
 * Layout of a state-batch frame on the data plane. All fields are little-endian.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +---------------------------------------------------------------+
 * |                     frame length (bytes)                      |  0
 * +-------------------------------+---------------+---------------+
 * |             magic             |    version    |  flags (= 0)  |  4
 * +-------------------------------+---------------+---------------+
 * |                            run id                             |  8
 * |                                                               |
 * +---------------------------------------------------------------+
 * |                    batch sequence number                      | 16
 * |                                                               |
 * +---------------------------------------------------------------+
 * |                            epoch                              | 24
 * +---------------------------------------------------------------+
 * |                         source node                           | 28
 * +---------------------------------------------------------------+
 * |                       destination node                        | 32
 * +---------------------------------------------------------------+
 * |                         entry count                           | 36
 * +---------------------------------------------------------------+
 * |                      CRC32C checksum                          | 40
 * +---------------------------------------------------------------+
 * |                        reserved (= 0)                         | 44
 * +---------------------------------------------------------------+
 * |                 entries, each 8-byte aligned ...              | 48
 * </pre>
 *
 * Each entry is {@code fingerprint (8) | parent fingerprint (8) | action id (4) | state length (4) |
 * state bytes}, padded with zeros to a multiple of {@link #ENTRY_ALIGNMENT}. The entries exactly
 * fill the frame. The checksum is CRC32C over the whole frame except the checksum field itself,
 * so a corrupted header is caught as surely as a corrupted state.
 */
public final class BatchDescriptor {

    /** Byte order of every field. */
    public static final ByteOrder BYTE_ORDER = ByteOrder.LITTLE_ENDIAN;

    /** Identifies a tlaplex state batch ("TB" in ASCII, little-endian). */
    public static final short MAGIC = 0x4254;

    /** Current layout version; a frame with another version is malformed. */
    public static final byte VERSION = 1;

    /** Offset of the int total frame length, header included. */
    public static final int FRAME_LENGTH_OFFSET = 0;
    /** Offset of the short {@link #MAGIC}. */
    public static final int MAGIC_OFFSET = 4;
    /** Offset of the byte {@link #VERSION}. */
    public static final int VERSION_OFFSET = 6;
    /** Offset of the flags byte; no flags are defined yet, so it must be zero. */
    public static final int FLAGS_OFFSET = 7;
    /** Offset of the long run id. */
    public static final int RUN_ID_OFFSET = 8;
    /** Offset of the long batch sequence number, counting from 0 per (source, destination, epoch). */
    public static final int SEQUENCE_OFFSET = 16;
    /** Offset of the int epoch. */
    public static final int EPOCH_OFFSET = 24;
    /** Offset of the int source node id. */
    public static final int SOURCE_NODE_OFFSET = 28;
    /** Offset of the int destination node id. */
    public static final int DESTINATION_NODE_OFFSET = 32;
    /** Offset of the int entry count. */
    public static final int ENTRY_COUNT_OFFSET = 36;
    /** Offset of the int CRC32C checksum. */
    public static final int CHECKSUM_OFFSET = 40;
    /** Offset of a reserved int that must be zero; it keeps the entries 8-byte aligned. */
    public static final int RESERVED_OFFSET = 44;
    /** Length of the batch header. */
    public static final int HEADER_LENGTH = 48;

    /** Offset, within an entry, of the long fingerprint. */
    public static final int FINGERPRINT_OFFSET = 0;
    /** Offset, within an entry, of the long parent fingerprint (0 for an initial state). */
    public static final int PARENT_FINGERPRINT_OFFSET = 8;
    /** Offset, within an entry, of the int action id (opaque to this module). */
    public static final int ACTION_ID_OFFSET = 16;
    /** Offset, within an entry, of the int length of the encoded state. */
    public static final int STATE_LENGTH_OFFSET = 20;
    /** Offset, within an entry, of the encoded state bytes. */
    public static final int STATE_OFFSET = 24;
    /** Length of an entry without its state bytes. */
    public static final int ENTRY_HEADER_LENGTH = 24;
    /** Every entry starts at a multiple of this many bytes from the frame start. */
    public static final int ENTRY_ALIGNMENT = 8;

    /** Default frame buffer size: large enough to amortise a send, small enough to stay in cache. */
    public static final int DEFAULT_CAPACITY_BYTES = 64 * 1024;

    private BatchDescriptor() {
    }

    /**
     * Returns the bytes an entry with a state of {@code stateLength} bytes occupies, padding included.
     * Computed in {@code long} so that a hostile length cannot overflow.
     *
     * @param stateLength length of the encoded state, {@code >= 0}
     * @return the aligned entry length
     */
    public static long entryLength(long stateLength) {
        return (ENTRY_HEADER_LENGTH + stateLength + ENTRY_ALIGNMENT - 1) & -ENTRY_ALIGNMENT;
    }

    /**
     * Returns the largest state that fits in an otherwise empty frame of {@code capacityBytes}.
     *
     * @param capacityBytes frame buffer capacity
     * @return the largest encodable state length, or a negative number if not even an empty entry fits
     */
    public static int maxStateLength(int capacityBytes) {
        int entryRoom = (capacityBytes - HEADER_LENGTH) & -ENTRY_ALIGNMENT;
        return entryRoom - ENTRY_HEADER_LENGTH;
    }
}
