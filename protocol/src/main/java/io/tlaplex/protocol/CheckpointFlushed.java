package io.tlaplex.protocol;

import io.tlaplex.protocol.proto.ControlProtos;
import java.util.List;

/**
 * A node has paused and flushed its outgoing batches. The coordinator repeats the exchange until
 * every channel's sent count equals the peer's received count, then sends {@link CheckpointSnapshot}.
 *
 * @param runId    id of the run
 * @param epoch    the checkpoint epoch being taken
 * @param nodeId   the reporting node
 * @param channels sent/received counters towards and from every peer, as of now
 */
public record CheckpointFlushed(long runId, int epoch, int nodeId, List<PeerCounters> channels)
        implements ControlMessage {

    /** Copies the channel list and checks the components. */
    public CheckpointFlushed {
        Check.epoch(epoch);
        Check.nodeId(nodeId, "nodeId");
        channels = List.copyOf(channels);
    }

    ControlProtos.CheckpointFlushed toProto() {
        return ControlProtos.CheckpointFlushed.newBuilder()
                .setRunId(runId)
                .setEpoch(epoch)
                .setNodeId(nodeId)
                .addAllChannels(PeerCounters.toProtos(channels))
                .build();
    }

    static CheckpointFlushed fromProto(ControlProtos.CheckpointFlushed p) {
        return new CheckpointFlushed(p.getRunId(), p.getEpoch(), p.getNodeId(),
                PeerCounters.fromProtos(p.getChannelsList()));
    }
}
