package io.tlaplex.worker.explore;

/**
 * One worker's counters as last published: written by that worker once per batch (its running counts stay in
 * plain fields of the worker), read by whichever thread reports progress. Summing them needs no lock.
 */
final class WorkerCounters {
    private volatile long generated;
    private volatile long distinct;
    private volatile long enqueued;
    private volatile long expanded;

    void publish(long generatedNow, long distinctNow, long enqueuedNow, long expandedNow) {
        generated = generatedNow;
        distinct = distinctNow;
        enqueued = enqueuedNow;
        expanded = expandedNow;
    }

    static long generated(WorkerCounters[] all) {
        long sum = 0;
        for (WorkerCounters c : all) {
            sum += c.generated;
        }
        return sum;
    }

    static long distinct(WorkerCounters[] all) {
        long sum = 0;
        for (WorkerCounters c : all) {
            sum += c.distinct;
        }
        return sum;
    }

    /** States queued and not yet taken for expansion; exact at a level end, an estimate during a level. */
    static long queued(WorkerCounters[] all) {
        long sum = 0;
        for (WorkerCounters c : all) {
            sum += c.enqueued - c.expanded;
        }
        return Math.max(0, sum);
    }
}
