package io.tlaplex.worker.trace;

import static io.tlaplex.worker.trace.TraceLogDescriptor.ACTION_ID_OFFSET;
import static io.tlaplex.worker.trace.TraceLogDescriptor.FINGERPRINT_OFFSET;
import static io.tlaplex.worker.trace.TraceLogDescriptor.HEADER_BYTES;
import static io.tlaplex.worker.trace.TraceLogDescriptor.PARENT_REF_OFFSET;
import static io.tlaplex.worker.trace.TraceLogDescriptor.RECORD_BYTES;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One worker's append-only trace log: records go to a buffer and reach the file on {@link #flush()}
 * (or when the buffer fills); readers only see flushed records. On reopen a torn or zero-filled tail
 * left by a crash is cut off and its size reported. Owned by one writer thread; a file lock keeps a
 * second writer, in this JVM or another, from opening the same log.
 */
public final class TraceLog implements AutoCloseable {
    private final Path file;
    private final FileChannel channel;
    private final ByteBuffer buffer;
    private final long refPrefix;
    private final long droppedTailBytes;
    private long flushedEnd;

    private TraceLog(Path file, FileChannel channel, int bufferBytes, long refPrefix, long end, long dropped) {
        this.file = file;
        this.channel = channel;
        int records = Math.max(1, bufferBytes / RECORD_BYTES);
        this.buffer = ByteBuffer.allocateDirect(records * RECORD_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        this.refPrefix = refPrefix;
        this.flushedEnd = end;
        this.droppedTailBytes = dropped;
    }

    /** Creates the file or reopens it for appending after its last whole, valid record. */
    static TraceLog open(Path file, int nodeId, int logId, int bufferBytes) {
        long prefix = TraceRef.of(nodeId, logId, 1) - 1;
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            if (channel.tryLock() == null) {
                throw new IllegalStateException("trace log " + file + " is open in another process");
            }
            long size = channel.size();
            long end = new TraceLogHeader(file, nodeId, logId).prepare(channel);
            return new TraceLog(file, channel, bufferBytes, prefix, end, Math.max(0, size - end));
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("cannot open trace log " + file, e);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new IllegalStateException("trace log " + file + " already has a writer", e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    /**
     * Appends a record and returns its position, which the state's queue entry carries so that its
     * successors can name it as their parent. {@code parentRef} is {@link TraceRef#INITIAL} for an
     * initial state. Allocates nothing.
     */
    public long append(long fingerprint, long parentRef, int actionId) {
        if (!TraceLogDescriptor.isValidParent(parentRef)) {
            throw new IllegalArgumentException("not a trace position: " + TraceRef.toString(parentRef));
        }
        if (!buffer.hasRemaining()) {
            flush();
        }
        int at = buffer.position();
        long offset = flushedEnd + at;
        if (offset > TraceRef.MAX_OFFSET) {
            throw new IllegalStateException("trace log " + file + " is full");
        }
        buffer.putLong(at + FINGERPRINT_OFFSET, fingerprint);
        buffer.putLong(at + PARENT_REF_OFFSET, parentRef);
        buffer.putInt(at + ACTION_ID_OFFSET, actionId);
        buffer.position(at + RECORD_BYTES);
        return refPrefix | offset;
    }

    /** Writes buffered records to the file (not to the disk: see {@link #force()}). */
    public void flush() {
        buffer.flip();
        try {
            while (buffer.hasRemaining()) {
                flushedEnd += channel.write(buffer, flushedEnd);
            }
            buffer.clear();
        } catch (IOException e) {
            // Keep what was not written, so a later flush can retry it.
            buffer.compact();
            throw new UncheckedIOException("cannot write trace log " + file, e);
        }
    }

    /** Flushes and waits until the records are on disk; checkpoints call this before recording {@link #endOffset()}. */
    public void force() {
        flush();
        try {
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot sync trace log " + file, e);
        }
    }

    /**
     * Syncs what earlier {@link #flush} calls wrote, without touching the buffer: another thread may call this (a
     * checkpoint finishing in the background) while the writer goes on appending.
     */
    public void syncWritten() {
        try {
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot sync trace log " + file, e);
        }
    }

    /** The offset the next record will get: the log's length once flushed. */
    public long endOffset() {
        return flushedEnd + buffer.position();
    }

    public long records() {
        return (endOffset() - HEADER_BYTES) / RECORD_BYTES;
    }

    /** Bytes cut off the end when the log was reopened: a torn or zero-filled tail from a crash. */
    public long droppedTailBytes() {
        return droppedTailBytes;
    }

    /** Drops every record from {@code endOffset} on, e.g. back to a checkpoint's recorded end. */
    public void rollBackTo(long endOffset) {
        flush();
        if (endOffset < HEADER_BYTES || endOffset > flushedEnd || (endOffset - HEADER_BYTES) % RECORD_BYTES != 0) {
            throw new IllegalArgumentException("cannot roll " + file + " back to " + endOffset);
        }
        try {
            channel.truncate(endOffset);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot truncate trace log " + file, e);
        }
        flushedEnd = endOffset;
    }

    public Path file() {
        return file;
    }

    /** Flushes and closes; does not sync (call {@link #force()} first where durability matters). */
    @Override
    public void close() {
        try (FileChannel closing = channel) {
            if (closing.isOpen()) {
                flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close trace log " + file, e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // Opening already failed; that is the error to report.
            }
        }
    }
}
