package io.tlaplex.protocol;

import io.tlaplex.protocol.proto.ControlProtos;

/**
 * The coordinator starts termination-detection wave number {@code wave}: every node answers with a
 * {@link WaveReport}. The run is over when two consecutive waves find every node idle and every
 * channel's sent count equal to its received count, with identical counters in both waves.
 *
 * @param runId id of the run
 * @param epoch epoch the wave belongs to; reports from other epochs are ignored
 * @param wave  wave number, increasing within the epoch
 */
public record WaveRequest(long runId, int epoch, long wave) implements ControlMessage {

    /** Checks the epoch and wave number. */
    public WaveRequest {
        Check.epoch(epoch);
        Check.count(wave, "wave");
    }

    ControlProtos.WaveRequest toProto() {
        return ControlProtos.WaveRequest.newBuilder().setRunId(runId).setEpoch(epoch).setWave(wave).build();
    }

    static WaveRequest fromProto(ControlProtos.WaveRequest p) {
        return new WaveRequest(p.getRunId(), p.getEpoch(), p.getWave());
    }
}
