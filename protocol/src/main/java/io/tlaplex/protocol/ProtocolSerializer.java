package io.tlaplex.protocol;

import java.io.NotSerializableException;
import org.apache.pekko.serialization.SerializerWithStringManifest;

/**
 * Pekko serializer for every {@link ControlMessage}: protobuf bytes plus a stable string manifest
 * (see {@link ProtocolCodec}). Protocol's {@code reference.conf} registers it as {@code tlaplex-protocol}
 * and binds it to {@code io.tlaplex.protocol.ControlMessage}, so an ActorSystem with Java
 * serialization off picks it up with no further configuration. Stateless and thread-safe.
 */
public final class ProtocolSerializer extends SerializerWithStringManifest {

    /** Serializer id written with every message; Pekko reserves 0 to 40 for itself. Never change it. */
    public static final int IDENTIFIER = 7301;

    /** Creates the serializer; Pekko calls this reflectively. */
    public ProtocolSerializer() {
    }

    @Override
    public int identifier() {
        return IDENTIFIER;
    }

    @Override
    public String manifest(Object message) {
        return ProtocolCodec.manifest(controlMessage(message));
    }

    @Override
    public byte[] toBinary(Object message) {
        return ProtocolCodec.encode(controlMessage(message));
    }

    @Override
    public Object fromBinary(byte[] bytes, String manifest) throws NotSerializableException {
        return ProtocolCodec.decode(manifest, bytes);
    }

    private static ControlMessage controlMessage(Object message) {
        if (message instanceof ControlMessage control) {
            return control;
        }
        throw new IllegalArgumentException("ProtocolSerializer only serializes io.tlaplex.protocol.ControlMessage, got "
                + (message == null ? "null" : message.getClass().getName()));
    }
}
