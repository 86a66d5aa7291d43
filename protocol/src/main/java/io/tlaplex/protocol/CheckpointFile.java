package io.tlaplex.protocol;

import io.tlaplex.protocol.proto.CheckpointProtos;

/**
 * One file a node wrote for a checkpoint epoch, listed in {@link CheckpointAck} and in the
 * {@link CheckpointManifest}. Restore verifies size and checksum before trusting the file.
 *
 * @param nodeId    the node that wrote the file
 * @param path      path relative to the checkpoint directory, {@code '/'}-separated
 * @param sizeBytes file size in bytes
 * @param crc32c    CRC32C of the whole file, as an unsigned 32-bit value ({@code java.util.zip.CRC32C#getValue})
 */
public record CheckpointFile(int nodeId, String path, long sizeBytes, long crc32c) {

    /** Checks the components; the checksum must fit in 32 unsigned bits. */
    public CheckpointFile {
        Check.nodeId(nodeId, "nodeId");
        Check.nonEmpty(path, "path");
        Check.count(sizeBytes, "sizeBytes");
        if (crc32c < 0 || crc32c > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("crc32c must be an unsigned 32-bit value, was " + crc32c);
        }
    }

    CheckpointProtos.CheckpointFile toProto() {
        return CheckpointProtos.CheckpointFile.newBuilder()
                .setNodeId(nodeId)
                .setPath(path)
                .setSizeBytes(sizeBytes)
                .setCrc32C((int) crc32c)
                .build();
    }

    static CheckpointFile fromProto(CheckpointProtos.CheckpointFile p) {
        return new CheckpointFile(p.getNodeId(), p.getPath(), p.getSizeBytes(), Integer.toUnsignedLong(p.getCrc32C()));
    }
}
