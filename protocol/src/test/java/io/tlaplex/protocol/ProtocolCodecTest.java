package io.tlaplex.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tlaplex.protocol.proto.ControlProtos;
import java.io.NotSerializableException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ProtocolCodecTest {

    static Stream<ControlMessage> samples() {
        return Stream.concat(ControlMessageSamples.all().stream(), ControlMessageSamples.edges().stream());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void shouldDecodeToAnEqualMessageWhenEncodedWithItsManifest(ControlMessage message) throws Exception {
        String manifest = ProtocolCodec.manifest(message);
        byte[] bytes = ProtocolCodec.encode(message);

        ControlMessage decoded = ProtocolCodec.decode(manifest, bytes);

        assertEquals(message, decoded);
        assertArrayEquals(bytes, ProtocolCodec.encode(decoded));
    }

    @Test
    void shouldKeepTheManifestsStable() {
        List<String> expected = List.of("join", "assign", "start", "progress", "done", "worker-failed",
                "wave-request", "wave-report", "checkpoint-pause", "checkpoint-flushed", "checkpoint-snapshot",
                "checkpoint-ack", "refuse", "checkpoint-manifest", "level-start",
                "level-status", "failure-found", "drain", "halt", "trace-query", "trace-answer",
                "level-prepare", "level-ready");

        List<String> manifests = ControlMessageSamples.all().stream().map(ProtocolCodec::manifest).toList();

        assertEquals(expected, manifests);
        assertEquals(expected, ProtocolCodec.manifests());
    }

    @Test
    void shouldHaveASampleOfEveryMessageType() {
        Set<Class<?>> sampled = new HashSet<>();
        ControlMessageSamples.all().forEach(m -> sampled.add(m.getClass()));

        assertEquals(Set.of(ControlMessage.class.getPermittedSubclasses()), sampled);
    }

    @Test
    void shouldRejectAnUnknownManifestNamingTheKnownOnes() {
        NotSerializableException e = assertThrows(NotSerializableException.class,
                () -> ProtocolCodec.decode("jion", new byte[0]));

        assertTrue(e.getMessage().startsWith("unknown tlaplex control message manifest 'jion'; known: [join, "),
                e.getMessage());
    }

    @Test
    void shouldRejectANullManifest() {
        assertThrows(NotSerializableException.class, () -> ProtocolCodec.decode(null, new byte[0]));
    }

    @Test
    void shouldRejectBytesThatAreNotProtobuf() {
        byte[] garbage = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF};

        NotSerializableException e = assertThrows(NotSerializableException.class,
                () -> ProtocolCodec.decode("progress", garbage));

        assertTrue(e.getMessage().startsWith("malformed tlaplex control message 'progress' (5 bytes): "),
                e.getMessage());
    }

    @Test
    void shouldRejectTruncatedBytes() {
        byte[] bytes = ProtocolCodec.encode(ControlMessageSamples.all().get(0));
        byte[] truncated = java.util.Arrays.copyOf(bytes, bytes.length - 3);

        assertThrows(NotSerializableException.class, () -> ProtocolCodec.decode("join", truncated));
    }

    @Test
    void shouldRejectWellFormedProtobufWithAnOutOfRangeField() {
        byte[] negativeNode = ControlProtos.WorkerFailed.newBuilder().setCode("x").setNodeId(-1).build().toByteArray();

        NotSerializableException e = assertThrows(NotSerializableException.class,
                () -> ProtocolCodec.decode("worker-failed", negativeNode));

        assertTrue(e.getMessage().endsWith("nodeId must be >= 0, was -1"), e.getMessage());
    }

    @Test
    void shouldRejectADoneWithoutResult() {
        byte[] noResult = ControlProtos.Done.newBuilder().setRunId(1).build().toByteArray();

        NotSerializableException e = assertThrows(NotSerializableException.class,
                () -> ProtocolCodec.decode("done", noResult));

        assertTrue(e.getMessage().endsWith("result missing"), e.getMessage());
    }

    @Test
    void shouldRejectAnUnknownEnumValue() {
        byte[] unknownReason = ControlProtos.Refuse.newBuilder().setNodeId(1).setReasonValue(99).build()
                .toByteArray();

        assertThrows(NotSerializableException.class, () -> ProtocolCodec.decode("refuse", unknownReason));
    }

    @Test
    void shouldRejectNullBytes() {
        assertThrows(NotSerializableException.class, () -> ProtocolCodec.decode("start", null));
    }
}
