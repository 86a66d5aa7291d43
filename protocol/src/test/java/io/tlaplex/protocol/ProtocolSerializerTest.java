package io.tlaplex.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.typesafe.config.ConfigFactory;
import java.io.NotSerializableException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.serialization.Serialization;
import org.apache.pekko.serialization.SerializationExtension;
import org.apache.pekko.serialization.Serializer;
import org.apache.pekko.serialization.Serializers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ProtocolSerializerTest {
    private static ActorSystem<Void> system;
    private static Serialization serialization;

    @BeforeAll
    static void startActorSystem() {
        system = ActorSystem.create(Behaviors.empty(), "protocol-serializer-test",
                ConfigFactory.parseString("pekko.actor.allow-java-serialization = off")
                        .withFallback(ConfigFactory.load()));
        serialization = SerializationExtension.get(system.classicSystem());
    }

    @AfterAll
    static void stopActorSystem() throws Exception {
        system.terminate();
        system.getWhenTerminated().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    static Stream<ControlMessage> samples() {
        return ControlMessageSamples.all().stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void shouldPickProtocolSerializerForEveryMessageWhenJavaSerializationIsOff(ControlMessage message) {
        Serializer serializer = serialization.findSerializerFor(message);

        assertInstanceOf(ProtocolSerializer.class, serializer);
        assertEquals(ProtocolSerializer.IDENTIFIER, serializer.identifier());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void shouldRoundTripEveryMessageThroughPekkoSerialization(ControlMessage message) {
        Serializer serializer = serialization.findSerializerFor(message);
        String manifest = Serializers.manifestFor(serializer, message);
        byte[] bytes = serialization.serialize(message).get();

        Object decoded = serialization.deserialize(bytes, serializer.identifier(), manifest).get();

        assertEquals(ProtocolCodec.manifest(message), manifest);
        assertEquals(message, decoded);
    }

    @Test
    void shouldHaveJavaSerializationOff() {
        assertFalse(system.settings().config().getBoolean("pekko.actor.allow-java-serialization"));
    }

    @Test
    void shouldFailDeserializationOfAnUnknownManifest() {
        assertThrows(NotSerializableException.class,
                () -> serialization.deserialize(new byte[0], ProtocolSerializer.IDENTIFIER, "no-such-message").get());
    }

    @Test
    void shouldRefuseToSerializeAnythingButControlMessages() {
        ProtocolSerializer serializer = new ProtocolSerializer();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> serializer.toBinary("text"));

        assertEquals("ProtocolSerializer only serializes io.tlaplex.protocol.ControlMessage, got java.lang.String",
                e.getMessage());
    }

    @Test
    void shouldDecodeWhatItEncodesWithoutAnActorSystem() throws Exception {
        ProtocolSerializer serializer = new ProtocolSerializer();
        ControlMessage message = ControlMessageSamples.all().get(3);

        Object decoded = serializer.fromBinary(serializer.toBinary(message), serializer.manifest(message));

        assertEquals(message, decoded);
    }
}
