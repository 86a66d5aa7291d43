package io.tlaplex.worker.trace;

import static io.tlaplex.worker.trace.TraceLogDescriptor.HEADER_BYTES;
import static io.tlaplex.worker.trace.TraceLogDescriptor.LOG_OFFSET;
import static io.tlaplex.worker.trace.TraceLogDescriptor.MAGIC;
import static io.tlaplex.worker.trace.TraceLogDescriptor.MAGIC_OFFSET;
import static io.tlaplex.worker.trace.TraceLogDescriptor.NODE_OFFSET;
import static io.tlaplex.worker.trace.TraceLogDescriptor.PARENT_REF_OFFSET;
import static io.tlaplex.worker.trace.TraceLogDescriptor.RECORD_BYTES;
import static io.tlaplex.worker.trace.TraceLogDescriptor.VERSION;
import static io.tlaplex.worker.trace.TraceLogDescriptor.VERSION_OFFSET;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/** Writes or checks a trace log's header and finds where its valid records end; used when a log is opened. */
final class TraceLogHeader {
    private final Path file;
    private final int nodeId;
    private final int logId;

    TraceLogHeader(Path file, int nodeId, int logId) {
        this.file = file;
        this.nodeId = nodeId;
        this.logId = logId;
    }

    /** Checks an existing header against this log's ids; throws naming the file when it does not match. */
    void check(FileChannel channel) throws IOException {
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        readFully(channel, header, 0);
        if (header.getInt(MAGIC_OFFSET) != MAGIC || header.getInt(VERSION_OFFSET) != VERSION) {
            throw new TraceCorruptedException(file, "is not a trace log (bad header)");
        }
        if (header.getInt(NODE_OFFSET) != nodeId || header.getInt(LOG_OFFSET) != logId) {
            throw new TraceCorruptedException(file, "belongs to node " + header.getInt(NODE_OFFSET) + " log "
                    + header.getInt(LOG_OFFSET) + ", not node " + nodeId + " log " + logId);
        }
    }

    /**
     * Makes the file ready for appending and returns the end of its valid records: writes the header of
     * a new (or torn-at-birth) file, otherwise checks it and cuts off a partial last record and any
     * trailing records whose parent is not a valid position, which is what zero-filled pages look like.
     */
    long prepare(FileChannel channel) throws IOException {
        long size = channel.size();
        if (size < HEADER_BYTES) {
            ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
            header.putInt(MAGIC_OFFSET, MAGIC).putInt(VERSION_OFFSET, VERSION).putInt(NODE_OFFSET, nodeId)
                    .putInt(LOG_OFFSET, logId);
            while (header.hasRemaining()) {
                channel.write(header, header.position());
            }
            channel.truncate(HEADER_BYTES);
            return HEADER_BYTES;
        }
        check(channel);
        long end = HEADER_BYTES + (size - HEADER_BYTES) / RECORD_BYTES * RECORD_BYTES;
        ByteBuffer parent = ByteBuffer.allocate(Long.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        while (end > HEADER_BYTES) {
            parent.clear();
            readFully(channel, parent, end - RECORD_BYTES + PARENT_REF_OFFSET);
            if (TraceLogDescriptor.isValidParent(parent.getLong(0))) {
                break;
            }
            end -= RECORD_BYTES;
        }
        if (end < size) {
            channel.truncate(end);
        }
        return end;
    }

    private void readFully(FileChannel channel, ByteBuffer into, long position) throws IOException {
        long at = position;
        while (into.hasRemaining()) {
            int n = channel.read(into, at);
            if (n < 0) {
                throw new TraceCorruptedException(file, "ends before offset " + (position + into.limit()));
            }
            at += n;
        }
    }
}
