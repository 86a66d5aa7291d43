package io.tlaplex.protocol;

import static io.tlaplex.protocol.BatchDescriptor.ACTION_ID_OFFSET;
import static io.tlaplex.protocol.BatchDescriptor.BYTE_ORDER;
import static io.tlaplex.protocol.BatchDescriptor.FINGERPRINT_OFFSET;
import static io.tlaplex.protocol.BatchDescriptor.PARENT_FINGERPRINT_OFFSET;
import static io.tlaplex.protocol.BatchDescriptor.STATE_LENGTH_OFFSET;
import static io.tlaplex.protocol.BatchDescriptor.STATE_OFFSET;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * A view of one entry of a state batch (see {@link BatchDescriptor}): the state's fingerprint, its
 * parent's fingerprint, the action that produced it and the encoded state bytes, which stay opaque
 * here. Re-wrapped for every entry; not thread-safe. An entry handed out by {@link BatchReader} has
 * been validated: its state bytes lie inside the frame.
 */
public final class BatchEntryFlyweight {
    private DirectBuffer buffer;
    private MutableDirectBuffer mutableBuffer;
    private int offset;

    /**
     * Wraps a read-only buffer; the setters must not be used until a mutable buffer is wrapped.
     *
     * @param buffer buffer holding the entry
     * @param offset index of the entry's first byte
     * @return this flyweight
     */
    public BatchEntryFlyweight wrap(DirectBuffer buffer, int offset) {
        this.buffer = buffer;
        this.mutableBuffer = null;
        this.offset = offset;
        return this;
    }

    /**
     * Wraps a buffer for reading and writing.
     *
     * @param buffer buffer holding the entry
     * @param offset index of the entry's first byte
     * @return this flyweight
     */
    public BatchEntryFlyweight wrap(MutableDirectBuffer buffer, int offset) {
        this.buffer = buffer;
        this.mutableBuffer = buffer;
        this.offset = offset;
        return this;
    }

    /** Returns the wrapped buffer. */
    public DirectBuffer buffer() {
        return buffer;
    }

    /** Returns the index of the entry's first byte in {@link #buffer()}. */
    public int offset() {
        return offset;
    }

    /** Returns the state's fingerprint. */
    public long fingerprint() {
        return buffer.getLong(offset + FINGERPRINT_OFFSET, BYTE_ORDER);
    }

    /** Sets the state's fingerprint. */
    public BatchEntryFlyweight fingerprint(long fingerprint) {
        mutableBuffer.putLong(offset + FINGERPRINT_OFFSET, fingerprint, BYTE_ORDER);
        return this;
    }

    /** Returns the parent state's fingerprint (0 for an initial state). */
    public long parentFingerprint() {
        return buffer.getLong(offset + PARENT_FINGERPRINT_OFFSET, BYTE_ORDER);
    }

    /** Sets the parent state's fingerprint. */
    public BatchEntryFlyweight parentFingerprint(long parentFingerprint) {
        mutableBuffer.putLong(offset + PARENT_FINGERPRINT_OFFSET, parentFingerprint, BYTE_ORDER);
        return this;
    }

    /** Returns the id of the action that produced the state; its meaning belongs to the explorer. */
    public int actionId() {
        return buffer.getInt(offset + ACTION_ID_OFFSET, BYTE_ORDER);
    }

    /** Sets the action id. */
    public BatchEntryFlyweight actionId(int actionId) {
        mutableBuffer.putInt(offset + ACTION_ID_OFFSET, actionId, BYTE_ORDER);
        return this;
    }

    /** Returns the length of the encoded state in bytes. */
    public int stateLength() {
        return buffer.getInt(offset + STATE_LENGTH_OFFSET, BYTE_ORDER);
    }

    /** Returns the index in {@link #buffer()} of the encoded state's first byte. */
    public int stateOffset() {
        return offset + STATE_OFFSET;
    }

    /** Returns the entry's length in the frame, padding included. */
    public int entryLength() {
        return (int) BatchDescriptor.entryLength(stateLength());
    }

    /**
     * Copies the encoded state into {@code destination}.
     *
     * @param destination buffer to copy into
     * @param index       index in {@code destination} of the first byte written
     */
    public void getState(MutableDirectBuffer destination, int index) {
        destination.putBytes(index, buffer, stateOffset(), stateLength());
    }

    /**
     * Writes the state length and bytes, then zeroes the padding up to the next entry boundary, so
     * that no bytes of an older batch linger in the frame.
     *
     * @param source      buffer holding the encoded state
     * @param sourceIndex index of its first byte
     * @param length      its length in bytes
     * @return this flyweight
     */
    public BatchEntryFlyweight putState(DirectBuffer source, int sourceIndex, int length) {
        mutableBuffer.putInt(offset + STATE_LENGTH_OFFSET, length, BYTE_ORDER);
        mutableBuffer.putBytes(offset + STATE_OFFSET, source, sourceIndex, length);
        int end = offset + STATE_OFFSET + length;
        int padding = (int) BatchDescriptor.entryLength(length) - STATE_OFFSET - length;
        if (padding > 0) {
            mutableBuffer.setMemory(end, padding, (byte) 0);
        }
        return this;
    }
}
