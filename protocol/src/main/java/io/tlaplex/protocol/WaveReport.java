package io.tlaplex.protocol;

import io.tlaplex.protocol.proto.ControlProtos;
import java.util.List;

/**
 * A node's answer to a {@link WaveRequest}: whether it was idle when it answered, and its cumulative
 * per-channel counters at that moment.
 *
 * @param runId    id of the run
 * @param epoch    epoch of the wave
 * @param wave     the wave being answered
 * @param nodeId   the reporting node
 * @param idle     true when no worker had work and no outgoing batch was pending
 * @param channels sent/received counters towards and from every peer
 */
public record WaveReport(long runId, int epoch, long wave, int nodeId, boolean idle, List<PeerCounters> channels)
        implements ControlMessage {

    /** Copies the channel list and checks the components. */
    public WaveReport {
        Check.epoch(epoch);
        Check.count(wave, "wave");
        Check.nodeId(nodeId, "nodeId");
        channels = List.copyOf(channels);
    }

    ControlProtos.WaveReport toProto() {
        return ControlProtos.WaveReport.newBuilder()
                .setRunId(runId)
                .setEpoch(epoch)
                .setWave(wave)
                .setNodeId(nodeId)
                .setIdle(idle)
                .addAllChannels(PeerCounters.toProtos(channels))
                .build();
    }

    static WaveReport fromProto(ControlProtos.WaveReport p) {
        return new WaveReport(p.getRunId(), p.getEpoch(), p.getWave(), p.getNodeId(), p.getIdle(),
                PeerCounters.fromProtos(p.getChannelsList()));
    }
}
