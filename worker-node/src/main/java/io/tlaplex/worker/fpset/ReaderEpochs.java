package io.tlaplex.worker.fpset;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * When a replaced table's off-heap memory may be freed: every call into the set is counted in the epoch it entered
 * (two parities, counters striped by thread so that callers do not share a cache line). The epoch only advances
 * to E+1 once no caller of epoch E-1 is left, so a table retired in epoch E is unreachable once the epoch is E+2,
 * or E+1 with no caller of E left. Retiring and freeing never make a caller wait.
 */
final class ReaderEpochs {
    private static final int CELLS = 64;
    /** Longs per cell: 128 bytes, so that two cells never share a cache line or its adjacent-line prefetch. */
    private static final int STRIDE = 16;
    private static final VarHandle COUNTS = MethodHandles.arrayElementVarHandle(long[].class);

    private final long[] counts = new long[2 * CELLS * STRIDE];
    private volatile long epoch;
    private final ConcurrentLinkedQueue<Retired> retiring = new ConcurrentLinkedQueue<>();
    /** Touched only by the thread holding {@link #lock}. */
    private final ArrayDeque<Retired> waiting = new ArrayDeque<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final AtomicInteger pending = new AtomicInteger();

    private record Retired(long bytes, Runnable release, long epoch) {
    }

    /** Marks the caller as inside the set; returns the counter to pass to {@link #exit}. */
    int enter() {
        int cell = (int) (Thread.currentThread().threadId() & (CELLS - 1)) * STRIDE;
        while (true) {
            long e = epoch;
            int counter = (int) (e & 1) * CELLS * STRIDE + cell;
            COUNTS.getAndAdd(counts, counter, 1L);
            // Counted in e only if the epoch has not moved on meanwhile; otherwise the reclaimer may not see us.
            if (epoch == e) {
                return counter;
            }
            COUNTS.getAndAdd(counts, counter, -1L);
        }
    }

    void exit(int counter) {
        COUNTS.getAndAdd(counts, counter, -1L);
    }

    /** Hands over memory that new callers can no longer reach (the caller has already unlinked it). */
    void retire(long bytes, Runnable release) {
        pending.incrementAndGet();
        retiring.add(new Retired(bytes, release, epoch));
    }

    /** Bytes retired but not yet freed. */
    long pendingBytes() {
        long bytes = 0;
        for (Retired r : retiring) {
            bytes += r.bytes();
        }
        lock.lock();
        try {
            for (Retired r : waiting) {
                bytes += r.bytes();
            }
        } finally {
            lock.unlock();
        }
        return bytes;
    }

    /** Frees what no caller can reach any more and advances the epoch when that helps; never waits. */
    void reclaim() {
        if (pending.get() == 0 || !lock.tryLock()) {
            return;
        }
        try {
            for (Retired r; (r = retiring.poll()) != null; ) {
                waiting.add(r);
            }
            long e = epoch;
            if (!waiting.isEmpty() && waiting.peekFirst().epoch() == e && drained(e + 1)) {
                e = e + 1;
                epoch = e;
            }
            while (!waiting.isEmpty() && (waiting.peekFirst().epoch() <= e - 2
                    || waiting.peekFirst().epoch() == e - 1 && drained(e - 1))) {
                waiting.pollFirst().release().run();
                pending.decrementAndGet();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Frees everything retired; only when no caller is inside the set. */
    void releaseAll() {
        lock.lock();
        try {
            for (Retired r; (r = retiring.poll()) != null; ) {
                r.release().run();
            }
            for (Retired r; (r = waiting.poll()) != null; ) {
                r.release().run();
            }
            pending.set(0);
        } finally {
            lock.unlock();
        }
    }

    /** Whether no caller is counted in the parity of {@code e}. */
    private boolean drained(long e) {
        int start = (int) (e & 1) * CELLS * STRIDE;
        for (int i = 0; i < CELLS; i++) {
            if ((long) COUNTS.getVolatile(counts, start + i * STRIDE) != 0) {
                return false;
            }
        }
        return true;
    }
}
