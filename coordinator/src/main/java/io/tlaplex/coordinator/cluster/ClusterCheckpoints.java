package io.tlaplex.coordinator.cluster;

import io.tlaplex.protocol.CheckpointAck;
import io.tlaplex.protocol.CheckpointFile;
import io.tlaplex.protocol.CheckpointManifest;
import io.tlaplex.protocol.ClusterCheckpoint;
import io.tlaplex.protocol.TraceLink;
import io.tlaplex.worker.checkpoint.CheckpointException;
import io.tlaplex.worker.checkpoint.CheckpointStore;
import io.tlaplex.worker.checkpoint.ChecksummedFile;
import io.tlaplex.worker.trace.TracePath;
import io.tlaplex.worker.trace.TraceReader;
import io.tlaplex.worker.trace.TraceRecord;
import io.tlaplex.worker.trace.TraceRef;
import io.tlaplex.worker.trace.TraceStore;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

/**
 * The checkpoints of a cluster run, seen from the coordinator: when the next is due, the epoch it commits once every
 * node has written its part (the nodes' files, the trace-log ranges of every epoch so far, and the run's own
 * {@code run.bin}: level, counters and the trace-node ids used), and, for a resumed run, where it goes on from. A
 * resumed run's nodes get trace-node ids of their own, above those of the runs before it, whose trace logs the
 * coordinator reads here to rebuild a trace. The folder must be the same path on every member.
 */
public final class ClusterCheckpoints implements CoordinatorCheckpoints {
    static final String RUN_FILE = "run.bin";
    private static final int FORMAT = 1;
    private static final int RUN_MAGIC = 0x544C5852; // "TLXR"

    /**
     * A committed epoch to go on from.
     *
     * @param epoch         the epoch
     * @param level         the level the run goes on with
     * @param generated     states generated before it
     * @param distinct      distinct states found before it
     * @param traceNodeBase the first trace-node id free for the resumed run
     * @param nodes         the node count of the run that wrote it
     * @param skipped       why newer epochs were passed over, for the user to see
     */
    public record Resume(int epoch, int level, long generated, long distinct, int traceNodeBase, int nodes,
                         List<String> skipped) {
    }

    private final CheckpointStore store;
    private final long intervalNanos;
    private final RunHashes hashes;
    private final LongSupplier nanoClock;
    private final String specHash;
    private final String configHash;
    private final long seed;
    private final Resume resume;
    private final List<CheckpointFile> traceSegments = new ArrayList<>();
    private final AtomicBoolean requested = new AtomicBoolean();
    private long lastNanos;
    /** Epochs this run committed, and whether the run is over; guarded by this, for {@link #awaitCommit}. */
    private int commits;
    private boolean over;

    private ClusterCheckpoints(CheckpointStore store, long intervalNanos, LongSupplier nanoClock, RunHashes hashes,
                               long seed, Resume resume, List<CheckpointFile> inherited) {
        this.store = store;
        this.intervalNanos = intervalNanos;
        this.nanoClock = nanoClock;
        this.hashes = hashes;
        this.specHash = hashes.spec();
        this.configHash = hashes.config();
        this.seed = seed;
        this.resume = resume;
        this.traceSegments.addAll(inherited);
        this.lastNanos = nanoClock.getAsLong();
    }

    /**
     * Checkpoints for a fresh run into {@code directory}, every {@code intervalNanos} (0: none periodically).
     *
     * @throws CheckpointException when the folder cannot be made, or already holds checkpoints
     */
    public static ClusterCheckpoints fresh(Path directory, long intervalNanos, LongSupplier nanoClock,
                                           RunHashes hashes, long seed) throws CheckpointException {
        CheckpointStore store = new CheckpointStore(directory);
        if (store.lastCommittedEpoch().isPresent()) {
            throw new CheckpointException(directory + " already holds checkpoints: resume them with -recover "
                    + directory + ", or choose another -metadir");
        }
        // With no committed epoch, trace logs and epoch folders here are a crashed attempt's.
        removeTracesFrom(directory, 0);
        return new ClusterCheckpoints(store, intervalNanos, nanoClock, hashes, seed, null, List.of());
    }

    /**
     * Checkpoints for the same run started again after it lost a node: from the last usable epoch, or from the
     * start when none was committed.
     */
    ClusterCheckpoints restart(LongSupplier clock) throws CheckpointException {
        return store.lastCommittedEpoch().isPresent() ? resume(directory(), intervalNanos, clock, hashes, seed)
                : fresh(directory(), intervalNanos, clock, hashes, seed);
    }

    /**
     * Checkpoints for a run that goes on from the last usable epoch in {@code directory}; removes the trace logs of
     * any later run that crashed before committing (their records describe states the resumed run finds again).
     *
     * @throws CheckpointException naming the file and the reason when no epoch is usable, or it is of another spec
     */
    public static ClusterCheckpoints resume(Path directory, long intervalNanos, LongSupplier nanoClock,
                                            RunHashes hashes, long seed) throws CheckpointException {
        if (!Files.isDirectory(directory)) {
            throw new CheckpointException(Files.exists(directory) ? directory + " is not a checkpoint directory"
                    : "checkpoint directory " + directory + " does not exist");
        }
        CheckpointStore store = new CheckpointStore(directory);
        CheckpointStore.Restored restored = store.latest();
        CheckpointManifest m = restored.manifest();
        if (!m.specHash().equals(hashes.spec())) {
            throw new CheckpointException("the checkpoint in " + directory + " was made from another spec (hash "
                    + m.specHash() + ", this spec " + hashes.spec() + ")");
        }
        if (!m.configHash().equals(hashes.config())) {
            throw new CheckpointException("the checkpoint in " + directory + " was made with another model config "
                    + "or options (hash " + m.configHash() + ", this config " + hashes.config() + ")");
        }
        Resume resume = readRun(store.root(), m.epoch(), restored.skipped());
        removeTracesFrom(directory, resume.traceNodeBase());
        List<CheckpointFile> inherited = m.files().stream().filter(f -> f.path().startsWith("trace/")).toList();
        return new ClusterCheckpoints(store, intervalNanos, nanoClock, hashes, seed, resume, inherited);
    }

    @Override
    public Path directory() {
        return store.root();
    }

    @Override
    public Resume resumed() {
        return resume;
    }

    @Override
    public int traceNodeBase() {
        return resume == null ? 0 : resume.traceNodeBase();
    }

    @Override
    public ClusterCheckpoint assignment() {
        return resume == null ? new ClusterCheckpoint(directory().toString(), 0, 0, 0, 0)
                : new ClusterCheckpoint(directory().toString(), resume.epoch(), resume.level(), resume.traceNodeBase(),
                        resume.generated());
    }

    /** Whether a checkpoint is due now: asked for, or by the interval. */
    @Override
    public boolean due() {
        return requested.get() || intervalNanos > 0 && nanoClock.getAsLong() - lastNanos >= intervalNanos;
    }

    /** Asks for a checkpoint at the next level's end (the status page's {@code POST /checkpoint}); any thread. */
    public void request() {
        requested.set(true);
    }

    /**
     * The epoch the next checkpoint commits, its folder emptied of what a run that crashed before committing it may
     * have left (files of nodes this run does not have would otherwise be loaded on resume).
     */
    @Override
    public int beginEpoch() throws CheckpointException {
        int epoch = store.lastCommittedEpoch().orElse(0) + 1;
        Path dir = store.root().resolve(String.format("epoch-%08d", epoch));
        try {
            deleteTree(dir);
        } catch (IOException e) {
            throw new CheckpointException("cannot empty " + dir + " for a new checkpoint: " + e.getMessage(), e);
        }
        return epoch;
    }

    /**
     * Commits {@code epoch} once every node has acknowledged it: writes {@code run.bin} and the manifest that lists
     * it with every node's files and every trace-log range so far.
     */
    @Override
    public void commit(long runId, int epoch, int level, long generated, long distinct, int nodes,
                       int workersPerNode, List<CheckpointAck> acks) throws CheckpointException {
        List<CheckpointFile> files = new ArrayList<>();
        for (CheckpointAck ack : acks) {
            for (CheckpointFile f : ack.files()) {
                (f.path().startsWith("trace/") ? traceSegments : files).add(f);
            }
        }
        files.add(writeRun(epoch, level, generated, distinct, traceNodeBase() + nodes, nodes));
        files.addAll(traceSegments);
        store.commit(new CheckpointManifest(FORMAT, runId, epoch, specHash, configHash, seed, nodes, workersPerNode,
                files, false));
        lastNanos = nanoClock.getAsLong();
        requested.set(false);
        synchronized (this) {
            commits++;
            notifyAll();
        }
    }

    /** How many epochs this run has committed so far. */
    public synchronized int commits() {
        return commits;
    }

    /**
     * Waits until this run commits more than {@code seen} epochs, ends, or {@code timeoutNanos} pass; returns
     * whether it committed one.
     */
    public synchronized boolean awaitCommit(int seen, long timeoutNanos) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutNanos;
        while (commits <= seen && !over) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return commits > seen;
    }

    /** The run with these checkpoints is over: nobody waits for another commit. */
    public synchronized void runOver() {
        over = true;
        notifyAll();
    }

    /**
     * The trace records ending at {@code ref} in the logs of an earlier run, oldest first, read from the checkpoint
     * folder; {@link TracePath#continueAt()} says where the trace goes on.
     */
    @Override
    public TracePath readTrace(long ref) {
        int traceNode = TraceRef.nodeId(ref);
        TraceStore logs = new TraceStore(traceDirectory(directory(), traceNode), traceNode);
        try (TraceReader reader = logs.openReader()) {
            return reader.walkBack(ref);
        }
    }

    static List<TraceLink> links(TracePath path) {
        List<TraceLink> links = new ArrayList<>();
        for (TraceRecord step : path.steps()) {
            links.add(new TraceLink(step.ref(), step.fingerprint(), step.parentRef(), step.actionId()));
        }
        return links;
    }

    private static Path traceDirectory(Path root, int traceNode) {
        return root.resolve("trace").resolve(String.format("node-%04d", traceNode));
    }

    private CheckpointFile writeRun(int epoch, int level, long generated, long distinct, int traceNodesUsed,
                                    int nodes) throws CheckpointException {
        Path file = store.epochDirectory(epoch).resolve(RUN_FILE);
        try (ChecksummedFile raw = new ChecksummedFile(file); DataOutputStream out = new DataOutputStream(raw)) {
            out.writeInt(RUN_MAGIC);
            out.writeInt(FORMAT);
            out.writeInt(level);
            out.writeLong(generated);
            out.writeLong(distinct);
            out.writeInt(traceNodesUsed);
            out.writeInt(nodes);
            out.flush();
            return raw.finish(store.root(), 0);
        } catch (IOException e) {
            throw new CheckpointException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static Resume readRun(Path root, int epoch, List<String> skipped) throws CheckpointException {
        Path file = root.resolve(String.format("epoch-%08d", epoch)).resolve(RUN_FILE);
        try (InputStream raw = Files.newInputStream(file); DataInputStream in = new DataInputStream(raw)) {
            if (in.readInt() != RUN_MAGIC || in.readInt() != FORMAT) {
                throw new CheckpointException(file + " is not a tlaplex cluster run file of format " + FORMAT);
            }
            int level = in.readInt();
            long generated = in.readLong();
            long distinct = in.readLong();
            int traceNodesUsed = in.readInt();
            int nodes = in.readInt();
            if (level < 1 || generated < 0 || distinct < 0 || traceNodesUsed < nodes || nodes < 1) {
                throw new CheckpointException(file + " holds impossible values (level " + level + ", "
                        + traceNodesUsed + " trace nodes for " + nodes + " nodes)");
            }
            return new Resume(epoch, level, generated, distinct, traceNodesUsed, nodes, skipped);
        } catch (NoSuchFileException e) {
            throw new CheckpointException("the checkpoint in " + root + " was written by a single-JVM run (epoch "
                    + epoch + " has no " + RUN_FILE + "): resume it without -nodes", e);
        } catch (EOFException e) {
            throw new CheckpointException(file + " is truncated", e);
        } catch (IOException e) {
            throw new CheckpointException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Removes the trace logs of trace nodes from {@code base} on: left by a run that crashed before committing. */
    private static void removeTracesFrom(Path root, int base) throws CheckpointException {
        Path traces = root.resolve("trace");
        if (!Files.isDirectory(traces)) {
            return;
        }
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(traces, "node-[0-9][0-9][0-9][0-9]")) {
            for (Path dir : dirs) {
                if (Integer.parseInt(dir.getFileName().toString().substring(5)) >= base) {
                    deleteTree(dir);
                }
            }
        } catch (IOException e) {
            throw new CheckpointException("cannot remove the trace logs of an unfinished run in " + traces + ": "
                    + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
