package io.tlaplex.protocol;

/**
 * A message that crosses JVMs on the control plane. Every implementation is a record declared in
 * this package with a {@code .proto} twin; Pekko serializes all of them with {@link ProtocolSerializer},
 * which {@code reference.conf} binds to this interface, so Java serialization can stay off.
 *
 * <p>The set is closed: adding a message means adding a record here, a protobuf message in
 * {@code src/main/proto}, and a stable manifest in {@link ProtocolCodec}.
 */
public sealed interface ControlMessage
        permits Join, Assign, Start, Progress, Done, WorkerFailed, WaveRequest, WaveReport,
        CheckpointPause, CheckpointFlushed, CheckpointSnapshot, CheckpointAck, Refuse, CheckpointManifest,
        LevelStart, LevelStatus, FailureFound, Drain, Halt, TraceQuery, TraceAnswer, LevelPrepare, LevelReady {
}
