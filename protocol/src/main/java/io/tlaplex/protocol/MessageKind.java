package io.tlaplex.protocol;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.MessageLite;
import io.tlaplex.protocol.proto.CheckpointProtos;
import io.tlaplex.protocol.proto.ControlProtos;
import java.util.function.Function;

/**
 * One entry per {@link ControlMessage} type: its stable manifest and how to map it to and from
 * protobuf. Manifests are part of the wire format: never rename one; retire it and add a new one.
 */
enum MessageKind {
    JOIN("join", m -> ((Join) m).toProto(), b -> Join.fromProto(ControlProtos.Join.parseFrom(b))),
    ASSIGN("assign", m -> ((Assign) m).toProto(), b -> Assign.fromProto(ControlProtos.Assign.parseFrom(b))),
    START("start", m -> ((Start) m).toProto(), b -> Start.fromProto(ControlProtos.Start.parseFrom(b))),
    PROGRESS("progress", m -> ((Progress) m).toProto(),
            b -> Progress.fromProto(ControlProtos.Progress.parseFrom(b))),
    DONE("done", m -> ((Done) m).toProto(), b -> Done.fromProto(ControlProtos.Done.parseFrom(b))),
    WORKER_FAILED("worker-failed", m -> ((WorkerFailed) m).toProto(),
            b -> WorkerFailed.fromProto(ControlProtos.WorkerFailed.parseFrom(b))),
    WAVE_REQUEST("wave-request", m -> ((WaveRequest) m).toProto(),
            b -> WaveRequest.fromProto(ControlProtos.WaveRequest.parseFrom(b))),
    WAVE_REPORT("wave-report", m -> ((WaveReport) m).toProto(),
            b -> WaveReport.fromProto(ControlProtos.WaveReport.parseFrom(b))),
    CHECKPOINT_PAUSE("checkpoint-pause", m -> ((CheckpointPause) m).toProto(),
            b -> CheckpointPause.fromProto(ControlProtos.CheckpointPause.parseFrom(b))),
    CHECKPOINT_FLUSHED("checkpoint-flushed", m -> ((CheckpointFlushed) m).toProto(),
            b -> CheckpointFlushed.fromProto(ControlProtos.CheckpointFlushed.parseFrom(b))),
    CHECKPOINT_SNAPSHOT("checkpoint-snapshot", m -> ((CheckpointSnapshot) m).toProto(),
            b -> CheckpointSnapshot.fromProto(ControlProtos.CheckpointSnapshot.parseFrom(b))),
    CHECKPOINT_ACK("checkpoint-ack", m -> ((CheckpointAck) m).toProto(),
            b -> CheckpointAck.fromProto(ControlProtos.CheckpointAck.parseFrom(b))),
    REFUSE("refuse", m -> ((Refuse) m).toProto(), b -> Refuse.fromProto(ControlProtos.Refuse.parseFrom(b))),
    CHECKPOINT_MANIFEST("checkpoint-manifest", m -> ((CheckpointManifest) m).toProto(),
            b -> CheckpointManifest.fromProto(CheckpointProtos.CheckpointManifest.parseFrom(b))),
    LEVEL_START("level-start", m -> ((LevelStart) m).toProto(),
            b -> LevelStart.fromProto(ControlProtos.LevelStart.parseFrom(b))),
    LEVEL_STATUS("level-status", m -> ((LevelStatus) m).toProto(),
            b -> LevelStatus.fromProto(ControlProtos.LevelStatus.parseFrom(b))),
    FAILURE_FOUND("failure-found", m -> ((FailureFound) m).toProto(),
            b -> FailureFound.fromProto(ControlProtos.FailureFound.parseFrom(b))),
    DRAIN("drain", m -> ((Drain) m).toProto(), b -> Drain.fromProto(ControlProtos.Drain.parseFrom(b))),
    HALT("halt", m -> ((Halt) m).toProto(), b -> Halt.fromProto(ControlProtos.Halt.parseFrom(b))),
    TRACE_QUERY("trace-query", m -> ((TraceQuery) m).toProto(),
            b -> TraceQuery.fromProto(ControlProtos.TraceQuery.parseFrom(b))),
    TRACE_ANSWER("trace-answer", m -> ((TraceAnswer) m).toProto(),
            b -> TraceAnswer.fromProto(ControlProtos.TraceAnswer.parseFrom(b))),
    LEVEL_PREPARE("level-prepare", m -> ((LevelPrepare) m).toProto(),
            b -> LevelPrepare.fromProto(ControlProtos.LevelPrepare.parseFrom(b))),
    LEVEL_READY("level-ready", m -> ((LevelReady) m).toProto(),
            b -> LevelReady.fromProto(ControlProtos.LevelReady.parseFrom(b)));

    /** Parses protobuf bytes into a record; may throw on malformed input. */
    @FunctionalInterface
    interface Decoder {
        ControlMessage decode(byte[] bytes) throws InvalidProtocolBufferException;
    }

    private final String manifest;
    private final Function<ControlMessage, MessageLite> encoder;
    private final Decoder decoder;

    MessageKind(String manifest, Function<ControlMessage, MessageLite> encoder, Decoder decoder) {
        this.manifest = manifest;
        this.encoder = encoder;
        this.decoder = decoder;
    }

    String manifest() {
        return manifest;
    }

    MessageLite encode(ControlMessage message) {
        return encoder.apply(message);
    }

    ControlMessage decode(byte[] bytes) throws InvalidProtocolBufferException {
        return decoder.decode(bytes);
    }

    /** The switch is exhaustive over the sealed interface, so a new message type cannot be forgotten here. */
    static MessageKind of(ControlMessage message) {
        return switch (message) {
            case Join m -> JOIN;
            case Assign m -> ASSIGN;
            case Start m -> START;
            case Progress m -> PROGRESS;
            case Done m -> DONE;
            case WorkerFailed m -> WORKER_FAILED;
            case WaveRequest m -> WAVE_REQUEST;
            case WaveReport m -> WAVE_REPORT;
            case CheckpointPause m -> CHECKPOINT_PAUSE;
            case CheckpointFlushed m -> CHECKPOINT_FLUSHED;
            case CheckpointSnapshot m -> CHECKPOINT_SNAPSHOT;
            case CheckpointAck m -> CHECKPOINT_ACK;
            case Refuse m -> REFUSE;
            case CheckpointManifest m -> CHECKPOINT_MANIFEST;
            case LevelStart m -> LEVEL_START;
            case LevelStatus m -> LEVEL_STATUS;
            case FailureFound m -> FAILURE_FOUND;
            case Drain m -> DRAIN;
            case Halt m -> HALT;
            case TraceQuery m -> TRACE_QUERY;
            case TraceAnswer m -> TRACE_ANSWER;
            case LevelPrepare m -> LEVEL_PREPARE;
            case LevelReady m -> LEVEL_READY;
        };
    }

    /** Returns the kind with this manifest, or null when there is none. */
    static MessageKind forManifest(String manifest) {
        for (MessageKind kind : values()) {
            if (kind.manifest.equals(manifest)) {
                return kind;
            }
        }
        return null;
    }
}
