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
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Writes a checkpoint while every worker waits at the level barrier, at a level's end or in its middle (workers
 * stop at batch boundaries when one is due), so the cut is consistent by construction: the fingerprint shard,
 * the queued states of this level and the next (encoded, then put back), the counters, and the trace logs
 * referenced up to their synced end rather than copied. The epoch is committed through {@link CheckpointStore}
 * only after all its files are on disk.
 */
final class LevelCheckpointer<S> {
    static final int FORMAT = 1;
    static final int FRONTIER_MAGIC = 0x544C5851; // "TLXQ"
    private static final int DRAIN_BATCH = 4096;

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
    private final TakenBatch taken = new TakenBatch();
    private final MutableBuffer encoded = new MutableBuffer(256);
    private long nextDueNanos;

    /**
     * {@code inheritedLogEnds} and {@code inheritedTraceSegments}: the trace logs of the run this one resumes, as its
     * last checkpoint recorded them (empty for a fresh run).
     */
    LevelCheckpointer(CheckpointSettings settings, FingerprintSet seen, WorkerSlot[] slots, WorkerCounters[] counters,
            RunFiles files, StateCodec<S> codec, long[] inheritedLogEnds, List<CheckpointFile> inheritedTraceSegments,
            ProgressListener progress) throws CheckpointException {
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
        this.nextDueNanos = settings.nanoClock().getAsLong() + settings.intervalNanos();
    }

    /** Whether the interval has passed or a checkpoint was asked for. */
    boolean due() {
        if (settings.requested().get()) {
            return true;
        }
        return settings.intervalNanos() > 0 && settings.nanoClock().getAsLong() - nextDueNanos >= 0;
    }

    /** Writes and commits the next epoch at the start of {@code level}; only while no worker runs. */
    void write(int level, int workers) throws CheckpointException {
        long start = settings.nanoClock().getAsLong();
        int epoch = store.lastCommittedEpoch().orElse(0) + 1;
        Path dir = store.epochDirectory(epoch);
        List<CheckpointFile> listed = new ArrayList<>();
        try {
            // The shard is written on a second thread while this one writes the queues: both only read.
            Path fps = dir.resolve(ResumePoint.FINGERPRINTS);
            AtomicReference<Object> shard = new AtomicReference<>();
            Thread shardWriter = Thread.ofPlatform().name("tlaplex-checkpoint-shard").start(() -> {
                try {
                    shard.set(FingerprintSnapshot.write(seen, fps, store.root(), 0).file());
                } catch (CheckpointException | RuntimeException e) {
                    shard.set(e);
                }
            });
            Path frontier = dir.resolve(ResumePoint.FRONTIER);
            long queued;
            try {
                queued = writeFrontier(frontier, listed);
            } finally {
                joinQuietly(shardWriter);
            }
            if (shard.get() instanceof CheckpointException e) {
                throw e;
            }
            if (shard.get() instanceof RuntimeException e) {
                throw e;
            }
            listed.add((CheckpointFile) shard.get());
            long[] logEnds = logEnds();
            listed.add(ResumePoint.writeProgress(dir.resolve(ResumePoint.PROGRESS), store.root(), level,
                    WorkerCounters.generated(counters), WorkerCounters.distinct(counters), logEnds));
            addTraceSegments();
            listed.addAll(traceSegments);
            store.commit(new CheckpointManifest(FORMAT, 0, epoch, settings.specHash(), settings.configHash(),
                    settings.fingerprintSeed(), 1, workers, listed, false));
            settings.requested().set(false);
            long now = settings.nanoClock().getAsLong();
            nextDueNanos = now + settings.intervalNanos();
            progress.checkpointed(epoch, level, queued, now - start);
        } catch (IOException e) {
            throw new CheckpointException("cannot write checkpoint epoch " + epoch + " in " + dir + ": "
                    + e.getMessage(), e);
        }
    }

    /** Adds the range each log of this run gained since the last epoch (the logs were just synced). */
    private void addTraceSegments() throws CheckpointException {
        for (int i = 0; i < files.logs().size(); i++) {
            TraceLog log = files.logs().get(i);
            long end = log.endOffset();
            if (end > coveredEnds[i]) {
                traceSegments.add(FileDigest.describeRange(store.root(), log.file(), 0, coveredEnds[i], end));
                coveredEnds[i] = end;
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

    /** Syncs every log of this run and returns the end of each log id in use, 0 for ids without a log. */
    private long[] logEnds() {
        long[] ends = Arrays.copyOf(inheritedLogEnds, files.logLimit());
        int base = files.logLimit() - files.logs().size();
        for (int i = 0; i < files.logs().size(); i++) {
            TraceLog log = files.logs().get(i);
            log.force();
            ends[base + i] = log.endOffset();
        }
        return ends;
    }

    /**
     * Writes every queued state, of the level being expanded and of the next (each entry carries its depth), and
     * puts it back; returns how many.
     */
    @SuppressWarnings("unchecked")
    private long writeFrontier(Path file, List<CheckpointFile> listed) throws IOException, CheckpointException {
        long count = 0;
        try (ChecksummedFile raw = new ChecksummedFile(file);
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
            List<LevelQueue> queues = new ArrayList<>();
            long expected = 0;
            for (WorkerSlot slot : slots) {
                queues.add(slot.currentWhenIdle());
                queues.add(slot.next());
                expected += slot.currentWhenIdle().size() + slot.next().size();
            }
            out.writeInt(FRONTIER_MAGIC);
            out.writeInt(FORMAT);
            out.writeLong(expected);
            for (LevelQueue queue : queues) {
                List<Object[]> objects = new ArrayList<>();
                List<StateBatch> batches = new ArrayList<>();
                while (queue.poll(taken, DRAIN_BATCH) > 0) {
                    if (taken.isEncoded()) {
                        StateBatch b = taken.bytes();
                        StateBatch copy = new StateBatch(Math.max(1024, b.lengthBytes() + 1024));
                        for (int i = 0; i < b.size(); i++) {
                            byte[] payload = Arrays.copyOfRange(b.array(), b.payloadOffset(i),
                                    b.payloadOffset(i) + b.payloadLength(i));
                            entry(out, b.fingerprint(i), b.traceRef(i), b.depth(i), payload, payload.length);
                            copy.add(b.fingerprint(i), b.parentFingerprint(i), b.traceRef(i), b.actionId(i),
                                    b.depth(i), payload);
                        }
                        batches.add(copy);
                    } else {
                        for (int i = 0; i < taken.size(); i++) {
                            encoded.reset();
                            codec.encode((S) taken.state(i), encoded);
                            entry(out, taken.fingerprint(i), taken.traceRef(i), taken.depth(i), encoded.array(),
                                    encoded.length());
                            objects.add(new Object[] {taken.state(i), taken.fingerprint(i), taken.traceRef(i),
                                taken.depth(i)});
                        }
                    }
                    count += taken.size();
                }
                taken.clear();
                for (Object[] o : objects) {
                    queue.add(o[0], (Long) o[1], (Long) o[2], (Integer) o[3]);
                }
                for (StateBatch b : batches) {
                    queue.append(b);
                }
            }
            if (count != expected) {
                throw new IOException("the queues held " + expected + " states but " + count + " were written");
            }
            out.flush();
            listed.add(raw.finish(store.root(), 0));
        }
        return count;
    }

    private static void entry(DataOutputStream out, long fp, long traceRef, int depth, byte[] bytes, int length)
            throws IOException {
        out.writeLong(traceRef);
        out.writeLong(fp);
        out.writeInt(depth);
        out.writeInt(length);
        out.write(bytes, 0, length);
    }
}
