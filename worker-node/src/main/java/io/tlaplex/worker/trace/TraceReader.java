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
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reads a node's trace logs by position, walks a state's parents back to an initial state, and finds
 * a fingerprint by scanning. Sees only flushed records. Used by one thread at a time (cold path).
 */
public final class TraceReader implements AutoCloseable {
    private static final int SCAN_RECORDS = 4096;

    private final TraceStore store;
    private final FileChannel[] channels = new FileChannel[TraceRef.MAX_LOG_ID + 1];
    private final ByteBuffer record = ByteBuffer.allocate(RECORD_BYTES).order(ByteOrder.LITTLE_ENDIAN);

    TraceReader(TraceStore store) {
        this.store = store;
    }

    /** The record at {@code ref}, which must be on this reader's node. */
    public TraceRecord read(long ref) {
        if (ref == TraceRef.INITIAL || ref == TraceRef.NONE || TraceRef.nodeId(ref) != store.nodeId()) {
            throw new IllegalArgumentException(
                    "not a position on node " + store.nodeId() + ": " + TraceRef.toString(ref));
        }
        int logId = TraceRef.logId(ref);
        long offset = TraceRef.offset(ref);
        Path file = store.logFile(logId);
        try {
            FileChannel channel = channel(logId);
            long size = channel.size();
            if (offset < HEADER_BYTES || (offset - HEADER_BYTES) % RECORD_BYTES != 0) {
                throw new TraceCorruptedException(file, "has no record boundary at offset " + offset);
            }
            if (offset + RECORD_BYTES > size) {
                throw new TraceCorruptedException(file, "has no record at offset " + offset + ": it ends at "
                        + size + " bytes (not flushed yet?)");
            }
            record.clear();
            while (record.hasRemaining()) {
                if (channel.read(record, offset + record.position()) < 0) {
                    throw new TraceCorruptedException(file, "ends inside the record at offset " + offset);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read trace log " + file, e);
        }
        long parent = record.getLong(PARENT_REF_OFFSET);
        if (!TraceLogDescriptor.isValidParent(parent)) {
            throw new TraceCorruptedException(file, "has an invalid parent position in the record at offset " + offset);
        }
        return new TraceRecord(ref, record.getLong(FINGERPRINT_OFFSET), parent, record.getInt(ACTION_ID_OFFSET));
    }

    /**
     * The trace ending in the state at {@code ref}: its ancestors on this node, oldest first, back to an
     * initial state or to the first parent that lives on another node (then {@link TracePath#continueAt()}).
     */
    public TracePath walkBack(long ref) {
        List<TraceRecord> steps = new ArrayList<>();
        long limit = recordCount();
        long at = ref;
        while (at != TraceRef.INITIAL && TraceRef.nodeId(at) == store.nodeId()) {
            if (steps.size() > limit) {
                throw new TraceCorruptedException(store.logFile(TraceRef.logId(at)),
                        "holds a parent chain that loops back on itself at " + TraceRef.toString(at));
            }
            TraceRecord step = read(at);
            steps.add(step);
            at = step.parentRef();
        }
        Collections.reverse(steps);
        return new TracePath(steps, at);
    }

    /** The position of the record of {@code fingerprint}, or {@link TraceRef#NONE}: a scan of every log. */
    public long find(long fingerprint) {
        ByteBuffer block = ByteBuffer.allocate(SCAN_RECORDS * RECORD_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (Path file : store.logFiles()) {
            int logId = Integer.parseInt(file.getFileName().toString().substring(6, 10));
            try {
                FileChannel channel = channel(logId);
                long end = channel.size();
                for (long at = HEADER_BYTES; at + RECORD_BYTES <= end; at += block.limit()) {
                    block.clear();
                    block.limit((int) Math.min(block.capacity(), (end - at) / RECORD_BYTES * RECORD_BYTES));
                    readUpTo(channel, block, at);
                    for (int i = 0; i + RECORD_BYTES <= block.position(); i += RECORD_BYTES) {
                        if (block.getLong(i + FINGERPRINT_OFFSET) == fingerprint) {
                            return TraceRef.of(store.nodeId(), logId, at + i);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read trace log " + file, e);
            }
        }
        return TraceRef.NONE;
    }

    @Override
    public void close() {
        IOException failure = null;
        for (int i = 0; i < channels.length; i++) {
            if (channels[i] != null) {
                try {
                    channels[i].close();
                } catch (IOException e) {
                    failure = e;
                }
                channels[i] = null;
            }
        }
        if (failure != null) {
            throw new UncheckedIOException("cannot close a trace log", failure);
        }
    }

    /** Fills {@code block} from {@code position}, stopping early only if the file is shorter than expected. */
    private static void readUpTo(FileChannel channel, ByteBuffer block, long position) throws IOException {
        while (block.hasRemaining()) {
            if (channel.read(block, position + block.position()) < 0) {
                return;
            }
        }
    }

    /** Records in all logs: no parent chain is longer, so a longer walk has met a loop. */
    private long recordCount() {
        long total = 0;
        for (Path file : store.logFiles()) {
            try {
                total += Math.max(0, Files.size(file) - HEADER_BYTES) / RECORD_BYTES;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read trace log " + file, e);
            }
        }
        return total;
    }

    private FileChannel channel(int logId) throws IOException {
        if (channels[logId] == null) {
            Path file = store.logFile(logId);
            FileChannel channel;
            try {
                channel = FileChannel.open(file, StandardOpenOption.READ);
            } catch (NoSuchFileException e) {
                throw new TraceCorruptedException(file, "is missing");
            }
            try {
                new TraceLogHeader(file, store.nodeId(), logId).check(channel);
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
            channels[logId] = channel;
        }
        return channels[logId];
    }
}
