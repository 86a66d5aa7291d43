package io.tlaplex.worker.explore;

import io.tlaplex.frontend.value.MutableBuffer;
import io.tlaplex.protocol.CheckpointFile;
import io.tlaplex.protocol.CheckpointManifest;
import io.tlaplex.worker.checkpoint.CheckpointException;
import io.tlaplex.worker.checkpoint.CheckpointStore;
import io.tlaplex.worker.checkpoint.ChecksummedFile;
import io.tlaplex.worker.checkpoint.FileDigest;
import io.tlaplex.worker.checkpoint.FingerprintSnapshot;
import io.tlaplex.worker.fpset.FingerprintSet;
import io.tlaplex.worker.queue.StateBatch;
import io.tlaplex.worker.trace.TraceLog;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Takes a checkpoint while every worker waits at the level barrier, at a level's end or in its middle (workers
 * stop at batch boundaries when one is due), so the cut is consistent by construction. The pause only captures:
 * a copy of the shard's table, references to the queued states of this level and the next, the counters and the
 * trace logs' ends. A thread of its own then writes the files (the logs are referenced up to those ends, not
 * copied) while the workers go on, and commits the epoch through {@link CheckpointStore} once all are on disk.
 */
final class LevelCheckpointer<S> {
    static final int FORMAT = 1;
    static final int FRONTIER_MAGIC = 0x544C5851; // "TLXQ"

    private final CheckpointSettings settings;
    private final CheckpointStore store;
    private final FingerprintSet seen;
    private final WorkerSlot[] slots;
    private final WorkerCounters[] counters;
    private final RunFiles files;
    private final StateCodec<S> codec;
    /** Ends of the logs of the runs this one resumed; its own logs follow from {@code logEnds.length} on. */
    private final long[] inheritedLogEnds;
    /** Every checked range of every trace log so far: a log is checksummed once per epoch, only where it grew. */
    private final List<CheckpointFile> traceSegments;
    /** Per log of this run: the end of the part the segments already cover. */
    private final long[] coveredEnds;
    private final ProgressListener progress;
    /** Files the epochs keep beside the search, or null; and how far the segments already cover each. */
    private final CheckpointAttachment attachment;
    private final Map<Path, Long> attachedCovered = new HashMap<>();
    private final MutableBuffer encoded = new MutableBuffer(256);
    private long nextDueNanos;
    /** The epoch being written while the workers go on, or null. */
    private Thread writer;
    /** Whether an epoch is being written: no other is due meanwhile (workers read this). */
    private volatile boolean writing;
    /** Why the last background write failed; seen by the next checkpoint or the end of the run. */
    private volatile Exception writerFailure;

    /**
     * {@code inheritedLogEnds} and {@code inheritedTraceSegments}: the trace logs of the run this one resumes, as its
     * last checkpoint recorded them (empty for a fresh run).
     */
    LevelCheckpointer(CheckpointSettings settings, FingerprintSet seen, WorkerSlot[] slots, WorkerCounters[] counters,
            RunFiles files, StateCodec<S> codec, long[] inheritedLogEnds, List<CheckpointFile> inheritedTraceSegments,
            ProgressListener progress, CheckpointAttachment attachment) throws CheckpointException {
        this.settings = settings;
        this.store = new CheckpointStore(settings.directory());
        this.seen = seen;
        this.slots = slots;
        this.counters = counters;
        this.files = files;
        this.codec = codec;
        this.inheritedLogEnds = inheritedLogEnds;
        this.traceSegments = new ArrayList<>(inheritedTraceSegments);
        this.coveredEnds = new long[files.logs().size()];
        this.progress = progress;
        this.attachment = attachment;
        for (CheckpointFile f : inheritedTraceSegments) {
            if (f.path().startsWith(ResumePoint.ATTACHED_DIR + "/")) {
                Path file = store.root().resolve(f.path()).toAbsolutePath().normalize();
                attachedCovered.merge(file, f.offsetBytes() + f.sizeBytes(), Math::max);
            }
        }
        this.nextDueNanos = settings.nanoClock().getAsLong() + settings.intervalNanos();
    }

    /** Whether the interval has passed or a checkpoint was asked for. */
    boolean due() {
        if (writing) {
            return false;
        }
        if (settings.requested().get()) {
            return true;
        }
        return settings.intervalNanos() > 0 && settings.nanoClock().getAsLong() - nextDueNanos >= 0;
    }

    /**
     * Captures the next epoch at {@code level} while no worker runs (a copy of the shard's table, references to the
     * queued states, the trace logs' ends), then writes and commits it on a thread of its own while the workers go
     * on. The pause reported is the capture's.
     */
    void write(int level, int workers) throws CheckpointException {
        awaitWriter();
        long start = settings.nanoClock().getAsLong();
        int epoch = store.lastCommittedEpoch().orElse(0) + 1;
        Path dir = store.epochDirectory(epoch);
        FingerprintSet.Snapshot shard = seen.snapshot();
        QueuedCopy queued = QueuedCopy.capture(slots);
        long[] logEnds = logEnds();
        Map<Path, Long> attachedEnds = attachment == null ? Map.of() : attachment.capture();
        long generated = WorkerCounters.generated(counters);
        long distinct = WorkerCounters.distinct(counters);
        long pause = settings.nanoClock().getAsLong() - start;
        nextDueNanos = start + pause + settings.intervalNanos();
        writing = true;
        writer = Thread.ofPlatform().name("tlaplex-checkpoint-writer").start(() -> {
            try (shard) {
                finish(epoch, dir, level, workers, shard, queued, new long[] {generated, distinct}, logEnds,
                        attachedEnds, pause);
            } catch (CheckpointException | RuntimeException e) {
                writerFailure = e;
            } catch (IOException e) {
                writerFailure = new CheckpointException("cannot write checkpoint epoch " + epoch + " in " + dir
                        + ": " + e.getMessage(), e);
            } finally {
                writing = false;
            }
        });
        if (!settings.background()) {
            awaitWriter();
        }
    }

    /**
     * Waits for the epoch being written, if any; throws what made it fail: a {@link CheckpointException}, or what
     * the progress listener threw.
     */
    void awaitWriter() throws CheckpointException {
        if (writer != null) {
            joinQuietly(writer);
            writer = null;
        }
        Exception failed = writerFailure;
        writerFailure = null;
        if (failed instanceof CheckpointException e) {
            throw e;
        }
        if (failed instanceof RuntimeException e) {
            throw e;
        }
    }

    private void finish(int epoch, Path dir, int level, int workers, FingerprintSet.Snapshot shard,
            QueuedCopy queued, long[] counts, long[] logEnds, Map<Path, Long> attachedEnds, long pause)
            throws IOException, CheckpointException {
        List<CheckpointFile> listed = new ArrayList<>();
        listed.add(FingerprintSnapshot.write(shard, dir.resolve(ResumePoint.FINGERPRINTS), store.root(), 0).file());
        listed.add(writeFrontier(dir.resolve(ResumePoint.FRONTIER), queued));
        listed.add(ResumePoint.writeProgress(dir.resolve(ResumePoint.PROGRESS), store.root(), level, counts[0],
                counts[1], logEnds));
        addTraceSegments(logEnds);
        addAttachedSegments(attachedEnds);
        listed.addAll(traceSegments);
        store.commit(new CheckpointManifest(FORMAT, 0, epoch, settings.specHash(), settings.configHash(),
                settings.fingerprintSeed(), 1, workers, listed, false));
        settings.requested().set(false);
        progress.checkpointed(epoch, level, queued.count, pause);
    }

    /** Syncs the logs of this run up to their recorded ends and adds the range each gained since the last epoch. */
    private void addTraceSegments(long[] logEnds) throws CheckpointException {
        int base = files.logLimit() - files.logs().size();
        for (int i = 0; i < files.logs().size(); i++) {
            TraceLog log = files.logs().get(i);
            long end = logEnds[base + i];
            if (end > coveredEnds[i]) {
                log.syncWritten();
                traceSegments.add(FileDigest.describeRange(store.root(), log.file(), 0, coveredEnds[i], end));
                coveredEnds[i] = end;
            }
        }
    }

    /** Syncs the attached files and adds the range each gained since the last epoch (kept with the trace ranges). */
    private void addAttachedSegments(Map<Path, Long> ends) throws CheckpointException {
        if (ends.isEmpty()) {
            return;
        }
        attachment.sync();
        for (Map.Entry<Path, Long> end : ends.entrySet()) {
            Path file = end.getKey().toAbsolutePath().normalize();
            long covered = attachedCovered.getOrDefault(file, 0L);
            if (end.getValue() > covered) {
                traceSegments.add(FileDigest.describeRange(store.root(), file, 0, covered, end.getValue()));
                attachedCovered.put(file, end.getValue());
            }
        }
    }

    private static void joinQuietly(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Flushes every log of this run and returns the end of each log id in use, 0 for ids without a log. */
    private long[] logEnds() {
        long[] ends = Arrays.copyOf(inheritedLogEnds, files.logLimit());
        int base = files.logLimit() - files.logs().size();
        for (int i = 0; i < files.logs().size(); i++) {
            TraceLog log = files.logs().get(i);
            log.flush();
            ends[base + i] = log.endOffset();
        }
        return ends;
    }

    /** Writes the captured queued states (each entry carries its depth); objects are encoded here. */
    @SuppressWarnings("unchecked")
    private CheckpointFile writeFrontier(Path file, QueuedCopy queued) throws IOException, CheckpointException {
        try (ChecksummedFile raw = new ChecksummedFile(file);
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
            out.writeInt(FRONTIER_MAGIC);
            out.writeInt(FORMAT);
            out.writeLong(queued.count);
            for (int i = 0; i < queued.states.size(); i++) {
                long[] meta = queued.stateMeta.get(i);
                encoded.reset();
                codec.encode((S) queued.states.get(i), encoded);
                entry(out, meta[0], meta[1], (int) meta[2], encoded.array(), encoded.length());
            }
            for (StateBatch b : queued.encoded) {
                for (int i = 0; i < b.size(); i++) {
                    entry(out, b.fingerprint(i), b.traceRef(i), b.depth(i), b.array(), b.payloadOffset(i),
                            b.payloadLength(i));
                }
            }
            out.flush();
            return raw.finish(store.root(), 0);
        }
    }

    private static void entry(DataOutputStream out, long fp, long traceRef, int depth, byte[] bytes, int length)
            throws IOException {
        entry(out, fp, traceRef, depth, bytes, 0, length);
    }

    private static void entry(DataOutputStream out, long fp, long traceRef, int depth, byte[] bytes, int offset,
            int length) throws IOException {
        out.writeLong(traceRef);
        out.writeLong(fp);
        out.writeInt(depth);
        out.writeInt(length);
        out.write(bytes, offset, length);
    }
}
