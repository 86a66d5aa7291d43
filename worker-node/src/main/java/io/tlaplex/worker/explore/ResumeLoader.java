package io.tlaplex.worker.explore;

import io.tlaplex.worker.checkpoint.CheckpointException;
import io.tlaplex.worker.checkpoint.FingerprintSnapshot;
import io.tlaplex.worker.fpset.FingerprintSet;
import io.tlaplex.worker.queue.StateBatch;
import io.tlaplex.worker.trace.TraceStore;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Puts a run back where a {@link ResumePoint} says: trace logs cut back to their recorded ends (records written
 * after the checkpoint describe states the resumed run will find again), logs of a later crashed run removed, the
 * fingerprint shard refilled, and the queued states spread over the workers' current queues, still encoded.
 */
final class ResumeLoader {
    private static final int STATES_PER_BATCH = 256;

    private ResumeLoader() {
    }

    static void cutTraceLogs(ResumePoint point) {
        Path dir = point.traceDirectory();
        TraceStore store = new TraceStore(dir, 0);
        try {
            for (int id = 0; id < point.logLimit(); id++) {
                long end = point.logEnds()[id];
                Path file = store.logFile(id);
                if (end > 0) {
                    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                        ch.truncate(end);
                    }
                } else {
                    Files.deleteIfExists(file);
                }
            }
            try (DirectoryStream<Path> logs = Files.newDirectoryStream(dir, "trace-[0-9][0-9][0-9][0-9].log")) {
                for (Path log : logs) {
                    int id = Integer.parseInt(log.getFileName().toString().substring(6, 10));
                    if (id >= point.logLimit()) {
                        Files.delete(log);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restore the trace logs in " + dir + ": " + e.getMessage(), e);
        }
    }

    static void load(ResumePoint point, FingerprintSet seen, WorkerSlot[] slots) {
        try {
            FingerprintSnapshot.read(point.fingerprintsFile(), seen, fp -> true);
            loadFrontier(point.frontierFile(), point.level(), slots);
        } catch (CheckpointException e) {
            throw new UncheckedIOException(e.getMessage(), new IOException(e));
        }
    }

    /** States of {@code level} go to the current queues, those of the next level to the next queues. */
    /** Deals states out to the workers' current or next queues in batches, round robin. */
    private static final class Spreader {
        private final WorkerSlot[] slots;
        private final boolean next;
        private final StateBatch batch = new StateBatch(64 << 10);
        private int target;

        Spreader(WorkerSlot[] slots, boolean next) {
            this.slots = slots;
            this.next = next;
        }

        void add(long fp, long traceRef, int depth, byte[] payload) {
            batch.add(fp, 0, traceRef, 0, depth, payload);
            if (batch.size() == STATES_PER_BATCH) {
                flush();
                target = (target + 1) % slots.length;
            }
        }

        void flush() {
            if (batch.size() > 0) {
                (next ? slots[target].next() : slots[target].currentWhenIdle()).append(batch);
                batch.clear();
            }
        }
    }

    private static void loadFrontier(Path file, int level, WorkerSlot[] slots) throws CheckpointException {
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            if (in.readInt() != LevelCheckpointer.FRONTIER_MAGIC || in.readInt() != LevelCheckpointer.FORMAT) {
                throw new CheckpointException(file + " is not a tlaplex frontier file of format "
                        + LevelCheckpointer.FORMAT);
            }
            long count = in.readLong();
            Spreader current = new Spreader(slots, false);
            Spreader next = new Spreader(slots, true);
            for (long i = 0; i < count; i++) {
                long traceRef = in.readLong();
                long fp = in.readLong();
                int depth = in.readInt();
                int length = in.readInt();
                if (length < 0 || length > (64 << 20)) {
                    throw new CheckpointException(file + " has a state of " + length + " bytes at entry " + i);
                }
                if (depth != level && depth != level + 1) {
                    throw new CheckpointException(file + " has a state of depth " + depth + " at entry " + i
                            + " in a checkpoint of level " + level);
                }
                byte[] payload = new byte[length];
                in.readFully(payload);
                (depth == level ? current : next).add(fp, traceRef, depth, payload);
            }
            current.flush();
            next.flush();
            if (in.read() != -1) {
                throw new CheckpointException(file + " has bytes after its " + count + " states");
            }
        } catch (EOFException e) {
            throw new CheckpointException(file + " is truncated", e);
        } catch (IOException e) {
            throw new CheckpointException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
