package io.tlaplex.worker.explore;

import io.tlaplex.worker.queue.StateBatch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The queued states of every worker, captured during a checkpoint's pause without encoding anything: references to
 * the state objects (states are immutable) and copies of the encoded ones. The queues are left as they were.
 * Written out afterwards, while the workers go on.
 */
final class QueuedCopy {
    private static final int DRAIN_BATCH = 4096;

    final List<Object> states = new ArrayList<>();
    final List<long[]> stateMeta = new ArrayList<>();
    final List<StateBatch> encoded = new ArrayList<>();
    long count;

    /** Takes every state of every current and next queue and puts it back; only while no worker runs. */
    static QueuedCopy capture(WorkerSlot[] slots) {
        QueuedCopy copy = new QueuedCopy();
        TakenBatch taken = new TakenBatch();
        for (WorkerSlot slot : slots) {
            copy.take(slot.currentWhenIdle(), taken);
            copy.take(slot.next(), taken);
        }
        return copy;
    }

    private void take(LevelQueue queue, TakenBatch taken) {
        int firstObject = states.size();
        int firstBatch = encoded.size();
        while (queue.poll(taken, DRAIN_BATCH) > 0) {
            if (taken.isEncoded()) {
                StateBatch b = taken.bytes();
                StateBatch kept = new StateBatch(Math.max(1024, b.lengthBytes() + 1024));
                for (int i = 0; i < b.size(); i++) {
                    byte[] payload = Arrays.copyOfRange(b.array(), b.payloadOffset(i),
                            b.payloadOffset(i) + b.payloadLength(i));
                    kept.add(b.fingerprint(i), b.parentFingerprint(i), b.traceRef(i), b.actionId(i), b.depth(i),
                            payload);
                }
                encoded.add(kept);
            } else {
                for (int i = 0; i < taken.size(); i++) {
                    states.add(taken.state(i));
                    stateMeta.add(new long[] {taken.fingerprint(i), taken.traceRef(i), taken.depth(i)});
                }
            }
            count += taken.size();
        }
        taken.clear();
        for (int i = firstObject; i < states.size(); i++) {
            long[] meta = stateMeta.get(i);
            queue.add(states.get(i), meta[0], meta[1], (int) meta[2]);
        }
        for (int i = firstBatch; i < encoded.size(); i++) {
            queue.append(encoded.get(i));
        }
    }
}
