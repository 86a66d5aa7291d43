package io.tlaplex.worker.fpset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;

/** Test helper: several threads insert the same fingerprints, each in its own order, and count the "new" answers. */
final class StressInserter {
    private StressInserter() {
    }

    static long fingerprint(int i) {
        return FingerprintSetBench.mix(i * 0x9E3779B97F4A7C15L);
    }

    /** Every thread inserts all {@code count} fingerprints; returns how often each was reported new. */
    static int[] insertFromThreads(FingerprintSet set, int threadCount, int count) throws InterruptedException {
        AtomicIntegerArray newCounts = new AtomicIntegerArray(count);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CyclicBarrier start = new CyclicBarrier(threadCount);
        Thread[] threads = new Thread[threadCount];
        for (int t = 0; t < threadCount; t++) {
            int offset = t * (count / threadCount);
            boolean batched = t % 2 == 1;
            threads[t] = new Thread(() -> {
                try {
                    start.await();
                    insertAll(set, count, offset, batched, newCounts);
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }, "fpset-stress-" + t);
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (failure.get() != null) {
            throw new AssertionError("inserting thread failed", failure.get());
        }
        int[] counts = new int[count];
        for (int i = 0; i < count; i++) {
            counts[i] = newCounts.get(i);
        }
        return counts;
    }

    private static void insertAll(FingerprintSet set, int count, int offset, boolean batched,
            AtomicIntegerArray newCounts) {
        long[] batch = new long[7];
        int[] indexes = new int[7];
        boolean[] added = new boolean[7];
        int filled = 0;
        for (int step = 0; step < count; step++) {
            int i = (offset + step) % count;
            if (!batched) {
                if (set.insert(fingerprint(i))) {
                    newCounts.incrementAndGet(i);
                }
                continue;
            }
            batch[filled] = fingerprint(i);
            indexes[filled++] = i;
            if (filled == batch.length || step == count - 1) {
                set.insertAll(batch, filled, added);
                for (int b = 0; b < filled; b++) {
                    if (added[b]) {
                        newCounts.incrementAndGet(indexes[b]);
                    }
                }
                filled = 0;
            }
        }
    }

    static void assertEachNewOnce(int[] newCounts) {
        for (int i = 0; i < newCounts.length; i++) {
            assertEquals(1, newCounts[i], "times fingerprint " + i + " was reported new");
        }
    }
}
