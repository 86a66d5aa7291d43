package io.tlaplex.worker.cluster;

import io.tlaplex.protocol.FailureKind;
import io.tlaplex.protocol.FailureReport;

/**
 * The shortest failure one node found and the flags its workers poll. As in the single-JVM explorer, while level
 * {@code k} is expanded a stuck state or an evaluation error gives a trace of length {@code k} and a violation one
 * of length {@code k + 1}: a failure no longer than the level stops the node at once, a longer one (with deadlock
 * checking on) only drains the level, since an unexpanded state of depth {@code k} might still be stuck. Failures
 * are rare, so reporting one takes this object's monitor.
 */
final class NodeFailures {
    private final boolean checkDeadlock;
    private volatile int level;
    private volatile boolean stop;
    private volatile boolean draining;
    private FailureReport best;
    private Throwable machinery;

    NodeFailures(boolean checkDeadlock) {
        this.checkDeadlock = checkDeadlock;
    }

    int level() {
        return level;
    }

    void startLevel(int depth) {
        level = depth;
    }

    boolean stopRequested() {
        return stop;
    }

    boolean draining() {
        return draining;
    }

    void drain() {
        draining = true;
    }

    void stop() {
        stop = true;
    }

    /** Keeps {@code found} when it is shorter than the best known; true when it was kept. */
    synchronized boolean report(FailureReport found) {
        boolean kept = best == null || found.length() < best.length();
        if (kept) {
            best = found;
        }
        if (best.length() <= level || !checkDeadlock) {
            stop = true;
        } else {
            draining = true;
        }
        return kept;
    }

    /** True the first time: the machinery failed, so nothing this node does from now on counts. */
    synchronized boolean machineryFailed(Throwable cause) {
        stop = true;
        if (machinery != null) {
            return false;
        }
        machinery = cause;
        return true;
    }

    synchronized FailureReport best() {
        return best;
    }

    synchronized Throwable machinery() {
        return machinery;
    }

    static FailureReport violation(FailureKind kind, int length, long parentRef, long fp, int actionId, int index) {
        return new FailureReport(kind, length, parentRef, fp, actionId, index, "", 0);
    }

    static FailureReport deadlock(int length, long ref) {
        return new FailureReport(FailureKind.DEADLOCK, length, ref, 0, -1, -1, "", 0);
    }
}
