package io.tlaplex.worker.explore;

/**
 * The state all workers of one run share: the level being expanded, the stop and drain flags they poll, and the
 * best failure found so far. Failures are rare, so reporting one takes this object's monitor.
 * <p>
 * While level {@code k} is expanded (its states have depth {@code k}), a stuck state or an evaluation error gives a
 * trace of length {@code k}, and a violation (of an invariant by a new successor, or of a property by a step) one
 * of length {@code k + 1}. Every state of depth at most {@code k} has been checked against the invariants, and
 * every state of depth below {@code k} expanded, so a failure of length {@code k} is a shortest one and stops the
 * run at once. A violation of length {@code k + 1} is shortest too unless a state of depth {@code k} not yet
 * expanded is stuck: with deadlock checking on, the workers therefore drain the rest of the level, only looking
 * for stuck states (and for errors in generating successors), before stopping.
 */
final class RunState<S> {
    private final boolean checkDeadlock;
    private volatile int level;
    private volatile boolean stop;
    private volatile boolean draining;
    private Failure<S> failure;
    private Throwable machineryFailure;

    RunState(boolean checkDeadlock) {
        this.checkDeadlock = checkDeadlock;
    }

    int level() {
        return level;
    }

    /** Called before the workers start, or by the barrier action while they wait. */
    void startLevel(int depth) {
        level = depth;
    }

    boolean stopRequested() {
        return stop;
    }

    boolean draining() {
        return draining;
    }

    /** Keeps the shorter of {@code found} and the failure already known, and stops or drains the level. */
    synchronized void report(Failure<S> found) {
        if (failure == null || found.length() < failure.length()) {
            failure = found;
        }
        if (failure.length() <= level || !checkDeadlock) {
            stop = true;
        } else {
            draining = true;
        }
    }

    /** The explorer itself failed (fingerprint set full, disk error, ...): stop, and make run() throw this. */
    synchronized void machineryFailed(Throwable cause) {
        if (machineryFailure == null) {
            machineryFailure = cause;
        }
        stop = true;
    }

    /** Whether the run ends at the current level's end whatever the next level holds. */
    synchronized boolean isOver() {
        return stop || draining || failure != null || machineryFailure != null;
    }

    synchronized Failure<S> failure() {
        return failure;
    }

    synchronized Throwable machineryFailure() {
        return machineryFailure;
    }
}
