package io.tlaplex.worker.liveness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A zero-filled array of longs or ints kept in a memory-mapped file of the run's folder, so that the behaviour graph
 * and the search's bookkeeping are bounded by the disk, not the Java heap. The file is sparse until written and is
 * deleted on {@link #close()}. One thread at a time.
 */
final class MappedArray implements AutoCloseable {
    private static final int CHUNK_SHIFT = 30;
    private static final long CHUNK_BYTES = 1L << CHUNK_SHIFT;

    private final Path file;
    private final FileChannel channel;
    private final MappedByteBuffer[] chunks;

    private MappedArray(Path file, long bytes) {
        this.file = file;
        try {
            this.channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            long size = Math.max(8, bytes);
            int count = (int) ((size + CHUNK_BYTES - 1) >>> CHUNK_SHIFT);
            this.chunks = new MappedByteBuffer[count];
            for (int i = 0; i < count; i++) {
                long at = (long) i << CHUNK_SHIFT;
                chunks[i] = channel.map(FileChannel.MapMode.READ_WRITE, at, Math.min(CHUNK_BYTES, size - at));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot map " + file, e);
        }
    }

    static MappedArray longs(Path dir, String name, long length) {
        return new MappedArray(unique(dir, name), length * 8);
    }

    static MappedArray ints(Path dir, String name, long length) {
        return new MappedArray(unique(dir, name), length * 4);
    }

    private static Path unique(Path dir, String name) {
        try {
            return Files.createTempFile(dir, name + "-", ".bin");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a file in " + dir, e);
        }
    }

    long getLong(long i) {
        long at = i << 3;
        return chunks[(int) (at >>> CHUNK_SHIFT)].getLong((int) (at & (CHUNK_BYTES - 1)));
    }

    void setLong(long i, long v) {
        long at = i << 3;
        chunks[(int) (at >>> CHUNK_SHIFT)].putLong((int) (at & (CHUNK_BYTES - 1)), v);
    }

    int getInt(long i) {
        long at = i << 2;
        return chunks[(int) (at >>> CHUNK_SHIFT)].getInt((int) (at & (CHUNK_BYTES - 1)));
    }

    void setInt(long i, int v) {
        long at = i << 2;
        chunks[(int) (at >>> CHUNK_SHIFT)].putInt((int) (at & (CHUNK_BYTES - 1)), v);
    }

    @Override
    public void close() {
        try {
            channel.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + file, e);
        }
    }
}
