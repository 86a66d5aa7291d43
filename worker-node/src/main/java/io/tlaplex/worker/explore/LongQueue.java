package io.tlaplex.worker.explore;

/** A growable FIFO ring of primitive longs; owned by one thread. */
final class LongQueue {
    private long[] items = new long[1024];
    private int head;
    private int size;

    void add(long value) {
        if (size == items.length) {
            long[] bigger = new long[items.length << 1];
            int firstPart = items.length - head;
            System.arraycopy(items, head, bigger, 0, firstPart);
            System.arraycopy(items, 0, bigger, firstPart, head);
            items = bigger;
            head = 0;
        }
        items[(head + size) & (items.length - 1)] = value;
        size++;
    }

    long poll() {
        if (size == 0) {
            throw new IllegalStateException("queue is empty");
        }
        long value = items[head];
        head = (head + 1) & (items.length - 1);
        size--;
        return value;
    }

    int size() {
        return size;
    }
}
