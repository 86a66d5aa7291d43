package io.tlaplex.worker.liveness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Reads back, in order, the longs a {@link RecordWriter} appended. */
final class RecordReader implements AutoCloseable {
    private final Path file;
    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20).order(ByteOrder.nativeOrder());
    private long remaining;

    RecordReader(Path file, long length) {
        this.file = file;
        this.remaining = length;
        try {
            this.channel = FileChannel.open(file, StandardOpenOption.READ);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        buffer.limit(0);
    }

    boolean hasNext() {
        return remaining > 0;
    }

    long next() {
        if (buffer.remaining() < 8) {
            buffer.compact();
            try {
                while (buffer.position() < 8) {
                    if (channel.read(buffer) < 0) {
                        throw new UncheckedIOException(new IOException("truncated " + file));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
            buffer.flip();
        }
        remaining--;
        return buffer.getLong();
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + file, e);
        }
    }
}
