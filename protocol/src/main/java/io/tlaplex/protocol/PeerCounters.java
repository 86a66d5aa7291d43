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
 * @param sentBytes       batch frame bytes handed to the data plane for the peer (statistics only)
 * @param statesCut       states for the peer not sent because this node had sent the same fingerprint to it
 *                        recently (the sender-side duplicate cache; statistics only)
 */
public record PeerCounters(int peerNodeId, long sentBatches, long sentStates, long receivedBatches,
                           long receivedStates, long sentBytes, long statesCut) {

    /** Checks that the node id and every counter are non-negative. */
    public PeerCounters {
        Check.nodeId(peerNodeId, "peerNodeId");
        Check.count(sentBatches, "sentBatches");
        Check.count(sentStates, "sentStates");
        Check.count(receivedBatches, "receivedBatches");
        Check.count(receivedStates, "receivedStates");
        Check.count(sentBytes, "sentBytes");
        Check.count(statesCut, "statesCut");
    }

    /** Counters without traffic statistics ({@code sentBytes} and {@code statesCut} are 0). */
    public PeerCounters(int peerNodeId, long sentBatches, long sentStates, long receivedBatches, long receivedStates) {
        this(peerNodeId, sentBatches, sentStates, receivedBatches, receivedStates, 0, 0);
    }

    ControlProtos.PeerCounters toProto() {
        return ControlProtos.PeerCounters.newBuilder()
                .setPeerNodeId(peerNodeId)
                .setSentBatches(sentBatches)
                .setSentStates(sentStates)
                .setReceivedBatches(receivedBatches)
                .setReceivedStates(receivedStates)
                .setSentBytes(sentBytes)
                .setStatesCut(statesCut)
                .build();
    }

    static PeerCounters fromProto(ControlProtos.PeerCounters p) {
        return new PeerCounters(p.getPeerNodeId(), p.getSentBatches(), p.getSentStates(), p.getReceivedBatches(),
                p.getReceivedStates(), p.getSentBytes(), p.getStatesCut());
    }

    static List<PeerCounters> fromProtos(List<ControlProtos.PeerCounters> protos) {
        return protos.stream().map(PeerCounters::fromProto).toList();
    }

    static List<ControlProtos.PeerCounters> toProtos(List<PeerCounters> counters) {
        return counters.stream().map(PeerCounters::toProto).toList();
    }
}
