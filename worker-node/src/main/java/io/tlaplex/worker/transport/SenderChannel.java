package io.tlaplex.worker.transport;

import io.aeron.Publication;
import io.tlaplex.protocol.BatchWriter;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.ControlledMessageHandler;
import org.agrona.concurrent.ringbuffer.RingBuffer;

/**
 * One outgoing channel of the {@link SenderAgent}: drains the workers' queue for one destination into a batch and
 * offers the sealed batch to Aeron. A refused offer keeps the sealed batch, stops draining, and retries next cycle,
 * so back-pressure only fills the queue. Owned by the sender agent's thread.
 */
final class SenderChannel implements ControlledMessageHandler {
    private final int destinationNode;
    private final RingBuffer queue;
    private final BatchWriter writer;
    private final Publication publication;
    private final TransportCounters counters;
    private final long flushIntervalNs;
    private final int drainLimit;
    private long nowNs;
    private long batchStartNs;

    SenderChannel(RingBuffer queue, BatchWriter writer, Publication publication, TransportCounters counters,
                  long flushIntervalNs, int drainLimit) {
        this.destinationNode = writer.destinationNode();
        this.queue = queue;
        this.writer = writer;
        this.publication = publication;
        this.counters = counters;
        this.flushIntervalNs = flushIntervalNs;
        this.drainLimit = drainLimit;
    }

    /** Retries a held batch, drains up to the limit, then sends a batch that has grown old. */
    int doWork(long nowNs) {
        this.nowNs = nowNs;
        int work = 0;
        if (writer.isSealed()) {
            if (!offer()) {
                return 0;
            }
            work++;
        }
        work += queue.controlledRead(this, drainLimit);
        if (!writer.isSealed() && !writer.isEmpty() && nowNs - batchStartNs >= flushIntervalNs) {
            writer.seal();
            work += offer() ? 1 : 0;
        }
        return work;
    }

    @Override
    public Action onMessage(int msgTypeId, MutableDirectBuffer buffer, int index, int length) {
        if (writer.isSealed()) {
            return Action.ABORT;
        }
        if (!append(buffer, index, length)) {
            writer.seal();
            // The state stays in the queue until its batch can be sent: back-pressure never drops it.
            if (!offer() || !append(buffer, index, length)) {
                return Action.ABORT;
            }
        }
        return Action.CONTINUE;
    }

    private boolean append(MutableDirectBuffer buffer, int index, int length) {
        boolean appended = writer.append(
                buffer.getLong(index + SenderProxy.FINGERPRINT_OFFSET),
                buffer.getLong(index + SenderProxy.PARENT_FINGERPRINT_OFFSET),
                buffer.getInt(index + SenderProxy.ACTION_ID_OFFSET),
                buffer, index + SenderProxy.STATE_OFFSET, length - SenderProxy.STATE_OFFSET);
        if (appended) {
            if (writer.entryCount() == 1) {
                batchStartNs = nowNs;
            }
            counters.onAppended(destinationNode);
        }
        return appended;
    }

    private boolean offer() {
        long result = publication.offer(writer.buffer(), 0, writer.frameLength());
        if (result < 0) {
            counters.onOfferFailed(destinationNode, result);
            return false;
        }
        counters.onSent(destinationNode, writer.entryCount(), writer.frameLength());
        writer.markSent();
        return true;
    }

    /** Drops whatever is queued or batched and restarts the channel's sequence; workers must be paused. */
    void startEpoch(int epoch) {
        while (queue.read(SenderChannel::discard, Integer.MAX_VALUE) > 0) {
            continue;
        }
        writer.startEpoch(epoch);
        counters.resetSent(destinationNode);
    }

    private static void discard(int msgTypeId, MutableDirectBuffer buffer, int index, int length) {
    }

    /** Returns the node this channel sends to. */
    int destinationNode() {
        return destinationNode;
    }
}
