package io.tlaplex.protocol;

import static io.tlaplex.protocol.BatchDescriptor.BYTE_ORDER;
import static io.tlaplex.protocol.BatchDescriptor.CHECKSUM_OFFSET;
import static io.tlaplex.protocol.BatchDescriptor.DESTINATION_NODE_OFFSET;
import static io.tlaplex.protocol.BatchDescriptor.ENTRY_COUNT_OFFSET;
import static io.tlaplex.protocol.BatchDescriptor.EPOCH_OFFSET;
import static io.tlaplex.protocol.BatchDescriptor.FLAGS_OFFSET;
import static io.tlaplex.protocol.BatchDescriptor.FRAME_LENGTH_OFFSET;
import static io.tlaplex.protocol.BatchDescriptor.MAGIC_OFFSET;
import static io.tlaplex.protocol.BatchDescriptor.RESERVED_OFFSET;
import static io.tlaplex.protocol.BatchDescriptor.RUN_ID_OFFSET;
import static io.tlaplex.protocol.BatchDescriptor.SEQUENCE_OFFSET;
import static io.tlaplex.protocol.BatchDescriptor.SOURCE_NODE_OFFSET;
import static io.tlaplex.protocol.BatchDescriptor.VERSION_OFFSET;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * A view of a batch header (see {@link BatchDescriptor}) at an offset in a buffer: getters read the
 * buffer, fluent setters write it. It holds no data of its own, so one instance is re-wrapped for
 * every frame. Not thread-safe; each reader or writer owns its own. Getters do not validate:
 * use {@link BatchValidator} before trusting a received header.
 */
public final class BatchHeaderFlyweight {
    private DirectBuffer buffer;
    private MutableDirectBuffer mutableBuffer;
    private int offset;

    /**
     * Wraps a read-only buffer; the setters must not be used until a mutable buffer is wrapped.
     *
     * @param buffer buffer holding the frame
     * @param offset index of the frame's first byte
     * @return this flyweight
     */
    public BatchHeaderFlyweight wrap(DirectBuffer buffer, int offset) {
        this.buffer = buffer;
        this.mutableBuffer = null;
        this.offset = offset;
        return this;
    }

    /**
     * Wraps a buffer for reading and writing.
     *
     * @param buffer buffer holding the frame
     * @param offset index of the frame's first byte
     * @return this flyweight
     */
    public BatchHeaderFlyweight wrap(MutableDirectBuffer buffer, int offset) {
        this.buffer = buffer;
        this.mutableBuffer = buffer;
        this.offset = offset;
        return this;
    }

    /** Returns the wrapped buffer. */
    public DirectBuffer buffer() {
        return buffer;
    }

    /** Returns the index of the frame's first byte in {@link #buffer()}. */
    public int offset() {
        return offset;
    }

    /** Returns the total frame length in bytes, header included. */
    public int frameLength() {
        return buffer.getInt(offset + FRAME_LENGTH_OFFSET, BYTE_ORDER);
    }

    /** Sets the total frame length in bytes, header included. */
    public BatchHeaderFlyweight frameLength(int frameLength) {
        mutableBuffer.putInt(offset + FRAME_LENGTH_OFFSET, frameLength, BYTE_ORDER);
        return this;
    }

    /** Returns the magic number; {@link BatchDescriptor#MAGIC} in a well-formed frame. */
    public short magic() {
        return buffer.getShort(offset + MAGIC_OFFSET, BYTE_ORDER);
    }

    /** Sets the magic number. */
    public BatchHeaderFlyweight magic(short magic) {
        mutableBuffer.putShort(offset + MAGIC_OFFSET, magic, BYTE_ORDER);
        return this;
    }

    /** Returns the layout version; {@link BatchDescriptor#VERSION} in a well-formed frame. */
    public byte version() {
        return buffer.getByte(offset + VERSION_OFFSET);
    }

    /** Sets the layout version. */
    public BatchHeaderFlyweight version(byte version) {
        mutableBuffer.putByte(offset + VERSION_OFFSET, version);
        return this;
    }

    /** Returns the flags byte; zero in a well-formed frame. */
    public byte flags() {
        return buffer.getByte(offset + FLAGS_OFFSET);
    }

    /** Sets the flags byte. */
    public BatchHeaderFlyweight flags(byte flags) {
        mutableBuffer.putByte(offset + FLAGS_OFFSET, flags);
        return this;
    }

    /** Returns the run id the frame belongs to. */
    public long runId() {
        return buffer.getLong(offset + RUN_ID_OFFSET, BYTE_ORDER);
    }

    /** Sets the run id. */
    public BatchHeaderFlyweight runId(long runId) {
        mutableBuffer.putLong(offset + RUN_ID_OFFSET, runId, BYTE_ORDER);
        return this;
    }

    /** Returns the batch sequence number within (source, destination, epoch). */
    public long sequence() {
        return buffer.getLong(offset + SEQUENCE_OFFSET, BYTE_ORDER);
    }

    /** Sets the batch sequence number. */
    public BatchHeaderFlyweight sequence(long sequence) {
        mutableBuffer.putLong(offset + SEQUENCE_OFFSET, sequence, BYTE_ORDER);
        return this;
    }

    /** Returns the epoch the frame was sent in. */
    public int epoch() {
        return buffer.getInt(offset + EPOCH_OFFSET, BYTE_ORDER);
    }

    /** Sets the epoch. */
    public BatchHeaderFlyweight epoch(int epoch) {
        mutableBuffer.putInt(offset + EPOCH_OFFSET, epoch, BYTE_ORDER);
        return this;
    }

    /** Returns the sending node's id. */
    public int sourceNode() {
        return buffer.getInt(offset + SOURCE_NODE_OFFSET, BYTE_ORDER);
    }

    /** Sets the sending node's id. */
    public BatchHeaderFlyweight sourceNode(int sourceNode) {
        mutableBuffer.putInt(offset + SOURCE_NODE_OFFSET, sourceNode, BYTE_ORDER);
        return this;
    }

    /** Returns the receiving node's id. */
    public int destinationNode() {
        return buffer.getInt(offset + DESTINATION_NODE_OFFSET, BYTE_ORDER);
    }

    /** Sets the receiving node's id. */
    public BatchHeaderFlyweight destinationNode(int destinationNode) {
        mutableBuffer.putInt(offset + DESTINATION_NODE_OFFSET, destinationNode, BYTE_ORDER);
        return this;
    }

    /** Returns the number of entries that follow the header. */
    public int entryCount() {
        return buffer.getInt(offset + ENTRY_COUNT_OFFSET, BYTE_ORDER);
    }

    /** Sets the number of entries. */
    public BatchHeaderFlyweight entryCount(int entryCount) {
        mutableBuffer.putInt(offset + ENTRY_COUNT_OFFSET, entryCount, BYTE_ORDER);
        return this;
    }

    /** Returns the stored CRC32C checksum. */
    public int checksum() {
        return buffer.getInt(offset + CHECKSUM_OFFSET, BYTE_ORDER);
    }

    /** Sets the stored CRC32C checksum. */
    public BatchHeaderFlyweight checksum(int checksum) {
        mutableBuffer.putInt(offset + CHECKSUM_OFFSET, checksum, BYTE_ORDER);
        return this;
    }

    /** Returns the reserved field; zero in a well-formed frame. */
    public int reserved() {
        return buffer.getInt(offset + RESERVED_OFFSET, BYTE_ORDER);
    }

    /** Sets the reserved field. */
    public BatchHeaderFlyweight reserved(int reserved) {
        mutableBuffer.putInt(offset + RESERVED_OFFSET, reserved, BYTE_ORDER);
        return this;
    }
}
