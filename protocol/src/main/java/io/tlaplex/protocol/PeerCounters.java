package io.tlaplex.protocol;

import io.tlaplex.protocol.proto.ControlProtos;
import java.util.List;

/**
 * Cumulative data-plane traffic between the reporting node and one peer since the start of the
 * epoch. The coordinator compares node A's {@code sent*} towards B with B's {@code received*} from A:
 * a channel is drained when they are equal.
 *
 * @param peerNodeId      the other end of the channel
 * @param sentBatches     batches sent to the peer
 * @param sentStates      states sent to the peer
 * @param receivedBatches batches accepted from the peer
 * @param receivedStates  states accepted from the peer
 */
public record PeerCounters(int peerNodeId, long sentBatches, long sentStates, long receivedBatches,
                           long receivedStates) {

    /** Checks that the node id and every counter are non-negative. */
    public PeerCounters {
        Check.nodeId(peerNodeId, "peerNodeId");
        Check.count(sentBatches, "sentBatches");
        Check.count(sentStates, "sentStates");
        Check.count(receivedBatches, "receivedBatches");
        Check.count(receivedStates, "receivedStates");
    }

    ControlProtos.PeerCounters toProto() {
        return ControlProtos.PeerCounters.newBuilder()
                .setPeerNodeId(peerNodeId)
                .setSentBatches(sentBatches)
                .setSentStates(sentStates)
                .setReceivedBatches(receivedBatches)
                .setReceivedStates(receivedStates)
                .build();
    }

    static PeerCounters fromProto(ControlProtos.PeerCounters p) {
        return new PeerCounters(p.getPeerNodeId(), p.getSentBatches(), p.getSentStates(), p.getReceivedBatches(),
                p.getReceivedStates());
    }

    static List<PeerCounters> fromProtos(List<ControlProtos.PeerCounters> protos) {
        return protos.stream().map(PeerCounters::fromProto).toList();
    }

    static List<ControlProtos.PeerCounters> toProtos(List<PeerCounters> counters) {
        return counters.stream().map(PeerCounters::toProto).toList();
    }
}
