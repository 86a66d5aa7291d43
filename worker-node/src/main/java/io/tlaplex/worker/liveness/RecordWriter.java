package io.tlaplex.worker.liveness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Appends longs to a file through a direct buffer; owned by one exploring thread, read after the run. The file is
 * opened at the first write: a new one, or, after {@link #resumeAt}, an existing one cut back to what a checkpoint
 * recorded. A file another process wrote is represented by a closed writer of known length ({@link #written}).
 */
final class RecordWriter implements AutoCloseable {
    private static final int BUFFER_BYTES = 1 << 20;

    private final Path file;
    private final boolean external;
    private final ByteBuffer buffer;
    private FileChannel channel;
    /** Longs of an existing file to keep when it is opened, or -1 to create a new file. */
    private long keep = -1;
    private long written;
    private boolean closed;

    RecordWriter(Path file) {
        this.file = file;
        this.external = false;
        this.buffer = ByteBuffer.allocateDirect(BUFFER_BYTES).order(ByteOrder.nativeOrder());
    }

    private RecordWriter(Path file, long written) {
        this.file = file;
        this.external = true;
        this.buffer = null;
        this.written = written;
        this.closed = true;
    }

    /** A finished file of {@code length} longs, written elsewhere (another node, or the run a checkpoint resumes). */
    static RecordWriter written(Path file, long length) {
        return new RecordWriter(file, length);
    }

    /** Goes on appending to the existing file after its first {@code longs} longs; only before the first write. */
    void resumeAt(long longs) {
        if (channel != null || written > 0 || external) {
            throw new IllegalStateException(file + " is already being written");
        }
        keep = longs;
        written = longs;
    }

    void putLong(long v) {
        if (buffer.remaining() < 8) {
            drain();
        }
        buffer.putLong(v);
        written++;
    }

    /** How many longs were appended. */
    long length() {
        return written;
    }

    Path file() {
        return file;
    }

    /** Hands the buffered longs to the file; by the owning thread, or while it is paused. */
    void drain() {
        if (external || closed && channel == null) {
            return;
        }
        open();
        buffer.flip();
        try {
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        buffer.clear();
    }

    /** Makes what {@link #drain} handed over durable; any thread, while the owner goes on appending. */
    void syncWritten() {
        FileChannel open = channel;
        if (open == null || !open.isOpen()) {
            return;
        }
        try {
            open.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot sync " + file, e);
        }
    }

    private void open() {
        if (channel != null) {
            return;
        }
        try {
            if (keep < 0) {
                channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } else {
                channel = FileChannel.open(file, StandardOpenOption.WRITE);
                channel.truncate(keep * Long.BYTES);
                channel.position(keep * Long.BYTES);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot " + (keep < 0 ? "create " : "open ") + file, e);
        }
    }

    @Override
    public void close() {
        if (external || closed) {
            return;
        }
        drain();
        closed = true;
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + file, e);
        }
    }
}
