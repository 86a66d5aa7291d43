package io.tlaplex.worker.fpset;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/** Slots in Java arrays of at most 2^27 longs (1 GiB) each; the garbage collector reclaims them. */
final class HeapSlotMemory extends SlotMemory {
    static final int SEGMENT_SHIFT = 27;
    private static final long SEGMENT_MASK = (1L << SEGMENT_SHIFT) - 1;
    private static final VarHandle SLOTS = MethodHandles.arrayElementVarHandle(long[].class);

    private final long[][] segments;

    HeapSlotMemory(long capacity) {
        super(capacity);
        int segmentCount = (int) ((capacity + SEGMENT_MASK) >>> SEGMENT_SHIFT);
        this.segments = new long[segmentCount][];
        for (int s = 0; s < segmentCount; s++) {
            long length = Math.min(1L << SEGMENT_SHIFT, capacity - ((long) s << SEGMENT_SHIFT));
            segments[s] = new long[(int) length];
        }
    }

    @Override
    long get(long index) {
        return segments[(int) (index >>> SEGMENT_SHIFT)][(int) (index & SEGMENT_MASK)];
    }

    @Override
    long getAcquire(long index) {
        return (long) SLOTS.getAcquire(segments[(int) (index >>> SEGMENT_SHIFT)], (int) (index & SEGMENT_MASK));
    }

    @Override
    long compareAndExchange(long index, long expected, long update) {
        return (long) SLOTS.compareAndExchange(segments[(int) (index >>> SEGMENT_SHIFT)], (int) (index & SEGMENT_MASK),
                expected, update);
    }

    @Override
    SlotMemory copy() {
        HeapSlotMemory copy = new HeapSlotMemory(capacity);
        for (int i = 0; i < segments.length; i++) {
            System.arraycopy(segments[i], 0, copy.segments[i], 0, segments[i].length);
        }
        return copy;
    }

    @Override
    void release() {
        // Garbage collected with the table.
    }

    @Override
    boolean offHeap() {
        return false;
    }
}
