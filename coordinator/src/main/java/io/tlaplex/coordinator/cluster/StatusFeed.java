package io.tlaplex.coordinator.cluster;

import io.tlaplex.coordinator.phase.CheckSummary;
import io.tlaplex.coordinator.web.NodeStatus;
import io.tlaplex.coordinator.web.RunPhase;
import io.tlaplex.coordinator.web.StatusBoard;
import io.tlaplex.protocol.AssignedNode;
import io.tlaplex.protocol.LevelStatus;
import io.tlaplex.protocol.PeerCounters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hands a cluster run's news to the status page's {@link StatusBoard}: the run's totals and one row per node (bytes
 * out are its batches' bytes, bytes in its peers' batches' bytes towards it; the shard's fill is not reported by the
 * nodes and shows 0). Called on the coordinator actor's thread, and at the end on the command's; a feed without a
 * board does nothing.
 */
final class StatusFeed {
    private final StatusBoard board;
    private final Map<Integer, String> hosts = new HashMap<>();
    private final Map<Integer, NodeStatus> last = new HashMap<>();

    StatusFeed(StatusBoard board) {
        this.board = board;
    }

    /** The coordinator assigned the run: every node is known and alive, the initial states come next. */
    synchronized void assigned(List<AssignedNode> nodes) {
        if (board == null) {
            return;
        }
        for (AssignedNode node : nodes) {
            hosts.put(node.nodeId(), node.host());
            update(new NodeStatus(node.nodeId(), node.host(), true, 0, 0, 0, 0, 0));
        }
        board.phase(RunPhase.INITIAL_STATES);
    }

    synchronized void initialStatesDone(long distinct) {
        if (board != null) {
            board.phase(RunPhase.EXPLORING);
        }
    }

    /** The nodes' latest statuses while exploring ({@code level} is the open level) and at the end. */
    synchronized void statuses(int level, List<LevelStatus> nodes) {
        if (board == null) {
            return;
        }
        long generated = 0;
        long distinct = 0;
        long queued = 0;
        for (LevelStatus node : nodes) {
            generated += node.generated();
            distinct += node.distinct();
            queued += node.queued();
        }
        board.progress(Math.max(1, level), generated, distinct, queued);
        nodes(nodes);
    }

    /** One row per node from its latest status. */
    synchronized void nodes(List<LevelStatus> nodes) {
        if (board == null) {
            return;
        }
        Map<Integer, Long> bytesIn = new HashMap<>();
        for (LevelStatus node : nodes) {
            for (PeerCounters channel : node.channels()) {
                bytesIn.merge(channel.peerNodeId(), channel.sentBytes(), Long::sum);
            }
        }
        for (LevelStatus node : nodes) {
            long bytesOut = 0;
            for (PeerCounters channel : node.channels()) {
                bytesOut += channel.sentBytes();
            }
            update(new NodeStatus(node.nodeId(), hosts.getOrDefault(node.nodeId(), ""), true, node.generated(),
                    node.queued(), node.fingerprintFill(), bytesIn.getOrDefault(node.nodeId(), 0L), bytesOut));
        }
    }

    /** A node left the cluster: its row stays, with its last figures, marked dead. */
    synchronized void nodeLeft(int nodeId) {
        NodeStatus known = last.get(nodeId);
        if (board == null || known == null) {
            return;
        }
        update(new NodeStatus(nodeId, known.host(), false, known.generated(), known.queued(),
                known.fingerprintFill(), known.bytesIn(), known.bytesOut()));
    }

    /** The run is over: the printed counts and depth, then the verdict (or why the run broke off). */
    synchronized void finished(RunReport report, CheckSummary summary) {
        if (board == null) {
            return;
        }
        if (report.abort() != null) {
            board.failed(report.abort());
            return;
        }
        board.progress(summary.depth(), summary.generated(), summary.distinct(), report.queued());
        board.finished(verdict(summary.exitCode()));
    }

    /** The check is over; ends the page's run unless {@link #finished} did (a spec error, a false assumption). */
    synchronized void stopped(int exitCode) {
        if (board != null) {
            board.finished(verdict(exitCode));
        }
    }

    private void update(NodeStatus status) {
        last.put(status.id(), status);
        board.node(status);
    }

    /** The single-JVM page's words for an exit status. */
    private static String verdict(int exitCode) {
        return switch (exitCode) {
            case 0 -> "no error has been found";
            case 10 -> "assumption violated";
            case 11 -> "deadlock reached";
            case 12 -> "invariant violated";
            case 13 -> "property violated";
            default -> "stopped with exit code " + exitCode;
        };
    }
}
