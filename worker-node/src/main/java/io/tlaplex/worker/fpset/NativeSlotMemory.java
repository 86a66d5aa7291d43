package io.tlaplex.worker.fpset;

import io.tlaplex.worker.nativeio.MappedMemory;
import org.agrona.UnsafeApi;

/**
 * Slots in an anonymous mapping, read and written with raw memory access (agrona's {@link UnsafeApi}, which needs
 * {@code --add-exports java.base/jdk.internal.misc=ALL-UNNAMED} as Aeron does). Released explicitly, so the set
 * frees a table only once no reader can still be probing it ({@link ReaderEpochs}).
 */
final class NativeSlotMemory extends SlotMemory {
    private static final String UNAVAILABLE = probe();

    private final MappedMemory memory;
    private final long base;

    NativeSlotMemory(long capacity) {
        super(capacity);
        this.memory = MappedMemory.map(capacity * Long.BYTES);
        this.base = memory.address();
    }

    static boolean usable() {
        return UNAVAILABLE.isEmpty();
    }

    static String unavailableReason() {
        return UNAVAILABLE;
    }

    /** Maps and uses one small table to learn whether both the mapping and the raw access work in this JVM. */
    private static String probe() {
        if (!MappedMemory.available()) {
            return "anonymous mmap is not available through JNA here";
        }
        try {
            MappedMemory m = MappedMemory.map(4096);
            try {
                long seen = UnsafeApi.compareAndExchangeLong(null, m.address() + 8, 0, 42);
                return seen == 0 && UnsafeApi.getLong(m.address() + 8) == 42 ? "" : "raw memory access misbehaved";
            } finally {
                m.release();
            }
        } catch (LinkageError | RuntimeException e) {
            return "raw memory access is not allowed (start the JVM with --add-exports "
                    + "java.base/jdk.internal.misc=ALL-UNNAMED): " + e;
        }
    }

    @Override
    long get(long index) {
        return UnsafeApi.getLong(base + (index << 3));
    }

    @Override
    long getAcquire(long index) {
        return UnsafeApi.getLongAcquire(null, base + (index << 3));
    }

    @Override
    long compareAndExchange(long index, long expected, long update) {
        return UnsafeApi.compareAndExchangeLong(null, base + (index << 3), expected, update);
    }

    @Override
    SlotMemory copy() {
        NativeSlotMemory copy = new NativeSlotMemory(capacity);
        UnsafeApi.copyMemory(base, copy.base, capacity * Long.BYTES);
        return copy;
    }

    @Override
    void release() {
        memory.release();
    }

    @Override
    boolean offHeap() {
        return true;
    }
}
