package io.tlaplex.protocol;

import io.tlaplex.protocol.proto.CheckpointProtos;

/**
 * One file a node wrote for a checkpoint epoch, listed in {@link CheckpointAck} and in the
 * {@link CheckpointManifest}. Restore verifies size and checksum before trusting the file.
 *
 * @param nodeId    the node that wrote the file
 * @param path      path relative to the checkpoint directory, {@code '/'}-separated
 * @param sizeBytes   bytes checked, from {@code offsetBytes} on
 * @param crc32c      CRC32C of those bytes, as an unsigned 32-bit value ({@code java.util.zip.CRC32C#getValue})
 * @param offsetBytes where the checked range starts: 0 for a whole file (or the first range of an append-only log)
 */
public record CheckpointFile(int nodeId, String path, long sizeBytes, long crc32c, long offsetBytes) {

    /** Checks the components; the checksum must fit in 32 unsigned bits. */
    public CheckpointFile {
        Check.nodeId(nodeId, "nodeId");
        Check.nonEmpty(path, "path");
        Check.count(sizeBytes, "sizeBytes");
        Check.count(offsetBytes, "offsetBytes");
        if (crc32c < 0 || crc32c > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("crc32c must be an unsigned 32-bit value, was " + crc32c);
        }
    }

    /** A whole file, or the first range of a log. */
    public CheckpointFile(int nodeId, String path, long sizeBytes, long crc32c) {
        this(nodeId, path, sizeBytes, crc32c, 0);
    }

    /** Where the checked range ends. */
    public long endBytes() {
        return offsetBytes + sizeBytes;
    }

    CheckpointProtos.CheckpointFile toProto() {
        return CheckpointProtos.CheckpointFile.newBuilder()
                .setNodeId(nodeId)
                .setPath(path)
                .setSizeBytes(sizeBytes)
                .setCrc32C((int) crc32c)
                .setOffsetBytes(offsetBytes)
                .build();
    }

    static CheckpointFile fromProto(CheckpointProtos.CheckpointFile p) {
        return new CheckpointFile(p.getNodeId(), p.getPath(), p.getSizeBytes(), Integer.toUnsignedLong(p.getCrc32C()),
                p.getOffsetBytes());
    }
}
