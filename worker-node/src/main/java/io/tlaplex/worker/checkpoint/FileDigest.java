package io.tlaplex.worker.checkpoint;

import io.tlaplex.protocol.CheckpointFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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
            return new CheckpointFile(nodeId, CheckpointPaths.relative(root, file), size, crc(file, size));
        } catch (IOException e) {
            throw new CheckpointException("cannot read checkpoint file " + file + ": " + e.getMessage(), e);
        }
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
            if (actual < f.sizeBytes()) {
                return Optional.of(file + " is truncated: " + actual + " bytes, the checkpoint recorded "
                        + f.sizeBytes());
            }
            long crc = crc(file, f.sizeBytes());
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

    static long crc(Path file, long bytes) throws IOException {
        CRC32C crc = new CRC32C();
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = Files.newInputStream(file)) {
            long left = bytes;
            while (left > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    throw new IOException(file + " ended after " + (bytes - left) + " of " + bytes + " bytes");
                }
                crc.update(buffer, 0, n);
                left -= n;
            }
        }
        return crc.getValue();
    }
}
