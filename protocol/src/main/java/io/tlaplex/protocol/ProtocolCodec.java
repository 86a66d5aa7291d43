package io.tlaplex.protocol;

import java.io.NotSerializableException;
import java.util.Arrays;
import java.util.List;

/**
 * Maps every {@link ControlMessage} to protobuf bytes and a stable string manifest, and back.
 * {@link ProtocolSerializer} delegates here; code that needs the bytes without Pekko (tests, the
 * deterministic simulation, the manifest file) can call it directly. Stateless and thread-safe.
 */
public final class ProtocolCodec {

    private ProtocolCodec() {
    }

    /**
     * Returns the stable manifest that names the message's type on the wire, e.g. {@code "join"}.
     *
     * @param message any control message
     * @return its manifest; the same string for every message of that type, forever
     */
    public static String manifest(ControlMessage message) {
        return MessageKind.of(message).manifest();
    }

    /**
     * Encodes a message as protobuf bytes; {@link #decode} with the same manifest reverses it.
     *
     * @param message any control message
     * @return its protobuf encoding
     */
    public static byte[] encode(ControlMessage message) {
        return MessageKind.of(message).encode(message).toByteArray();
    }

    /**
     * Decodes bytes produced by {@link #encode} for the type that {@code manifest} names.
     *
     * @param manifest the manifest sent with the bytes
     * @param bytes    the protobuf encoding
     * @return the message
     * @throws NotSerializableException when the manifest is unknown, or the bytes are not a well-formed
     *                                  message of that type (bad protobuf, missing or out-of-range fields)
     */
    public static ControlMessage decode(String manifest, byte[] bytes) throws NotSerializableException {
        MessageKind kind = manifest == null ? null : MessageKind.forManifest(manifest);
        if (kind == null) {
            throw new NotSerializableException("unknown tlaplex control message manifest '" + manifest
                    + "'; known: " + manifests());
        }
        if (bytes == null) {
            throw new NotSerializableException("no bytes for tlaplex control message '" + manifest + "'");
        }
        try {
            return kind.decode(bytes);
        } catch (Exception e) {
            // Protobuf rejects bad wire data; the records' constructors reject well-formed but invalid fields.
            NotSerializableException failure = new NotSerializableException(
                    "malformed tlaplex control message '" + manifest + "' (" + bytes.length + " bytes): "
                            + e.getMessage());
            failure.initCause(e);
            throw failure;
        }
    }

    /**
     * Returns every manifest this codec understands, in declaration order.
     *
     * @return the manifests
     */
    public static List<String> manifests() {
        return Arrays.stream(MessageKind.values()).map(MessageKind::manifest).toList();
    }
}
