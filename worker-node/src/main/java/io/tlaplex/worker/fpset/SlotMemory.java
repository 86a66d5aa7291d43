package io.tlaplex.worker.fpset;

import io.tlaplex.worker.nativeio.MappedMemory;

/**
 * The zero-initialised 64-bit slots of one fingerprint table, off the heap where the platform allows it (a mapping
 * the kernel zeroes lazily, so start-up never waits for gigabytes to be cleared) and in Java arrays otherwise.
 */
abstract sealed class SlotMemory permits NativeSlotMemory, HeapSlotMemory {
    final long capacity;

    SlotMemory(long capacity) {
        this.capacity = capacity;
    }

    /** Off-heap slots when {@code offHeap} is asked for and native memory works here, else Java arrays. */
    static SlotMemory allocate(long capacity, boolean offHeap) {
        if (offHeap && NativeSlotMemory.usable()) {
            return new NativeSlotMemory(capacity);
        }
        return new HeapSlotMemory(capacity);
    }

    /** A plain read. */
    abstract long get(long index);

    /** A read that sees every write made before the writer's release (all CASes are). */
    abstract long getAcquire(long index);

    /** Atomically replaces {@code expected} by {@code update}; returns the value seen. */
    abstract long compareAndExchange(long index, long expected, long update);

    /** A copy of every slot, in memory of the same kind; only while no thread writes. */
    abstract SlotMemory copy();

    /** Gives the memory back; only when no thread can touch the table again. */
    abstract void release();

    abstract boolean offHeap();

    static boolean nativeUsable() {
        return NativeSlotMemory.usable();
    }

    /** Whether {@link MappedMemory} and the raw memory access both work in this JVM. */
    static String nativeUnavailableReason() {
        return NativeSlotMemory.unavailableReason();
    }
}
