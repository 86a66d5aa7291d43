package io.tlaplex.worker.cluster;

/**
 * Where a node's worker threads wait for the next level and report the end of theirs. The control thread opens a
 * level; the last worker to finish it closes it. Everything the control thread did before opening a level (the
 * frontier swap) happens before the workers' reads of it, through this monitor.
 */
final class LevelGate {
    private final int workers;
    private int openLevel = -1;
    private int active;
    private boolean closed;

    LevelGate(int workers) {
        this.workers = workers;
    }

    synchronized void open(int level) {
        openLevel = level;
        active = workers;
        notifyAll();
    }

    /**
     * Marks {@code level} as opened and finished, before any worker starts: a resumed run goes on from there. The
     * workers must then start waiting with {@code done == level}.
     */
    synchronized void resumeAfter(int level) {
        openLevel = level;
        active = 0;
    }

    /** Blocks until a level after {@code done} opens; returns it, or -1 once the gate is closed for good. */
    synchronized int await(int done) throws InterruptedException {
        while (!closed && openLevel <= done) {
            wait();
        }
        return closed ? -1 : openLevel;
    }

    /** A worker finished the open level; true for the last one. */
    synchronized boolean finished() {
        active--;
        if (active == 0) {
            notifyAll();
        }
        return active == 0;
    }

    /** Whether every worker has finished the level that is open (or none was opened yet). */
    synchronized boolean idle() {
        return active == 0;
    }

    synchronized int level() {
        return Math.max(0, openLevel);
    }

    /** Waits until every worker has finished the open level. */
    synchronized void awaitIdle() throws InterruptedException {
        while (active > 0) {
            wait();
        }
    }

    synchronized void close() {
        closed = true;
        notifyAll();
    }
}
