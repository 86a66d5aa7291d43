package io.tlaplex.worker.trace;

/**
 * Where a trace record is: node id (12 bits), log id (12 bits) and byte offset in that log (40 bits),
 * packed into one long so a queued state can carry it. {@link #INITIAL} (all ones) is the parent of
 * an initial state and {@link #NONE} (0) means "no record": neither is ever a real position, as every
 * real offset lies past the log's header on a record boundary.
 */
public final class TraceRef {
    public static final long INITIAL = -1L;
    public static final long NONE = 0L;
    public static final int MAX_NODE_ID = (1 << 12) - 1;
    public static final int MAX_LOG_ID = (1 << 12) - 1;
    /** One byte short of 1 TiB, so the all-ones {@link #INITIAL} is never a valid position. */
    public static final long MAX_OFFSET = (1L << 40) - 2;

    private TraceRef() {
    }

    public static long of(int nodeId, int logId, long offset) {
        if (nodeId < 0 || nodeId > MAX_NODE_ID || logId < 0 || logId > MAX_LOG_ID || offset <= 0
                || offset > MAX_OFFSET) {
            throw new IllegalArgumentException("no trace position node " + nodeId + " log " + logId + " @" + offset);
        }
        return ((long) nodeId << 52) | ((long) logId << 40) | offset;
    }

    public static int nodeId(long ref) {
        return (int) (ref >>> 52);
    }

    public static int logId(long ref) {
        return (int) (ref >>> 40) & MAX_LOG_ID;
    }

    public static long offset(long ref) {
        return ref & ((1L << 40) - 1);
    }

    public static String toString(long ref) {
        if (ref == INITIAL) {
            return "initial";
        }
        return ref == NONE ? "none" : nodeId(ref) + "/" + logId(ref) + "@" + offset(ref);
    }
}
