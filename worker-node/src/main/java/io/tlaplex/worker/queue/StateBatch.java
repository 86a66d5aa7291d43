package io.tlaplex.worker.queue;

import static io.tlaplex.worker.queue.StateEntryDescriptor.ACTION_ID_OFFSET;
import static io.tlaplex.worker.queue.StateEntryDescriptor.DEPTH_OFFSET;
import static io.tlaplex.worker.queue.StateEntryDescriptor.FINGERPRINT_OFFSET;
import static io.tlaplex.worker.queue.StateEntryDescriptor.HEADER_LENGTH;
import static io.tlaplex.worker.queue.StateEntryDescriptor.LENGTH_OFFSET;
import static io.tlaplex.worker.queue.StateEntryDescriptor.MAX_ENTRY_LENGTH;
import static io.tlaplex.worker.queue.StateEntryDescriptor.PARENT_FINGERPRINT_OFFSET;
import static io.tlaplex.worker.queue.StateEntryDescriptor.TRACE_REF_OFFSET;
import static io.tlaplex.worker.queue.StateEntryDescriptor.getInt;
import static io.tlaplex.worker.queue.StateEntryDescriptor.getLong;
import static io.tlaplex.worker.queue.StateEntryDescriptor.putInt;
import static io.tlaplex.worker.queue.StateEntryDescriptor.putLong;

import java.util.Arrays;

/**
 * A reusable run of queued states laid out as {@link StateEntryDescriptor} entries in one byte array,
 * with random access by index. Owned by one thread; grows to the largest batch seen, then reuses its
 * arrays, so filling and reading it allocates nothing in steady state.
 */
public final class StateBatch {
    private byte[] bytes;
    private int used;
    private int[] offsets;
    private int count;

    public StateBatch(int initialCapacityBytes) {
        this.bytes = new byte[Math.max(HEADER_LENGTH, initialCapacityBytes)];
        this.offsets = new int[Math.max(16, initialCapacityBytes / 64)];
    }

    public void clear() {
        used = 0;
        count = 0;
    }

    /** Number of states. */
    public int size() {
        return count;
    }

    /** Bytes used by all entries, headers included. */
    public int lengthBytes() {
        return used;
    }

    /**
     * Adds a state's header and reserves {@code payloadLength} bytes for its encoding; returns the
     * offset in {@link #array()} (fetch it after this call: growing replaces the array) to write it at.
     */
    public int reserve(long fingerprint, long parentFingerprint, long traceRef, int actionId, int depth,
            int payloadLength) {
        if (payloadLength < 0 || payloadLength > MAX_ENTRY_LENGTH - HEADER_LENGTH) {
            throw new IllegalArgumentException("payload length out of range: " + payloadLength);
        }
        int length = HEADER_LENGTH + payloadLength;
        ensureCapacity(length, 1);
        int at = used;
        putInt(bytes, at + LENGTH_OFFSET, length);
        putLong(bytes, at + FINGERPRINT_OFFSET, fingerprint);
        putLong(bytes, at + PARENT_FINGERPRINT_OFFSET, parentFingerprint);
        putLong(bytes, at + TRACE_REF_OFFSET, traceRef);
        putInt(bytes, at + ACTION_ID_OFFSET, actionId);
        putInt(bytes, at + DEPTH_OFFSET, depth);
        offsets[count++] = at;
        used += length;
        return at + HEADER_LENGTH;
    }

    /** Adds a state whose encoding is all of {@code payload}. */
    public void add(long fingerprint, long parentFingerprint, long traceRef, int actionId, int depth, byte[] payload) {
        int at = reserve(fingerprint, parentFingerprint, traceRef, actionId, depth, payload.length);
        System.arraycopy(payload, 0, bytes, at, payload.length);
    }

    /** The backing array: entry {@code i}'s encoding is at {@code payloadOffset(i)}. */
    public byte[] array() {
        return bytes;
    }

    public long fingerprint(int index) {
        return getLong(bytes, offset(index) + FINGERPRINT_OFFSET);
    }

    public long parentFingerprint(int index) {
        return getLong(bytes, offset(index) + PARENT_FINGERPRINT_OFFSET);
    }

    public long traceRef(int index) {
        return getLong(bytes, offset(index) + TRACE_REF_OFFSET);
    }

    public int actionId(int index) {
        return getInt(bytes, offset(index) + ACTION_ID_OFFSET);
    }

    public int depth(int index) {
        return getInt(bytes, offset(index) + DEPTH_OFFSET);
    }

    public int payloadOffset(int index) {
        return offset(index) + HEADER_LENGTH;
    }

    public int payloadLength(int index) {
        return entryLength(index) - HEADER_LENGTH;
    }

    /** Offset of entry {@code index}'s header in {@link #array()}. */
    int offset(int index) {
        if (index < 0 || index >= count) {
            throw new IndexOutOfBoundsException("entry " + index + " of " + count);
        }
        return offsets[index];
    }

    int entryLength(int index) {
        return getInt(bytes, offset(index) + LENGTH_OFFSET);
    }

    /** Appends {@code entries} whole entries, {@code length} bytes, copied from {@code src}; trusted input. */
    void appendEntries(byte[] src, int srcOffset, int length, int entries) {
        ensureCapacity(length, entries);
        System.arraycopy(src, srcOffset, bytes, used, length);
        int at = used;
        for (int i = 0; i < entries; i++) {
            offsets[count++] = at;
            at += getInt(bytes, at + LENGTH_OFFSET);
        }
        used += length;
    }

    private void ensureCapacity(int moreBytes, int moreEntries) {
        if ((long) used + moreBytes > bytes.length) {
            long wanted = Math.max((long) used + moreBytes, 2L * bytes.length);
            bytes = Arrays.copyOf(bytes, (int) Math.min(wanted, Integer.MAX_VALUE - 16));
        }
        if (count + moreEntries > offsets.length) {
            offsets = Arrays.copyOf(offsets, Math.max(count + moreEntries, 2 * offsets.length));
        }
    }
}
