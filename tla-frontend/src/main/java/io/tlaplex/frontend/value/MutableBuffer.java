package io.tlaplex.frontend.value;

import java.util.Arrays;

/**
 * A growable byte array that values encode themselves into. One writer; reuse it with {@link #reset()} so that
 * encoding allocates nothing once the array has grown to the largest state seen.
 */
public final class MutableBuffer {
    private byte[] bytes;
    private int length;

    public MutableBuffer() {
        this(256);
    }

    public MutableBuffer(int initialCapacityBytes) {
        this.bytes = new byte[Math.max(16, initialCapacityBytes)];
    }

    /** The backing array; bytes {@code [0, length())} are valid. Changes when the buffer grows. */
    public byte[] array() {
        return bytes;
    }

    public int length() {
        return length;
    }

    public void reset() {
        length = 0;
    }

    /** A copy of the valid bytes. */
    public byte[] toByteArray() {
        return Arrays.copyOf(bytes, length);
    }

    public void putByte(int b) {
        if (length == bytes.length) {
            grow(1);
        }
        bytes[length++] = (byte) b;
    }

    public void putBytes(byte[] src, int offset, int count) {
        if (length + count > bytes.length) {
            grow(count);
        }
        System.arraycopy(src, offset, bytes, length, count);
        length += count;
    }

    /** Unsigned LEB128: 7 bits per byte, low bits first; {@code value} is taken as unsigned. */
    public void putVarInt(int value) {
        if (length + 5 > bytes.length) {
            grow(5);
        }
        int v = value;
        while ((v & ~0x7F) != 0) {
            bytes[length++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        bytes[length++] = (byte) v;
    }

    private void grow(int extra) {
        int needed = length + extra;
        int capacity = bytes.length;
        while (capacity < needed) {
            capacity = capacity > (Integer.MAX_VALUE >> 1) ? Integer.MAX_VALUE - 8 : capacity << 1;
        }
        bytes = Arrays.copyOf(bytes, capacity);
    }
}
