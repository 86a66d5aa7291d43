package io.tlaplex.coordinator.cluster;

import io.tlaplex.protocol.LevelStatus;
import io.tlaplex.protocol.PeerCounters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides the end of a level from termination waves (docs/specs/ClusterTermination.tla): a wave is consistent when
 * every node is idle and, on every channel, the states and batches one node sent equal those its peer received;
 * the level has ended when two consecutive waves are consistent and report the same counters. Idle nodes send
 * nothing more in a level, so once that holds no state is still in flight, whatever Aeron was carrying when the
 * first wave was taken. Owned by the coordinator actor.
 */
final class WaveDetector {
    private final int nodes;
    private Map<Long, Long> previous;

    WaveDetector(int nodes) {
        this.nodes = nodes;
    }

    /** Forgets the waves of the last level. */
    void reset() {
        previous = null;
    }

    /** Takes one complete wave (one status per node); true when it confirms the level's end. */
    boolean offer(List<LevelStatus> wave) {
        return offer(-1, wave);
    }

    /**
     * Takes one complete wave of {@code level} (-1: of any level); a node that answers from another level has not
     * started this one (its start was lost), so the wave is not consistent.
     */
    boolean offer(int level, List<LevelStatus> wave) {
        Map<Long, Long> counters = consistentCounters(level, wave);
        boolean ended = counters != null && counters.equals(previous);
        previous = counters;
        return ended;
    }

    /** The counters of a consistent wave keyed by (sender, receiver, kind), or null when it is not consistent. */
    private Map<Long, Long> consistentCounters(int level, List<LevelStatus> wave) {
        if (wave.size() != nodes) {
            return null;
        }
        Map<Long, Long> sent = new HashMap<>();
        Map<Long, Long> received = new HashMap<>();
        for (LevelStatus status : wave) {
            if (!status.idle() || level >= 0 && status.level() != level) {
                return null;
            }
            for (PeerCounters channel : status.channels()) {
                sent.put(key(status.nodeId(), channel.peerNodeId(), 0), channel.sentStates());
                sent.put(key(status.nodeId(), channel.peerNodeId(), 1), channel.sentBatches());
                received.put(key(channel.peerNodeId(), status.nodeId(), 0), channel.receivedStates());
                received.put(key(channel.peerNodeId(), status.nodeId(), 1), channel.receivedBatches());
            }
        }
        for (Map.Entry<Long, Long> channel : sent.entrySet()) {
            if (!channel.getValue().equals(received.getOrDefault(channel.getKey(), 0L))) {
                return null;
            }
        }
        for (Map.Entry<Long, Long> channel : received.entrySet()) {
            if (!channel.getValue().equals(sent.getOrDefault(channel.getKey(), 0L))) {
                return null;
            }
        }
        return sent;
    }

    private static long key(int from, int to, int kind) {
        return ((long) from << 33) | ((long) to << 1) | kind;
    }
}
