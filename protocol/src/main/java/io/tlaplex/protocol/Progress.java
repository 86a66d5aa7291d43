package io.tlaplex.protocol;

import io.tlaplex.protocol.proto.ControlProtos;
import java.util.List;

/**
 * A node's periodic report to the coordinator. Counters are cumulative for the epoch, so a lost or
 * reordered report is harmless: the coordinator keeps the one with the highest counts.
 *
 * @param runId     id of the run
 * @param epoch     epoch the counters belong to
 * @param nodeId    the reporting node
 * @param generated states generated (successors computed) on this node
 * @param distinct  distinct states this node owns
 * @param queued    states waiting to be expanded on this node
 * @param peers     traffic with every peer, one entry per peer
 */
public record Progress(long runId, int epoch, int nodeId, long generated, long distinct, long queued,
                       List<PeerCounters> peers) implements ControlMessage {

    /** Copies the peer list and checks the components. */
    public Progress {
        Check.epoch(epoch);
        Check.nodeId(nodeId, "nodeId");
        Check.count(generated, "generated");
        Check.count(distinct, "distinct");
        Check.count(queued, "queued");
        peers = List.copyOf(peers);
    }

    ControlProtos.Progress toProto() {
        return ControlProtos.Progress.newBuilder()
                .setRunId(runId)
                .setEpoch(epoch)
                .setNodeId(nodeId)
                .setGenerated(generated)
                .setDistinct(distinct)
                .setQueued(queued)
                .addAllPeers(PeerCounters.toProtos(peers))
                .build();
    }

    static Progress fromProto(ControlProtos.Progress p) {
        return new Progress(p.getRunId(), p.getEpoch(), p.getNodeId(), p.getGenerated(), p.getDistinct(),
                p.getQueued(), PeerCounters.fromProtos(p.getPeersList()));
    }
}
