package io.tlaplex.worker.transport;

import io.tlaplex.protocol.BatchDescriptor;

/**
 * Sizes and timing of every node-to-node link. Aeron caps a message at an eighth of the term length, so a batch
 * must fit in {@code termLengthBytes / 8}; the per-destination queue from workers to the sender must hold at least
 * eight of the largest states.
 *
 * @param termLengthBytes    Aeron term length of each publication, a power of two in 64 KiB .. 1 GiB
 * @param mtuBytes           UDP MTU (IPC uses the largest fragment the term allows)
 * @param batchCapacityBytes size of one batch frame
 * @param flushIntervalNs    age after which a partly filled batch is sent
 * @param queueCapacityBytes size of each worker-to-sender queue, a power of two
 * @param streamIdBase       node {@code n} receives on stream {@code streamIdBase + n}
 */
public record LinkConfig(int termLengthBytes, int mtuBytes, int batchCapacityBytes, long flushIntervalNs,
                         int queueCapacityBytes, int streamIdBase) {
    /** Largest UDP payload, and the largest Aeron MTU. */
    static final int MAX_MTU_BYTES = 65_504;
    private static final int MIN_TERM_BYTES = 64 * 1024;
    private static final int MAX_TERM_BYTES = 1 << 30;
    private static final int MTU_ALIGNMENT = 32;

    /** Checks the components; see the class comment. */
    public LinkConfig {
        if (Integer.bitCount(termLengthBytes) != 1 || termLengthBytes < MIN_TERM_BYTES
                || termLengthBytes > MAX_TERM_BYTES) {
            throw new IllegalArgumentException("termLengthBytes must be a power of two in 64 KiB..1 GiB, got "
                    + termLengthBytes);
        }
        if (mtuBytes < 2 * MTU_ALIGNMENT || mtuBytes > MAX_MTU_BYTES || mtuBytes % MTU_ALIGNMENT != 0) {
            throw new IllegalArgumentException("mtuBytes must be a multiple of 32 in 64.." + MAX_MTU_BYTES + ", got "
                    + mtuBytes);
        }
        if (BatchDescriptor.maxStateLength(batchCapacityBytes) < 0 || batchCapacityBytes > termLengthBytes / 8) {
            throw new IllegalArgumentException("batchCapacityBytes must hold one entry and be at most "
                    + "termLengthBytes/8 (" + termLengthBytes / 8 + "), got " + batchCapacityBytes);
        }
        if (flushIntervalNs < 0) {
            throw new IllegalArgumentException("flushIntervalNs must be >= 0, got " + flushIntervalNs);
        }
        if (Integer.bitCount(queueCapacityBytes) != 1 || queueCapacityBytes < 4096) {
            throw new IllegalArgumentException("queueCapacityBytes must be a power of two >= 4096, got "
                    + queueCapacityBytes);
        }
    }

    /** Returns 2 MiB terms, a 1408-byte UDP MTU, 64 KiB batches flushed after 1 ms, 1 MiB queues. */
    public static LinkConfig defaults() {
        return new LinkConfig(2 << 20, 1408, BatchDescriptor.DEFAULT_CAPACITY_BYTES, 1_000_000L, 1 << 20, 0x7a10);
    }

    /** Returns this config with another term length. */
    public LinkConfig withTermLength(int bytes) {
        return new LinkConfig(bytes, mtuBytes, batchCapacityBytes, flushIntervalNs, queueCapacityBytes, streamIdBase);
    }

    /** Returns this config with another batch capacity. */
    public LinkConfig withBatchCapacity(int bytes) {
        return new LinkConfig(termLengthBytes, mtuBytes, bytes, flushIntervalNs, queueCapacityBytes, streamIdBase);
    }

    /** Returns this config with another UDP MTU. */
    public LinkConfig withMtu(int bytes) {
        return new LinkConfig(termLengthBytes, bytes, batchCapacityBytes, flushIntervalNs, queueCapacityBytes,
                streamIdBase);
    }

    /** Returns this config with another queue capacity. */
    public LinkConfig withQueueCapacity(int bytes) {
        return new LinkConfig(termLengthBytes, mtuBytes, batchCapacityBytes, flushIntervalNs, bytes, streamIdBase);
    }

    /** Returns this config with another stream id base. */
    public LinkConfig withStreamIdBase(int base) {
        return new LinkConfig(termLengthBytes, mtuBytes, batchCapacityBytes, flushIntervalNs, queueCapacityBytes, base);
    }

    /** Returns the stream node {@code nodeId} receives on. */
    int streamId(int nodeId) {
        return streamIdBase + nodeId;
    }

    /** Returns the IPC fragment size: as large as the term allows, so that a batch crosses in few fragments. */
    int ipcMtuBytes() {
        return Math.min(MAX_MTU_BYTES, termLengthBytes / 8);
    }
}
