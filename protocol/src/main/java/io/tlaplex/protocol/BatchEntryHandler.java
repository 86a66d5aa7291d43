package io.tlaplex.protocol;

/**
 * Receives the entries of an accepted batch from {@link BatchReader}, one call per entry, in frame
 * order. The flyweight is only valid during the call: copy what must outlive it. Implementations are
 * created once and reused (no capturing lambda per batch) and must not call back into the reader.
 */
@FunctionalInterface
public interface BatchEntryHandler {

    /**
     * Handles one validated entry.
     *
     * @param sourceNode the node that sent the batch
     * @param entry      the entry; its state bytes lie inside the frame
     */
    void onEntry(int sourceNode, BatchEntryFlyweight entry);
}
