package io.tlaplex.protocol;

/**
 * What {@link BatchValidator} and {@link BatchReader} concluded about a received frame. Everything
 * but {@link #ACCEPTED} is a rejection: none of the frame's entries is handed on. The reader counts
 * each verdict, so rejections are observed through counters, never logs or exceptions.
 */
public enum BatchVerdict {
    /** Well-formed, intact, ours, current and in sequence; its entries were handed on. */
    ACCEPTED,
    /** Shorter than its header, shorter than its declared length, or outside the buffer. */
    TRUNCATED,
    /** Intact, but its layout is wrong: bad length, magic, version, flags, or entries that do not fill it. */
    MALFORMED,
    /** The CRC32C does not match: the frame was corrupted in transit or in memory. */
    CHECKSUM_MISMATCH,
    /** Sent for another run. */
    FOREIGN_RUN,
    /** Sent to another node. */
    WRONG_DESTINATION,
    /** Sent by a node id outside the cluster. */
    UNKNOWN_SOURCE,
    /** From an epoch this node has left (e.g. in flight across a rollback). */
    STALE_EPOCH,
    /** From an epoch this node has not started yet. */
    FUTURE_EPOCH,
    /** A sequence number already accepted from this source: a duplicate. */
    DUPLICATE_SEQUENCE,
    /** A sequence number beyond the next expected one: a batch from this source is missing or reordered. */
    OUT_OF_ORDER_SEQUENCE
}
