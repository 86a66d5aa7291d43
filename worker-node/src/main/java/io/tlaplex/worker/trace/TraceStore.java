package io.tlaplex.worker.trace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A node's trace store: one folder holding one {@link TraceLog} per worker, {@code trace-<log>.log}.
 * <p>
 * Design: a record is {@code (fingerprint, parent position, action id)}, 20 bytes, and a state's
 * position (node, log, byte offset: a {@link TraceRef}) travels with it in the queue and over the
 * wire, so a child's record names its parent's position rather than its fingerprint. Walking a trace
 * back is then a chain of positioned reads with no index at all: zero bytes of memory per state. The
 * parent's fingerprint is the {@code fingerprint} of the record at that position. Lookup by fingerprint
 * alone is a scan, kept for tools and for fingerprints that arrive without a position.
 * <p>
 * Immutable; the logs it opens each have one writer, the readers it opens one reading thread.
 */
public final class TraceStore {
    private final Path dir;
    private final int nodeId;

    public TraceStore(Path dir, int nodeId) {
        if (nodeId < 0 || nodeId > TraceRef.MAX_NODE_ID) {
            throw new IllegalArgumentException("node id out of range: " + nodeId);
        }
        this.dir = dir;
        this.nodeId = nodeId;
    }

    /** Creates log {@code logId} or reopens it after a crash; buffers about {@code bufferBytes} of records. */
    public TraceLog openLog(int logId, int bufferBytes) {
        if (logId < 0 || logId > TraceRef.MAX_LOG_ID) {
            throw new IllegalArgumentException("log id out of range: " + logId);
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create trace folder " + dir, e);
        }
        return TraceLog.open(logFile(logId), nodeId, logId, bufferBytes);
    }

    /** A reader of this node's logs; it sees the records their writers have flushed. */
    public TraceReader openReader() {
        return new TraceReader(this);
    }

    public int nodeId() {
        return nodeId;
    }

    /** The file of log {@code logId}, whether or not it exists. */
    public Path logFile(int logId) {
        return dir.resolve(TraceLogDescriptor.fileName(logId));
    }

    /** The log files present, in log-id order. */
    List<Path> logFiles() {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (DirectoryStream<Path> found = Files.newDirectoryStream(dir, "trace-[0-9][0-9][0-9][0-9].log")) {
            found.forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list trace folder " + dir, e);
        }
        files.sort(null);
        return files;
    }
}
