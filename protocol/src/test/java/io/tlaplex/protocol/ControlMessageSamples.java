package io.tlaplex.protocol;

import java.util.List;

/** One filled-in instance of every control message type, shared by the codec and serializer tests. */
final class ControlMessageSamples {
    private ControlMessageSamples() {
    }

    static final PeerCounters PEER_1 = new PeerCounters(1, 10, 1_000, 9, 900, 65_536, 40);
    static final PeerCounters PEER_2 = new PeerCounters(2, Long.MAX_VALUE, 5, 0, 0);
    static final CheckpointFile SHARD = new CheckpointFile(0, "epoch-3/node-0/shard.bin", 1L << 33, 0xFFFF_FFFFL);
    static final FailureReport FAILURE = new FailureReport(FailureKind.INVARIANT, 4, 0x1000_0000_0000_0018L, -5L, 2,
            0, "", 0);
    static final CheckpointFile QUEUE = new CheckpointFile(1, "epoch-3/node-1/queue.bin", 0, 0);

    static List<ControlMessage> all() {
        return List.of(
                new Join(3, "host-a.example", 16, 1, "sha256:abc", "sha256:def", "hmac:0123"),
                new Assign(-42L, 7, "sha256:abc", "sha256:def", 0x1234_5678_9ABC_DEF0L,
                        List.of(new AssignedNode(0, "host-a", 8, 0, "aeron:ipc"),
                                new AssignedNode(1, "host-b", 8, 1, "aeron:udp?endpoint=10.0.0.2:40123")),
                        new OwnerMap(99L, List.of(0, 1, 1, 0)), new ClusterCheckpoint("/shared/run", 4, 9, 2, 12_345L)),
                new Start(5L, 2),
                new Progress(5L, 2, 1, 123_456_789L, 1_000_000L, 4_321L, List.of(PEER_1, PEER_2)),
                new Done(5L, new RunResult(RunOutcome.INVARIANT_VIOLATED, 100, 50, "TypeOK", -7L,
                        "Invariant TypeOK is violated.")),
                new WorkerFailed("internal", "out of memory in shard", 2),
                new WaveRequest(5L, 2, 17L),
                new WaveReport(5L, 2, 17L, 1, true, List.of(PEER_1)),
                new CheckpointPause(5L, 3),
                new CheckpointFlushed(5L, 3, 0, List.of(PEER_1, PEER_2)),
                new CheckpointSnapshot(5L, 3, 12),
                new CheckpointAck(5L, 3, 0, List.of(SHARD, QUEUE)),
                new Refuse(4, RefuseReason.SPEC_HASH_MISMATCH, "spec hash sha256:111 differs from sha256:abc"),
                new CheckpointManifest(1, 5L, 3, "sha256:abc", "sha256:def", 77L, 2, 16, List.of(SHARD, QUEUE),
                        true),
                new LevelStart(5L, 9),
                new LevelStatus(5L, 1, 9, 3L, true, false, 1_000L, 400L, 12L, List.of(PEER_1, PEER_2), FAILURE,
                        0.375),
                new FailureFound(5L, 2, FAILURE),
                new Drain(5L),
                new Halt(5L),
                new TraceQuery(5L, 0x1000_0000_0000_0018L),
                new TraceAnswer(5L, 1, List.of(new TraceLink(24L, -3L, -1L, 0), new TraceLink(44L, 9L, 24L, 2)),
                        -1L),
                new LevelPrepare(5L, 10),
                new LevelReady(5L, 2, 10));
    }

    /** Messages at the edges: empty lists, empty strings, zero values. */
    static List<ControlMessage> edges() {
        return List.of(
                new Join(0, "h", 1, 0, "", "", ""),
                new Assign(0L, 0, "", "", 0L, List.of(new AssignedNode(0, "h", 1, 0, "")),
                        new OwnerMap(0L, List.of(0))),
                new Progress(0L, 0, 0, 0, 0, 0, List.of()),
                new Done(0L, new RunResult(RunOutcome.SUCCESS, 0, 0, "", 0L, "")),
                new WaveReport(0L, 0, 0L, 0, false, List.of()),
                new CheckpointAck(0L, 0, 0, List.of()),
                new Refuse(0, RefuseReason.OTHER, ""),
                new CheckpointManifest(1, 0L, 0, "", "", 0L, 1, 1, List.of(), false),
                new Join(2, "host-b", 4, 0, "sha256:abc", "sha256:def", "hmac:42", "host-b|127.0.0.1|40123",
                        "pekko://tlaplex@127.0.0.1:2552/user/node-2#123"),
                new LevelStatus(0L, 0, 0, 0L, false, false, 0, 0, 0, List.of(), null),
                new TraceAnswer(0L, 0, List.of(), 0L));
    }
}
