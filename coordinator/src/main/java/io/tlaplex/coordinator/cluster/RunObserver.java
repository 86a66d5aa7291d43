package io.tlaplex.coordinator.cluster;

import io.tlaplex.protocol.AssignedNode;
import io.tlaplex.protocol.LevelStatus;
import io.tlaplex.protocol.Refuse;
import java.util.List;

/**
 * What the process that started a coordinator learns of its run; called on the coordinator actor's thread, so
 * implementations hand the news on without blocking.
 */
public interface RunObserver {

    /** Every node joined and was assigned its part of the run. */
    default void assigned(List<AssignedNode> nodes) {
    }

    /** The initial states are known (once, when level 0 has ended). */
    void initialStatesDone(long distinct);

    /** The nodes' latest statuses, now and then while a level is expanded, and at each level's end. */
    void progress(int level, List<LevelStatus> nodes);

    /** A node was refused: its spec, config or secret differ. */
    void refused(Refuse refusal);

    /** A node left the cluster (the run is aborted next). */
    default void nodeLeft(int nodeId) {
    }

    /**
     * Checkpoint {@code epoch} was committed before {@code level}, with {@code queued} states waiting, after the
     * nodes paused {@code pauseNanos} to write it.
     */
    default void checkpointed(int epoch, int level, long queued, long pauseNanos) {
    }

    /** The nodes' final statuses, with their data-plane counters, just before {@link #finished} on success. */
    default void finalStatuses(List<LevelStatus> nodes) {
    }

    /** The run is over. */
    void finished(RunReport report);
}
