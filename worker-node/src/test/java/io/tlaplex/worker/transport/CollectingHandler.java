package io.tlaplex.worker.transport;

import io.tlaplex.protocol.BatchEntryFlyweight;
import io.tlaplex.protocol.BatchEntryHandler;
import org.agrona.collections.LongHashSet;

/** Stands in for a node's fingerprint set: remembers what arrived, and counts duplicates and damaged entries. */
final class CollectingHandler implements BatchEntryHandler {
    final LongHashSet fingerprints = new LongHashSet();
    long entries;
    long duplicates;
    long damaged;

    @Override
    public void onEntry(int sourceNode, BatchEntryFlyweight entry) {
        entries++;
        if (!fingerprints.add(entry.fingerprint())) {
            duplicates++;
        }
        if (!TestStates.matches(entry)) {
            damaged++;
        }
    }
}
