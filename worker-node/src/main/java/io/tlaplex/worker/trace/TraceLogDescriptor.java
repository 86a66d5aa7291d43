package io.tlaplex.worker.trace;

/**
 * Layout of a trace log file (little-endian): a 16-byte header (magic, version, node id, log id),
 * then fixed 20-byte records: fingerprint (8), parent's {@link TraceRef} (8), action id (4).
 */
final class TraceLogDescriptor {
    static final int MAGIC = 0x43525454;
    static final int VERSION = 1;
    static final int MAGIC_OFFSET = 0;
    static final int VERSION_OFFSET = 4;
    static final int NODE_OFFSET = 8;
    static final int LOG_OFFSET = 12;
    static final int HEADER_BYTES = 16;

    static final int FINGERPRINT_OFFSET = 0;
    static final int PARENT_REF_OFFSET = 8;
    static final int ACTION_ID_OFFSET = 16;
    static final int RECORD_BYTES = 20;

    private TraceLogDescriptor() {
    }

    /** The file name of log {@code logId} inside its node's trace folder. */
    static String fileName(int logId) {
        return String.format("trace-%04d.log", logId);
    }

    /** True for a reference a stored record may hold as its parent: initial, or a record boundary. */
    static boolean isValidParent(long ref) {
        if (ref == TraceRef.INITIAL) {
            return true;
        }
        long offset = TraceRef.offset(ref);
        return offset >= HEADER_BYTES && (offset - HEADER_BYTES) % RECORD_BYTES == 0;
    }
}
