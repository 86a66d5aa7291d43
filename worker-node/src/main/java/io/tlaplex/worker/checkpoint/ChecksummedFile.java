package io.tlaplex.worker.checkpoint;

import io.tlaplex.protocol.CheckpointFile;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.zip.CRC32C;

/**
 * A checkpoint file being written: counts its bytes and computes its CRC32C on the way, so that a checkpoint never
 * reads its own files back; {@link #finish} syncs it to disk and describes it for the manifest. Unbuffered: wrap
 * it in a buffered stream.
 */
public final class ChecksummedFile extends FilterOutputStream {
    private final Path file;
    private final FileOutputStream raw;
    private final CRC32C crc = new CRC32C();
    private long bytes;

    public ChecksummedFile(Path file) throws IOException {
        this(file, new FileOutputStream(file.toFile()));
    }

    private ChecksummedFile(Path file, FileOutputStream raw) {
        super(raw);
        this.file = file;
        this.raw = raw;
    }

    @Override
    public void write(int b) throws IOException {
        raw.write(b);
        crc.update(b);
        bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        raw.write(b, off, len);
        crc.update(b, off, len);
        bytes += len;
    }

    /** Syncs the file to disk (callers flush their buffers first) and describes it relative to {@code root}. */
    public CheckpointFile finish(Path root, int nodeId) throws IOException, CheckpointException {
        raw.getFD().sync();
        return FileDigest.written(root, file, nodeId, bytes, crc.getValue());
    }
}
