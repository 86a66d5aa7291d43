package io.tlaplex.worker.checkpoint;

import io.tlaplex.protocol.CheckpointFile;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * Size and CRC32C of checkpoint files. A file may be referenced by its first {@code sizeBytes} bytes only, so an
 * append-only log that grew after the checkpoint still verifies (restore truncates it back).
 */
public final class FileDigest {
    private static final int BUFFER = 1 << 16;

    private FileDigest() {
    }

    /** Describes the first {@code prefixBytes} bytes of {@code file} (all of it when negative). */
    public static CheckpointFile describe(Path root, Path file, int nodeId, long prefixBytes)
            throws CheckpointException {
        try {
            long size = prefixBytes < 0 ? Files.size(file) : prefixBytes;
            return new CheckpointFile(nodeId, CheckpointPaths.relative(root, file), size, crc(file, 0, size));
        } catch (IOException e) {
            throw new CheckpointException("cannot read checkpoint file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Describes bytes {@code [from, to)} of an append-only {@code file}: what it gained since the last epoch. */
    public static CheckpointFile describeRange(Path root, Path file, int nodeId, long from, long to)
            throws CheckpointException {
        try {
            return new CheckpointFile(nodeId, CheckpointPaths.relative(root, file), to - from, crc(file, from,
                    to - from), from);
        } catch (IOException e) {
            throw new CheckpointException("cannot read checkpoint file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Describes a file whose size and checksum were computed while it was written, without reading it again. */
    public static CheckpointFile written(Path root, Path file, int nodeId, long size, long crc)
            throws CheckpointException {
        return new CheckpointFile(nodeId, CheckpointPaths.relative(root, file), size, crc);
    }

    /** Why {@code f} cannot be trusted, or empty when its size and checksum match. */
    public static Optional<String> problem(Path root, CheckpointFile f) {
        Path file;
        try {
            file = CheckpointPaths.resolve(root, f.path());
        } catch (CheckpointException e) {
            return Optional.of(e.getMessage());
        }
        try {
            long actual = Files.size(file);
            if (actual < f.endBytes()) {
                return Optional.of(file + " is truncated: " + actual + " bytes, the checkpoint recorded "
                        + f.endBytes());
            }
            long crc = crc(file, f.offsetBytes(), f.sizeBytes());
            if (crc != f.crc32c()) {
                return Optional.of(file + " is corrupted: CRC32C " + Long.toHexString(crc) + ", the checkpoint "
                        + "recorded " + Long.toHexString(f.crc32c()));
            }
            return Optional.empty();
        } catch (NoSuchFileException e) {
            return Optional.of(file + " is missing");
        } catch (IOException e) {
            return Optional.of(file + " cannot be read: " + e.getMessage());
        }
    }

    static long crc(Path file, long offset, long bytes) throws IOException {
        CRC32C crc = new CRC32C();
        ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            long position = offset;
            long end = offset + bytes;
            while (position < end) {
                buffer.clear().limit((int) Math.min(BUFFER, end - position));
                int n = in.read(buffer, position);
                if (n < 0) {
                    throw new IOException(file + " ended after " + (position - offset) + " of " + bytes + " bytes");
                }
                buffer.flip();
                crc.update(buffer);
                position += n;
            }
        }
        return crc.getValue();
    }
}
