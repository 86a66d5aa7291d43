package io.tlaplex.worker.cluster;

import io.tlaplex.protocol.CheckpointFile;
import io.tlaplex.protocol.CheckpointManifest;
import io.tlaplex.worker.checkpoint.CheckpointException;
import io.tlaplex.worker.checkpoint.CheckpointRegistry;
import io.tlaplex.worker.checkpoint.CheckpointStore;
import io.tlaplex.worker.checkpoint.ChecksummedFile;
import io.tlaplex.worker.checkpoint.FileDigest;
import io.tlaplex.worker.checkpoint.FingerprintSnapshot;
import io.tlaplex.worker.fpset.FingerprintSet;
import io.tlaplex.worker.trace.TraceLog;
import io.tlaplex.worker.transport.OwnerFunction;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * One node's part of a cluster checkpoint, taken at a level's end while its workers and receiver are idle and
 * every channel is drained: its fingerprint shard, the states it queued for the next level, and the ranges its
 * trace logs gained since the last epoch (synced, referenced rather than copied), each epoch also recorded in the
 * node's durable {@link CheckpointRegistry}. Also loads a resumed run's share: the fingerprints and queued states of
 * every node of the checkpoint that the new owner function gives this node, so a run may resume with any node count.
 */
final class NodeCheckpoints implements AutoCloseable {
    static final String FINGERPRINTS = "fingerprints.bin";
    static final String QUEUED = "queued.bin";
    private static final int QUEUED_MAGIC = 0x544C584E; // "TLXN"
    private static final int FORMAT = 1;
    private static final int MAX_STATE_BYTES = 64 << 20;

    private final Path root;
    private final int nodeId;
    private final int nodeCount;
    private final int workers;
    private final List<TraceLog> logs;
    /** The registry, opened on a thread of its own from the start: Chronicle Map takes seconds to load its classes. */
    private final CompletableFuture<CheckpointRegistry> opening;
    private CheckpointRegistry registry;
    private final long[] coveredEnds;

    NodeCheckpoints(Path root, int nodeId, int nodeCount, int workers, List<TraceLog> logs) {
        this.root = root;
        this.nodeId = nodeId;
        this.nodeCount = nodeCount;
        this.workers = workers;
        this.logs = logs;
        this.opening = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("tlaplex-registry-open").start(() -> {
            try {
                opening.complete(openRegistry(root, nodeId));
            } catch (CheckpointException | RuntimeException | LinkageError e) {
                opening.completeExceptionally(e);
            }
        });
        this.coveredEnds = new long[logs.size()];
    }

    /** The trace-log folder of trace node {@code traceNodeId} in checkpoint folder {@code root}. */
    static Path traceDirectory(Path root, int traceNodeId) {
        return root.resolve("trace").resolve(String.format("node-%04d", traceNodeId));
    }

    /** Node {@code nodeId}'s registry of the epochs it wrote in checkpoint folder {@code root}. */
    static Path registryFile(Path root, int nodeId) {
        return root.resolve("registry").resolve(String.format("node-%04d.cmap", nodeId));
    }

    static Path epochDirectory(Path root, int epoch) {
        return root.resolve(String.format("epoch-%08d", epoch));
    }

    /**
     * Writes epoch {@code epoch}: the shard, the states queued for the next level, and the synced new ranges of the
     * trace logs. Only while no worker runs and nothing arrives.
     */
    List<CheckpointFile> write(int epoch, FingerprintSet seen, NodeFrontier frontier) throws CheckpointException {
        Path dir = epochDirectory(root, epoch).resolve(String.format("node-%04d", nodeId));
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new CheckpointException("cannot create " + dir + ": " + e.getMessage(), e);
        }
        List<CheckpointFile> files = new ArrayList<>();
        files.add(FingerprintSnapshot.write(seen, dir.resolve(FINGERPRINTS), root, nodeId).file());
        files.add(writeQueued(dir.resolve(QUEUED), frontier));
        try {
            for (int i = 0; i < logs.size(); i++) {
                TraceLog log = logs.get(i);
                log.force();
                long end = log.endOffset();
                if (end > coveredEnds[i]) {
                    files.add(FileDigest.describeRange(root, log.file(), nodeId, coveredEnds[i], end));
                    coveredEnds[i] = end;
                }
            }
        } catch (UncheckedIOException e) {
            throw new CheckpointException(e.getMessage(), e);
        }
        record(epoch, files);
        return files;
    }

    /**
     * Records {@code epoch}'s files in the registry, and forgets the epochs the checkpoint folder no longer keeps
     * (and any later one a run that crashed before committing had recorded).
     */
    private void record(int epoch, List<CheckpointFile> files) throws CheckpointException {
        if (registry == null) {
            registry = awaitRegistry();
        }
        for (int old : registry.epochs()) {
            if (old <= epoch - CheckpointStore.KEEP || old >= epoch) {
                registry.forget(old);
            }
        }
        registry.record(new CheckpointManifest(FORMAT, 0, epoch, "", "", 0, nodeCount, workers, files, false));
    }

    private CheckpointRegistry awaitRegistry() throws CheckpointException {
        try {
            return opening.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof CheckpointException c) {
                throw c;
            }
            throw new CheckpointException("cannot open checkpoint registry " + registryFile(root, nodeId) + ": "
                    + e.getCause(), e.getCause());
        }
    }

    private static CheckpointRegistry openRegistry(Path root, int nodeId) throws CheckpointException {
        Path file = registryFile(root, nodeId);
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new CheckpointException("cannot create " + file.getParent() + ": " + e.getMessage(), e);
        }
        return CheckpointRegistry.open(file);
    }

    @Override
    public void close() {
        // Now if it is open, else once the opening thread is done; never if it failed to open.
        opening.thenAccept(CheckpointRegistry::close);
        registry = null;
    }

    /** Writes the states queued for the next level (still encoded): count, then fingerprint, trace ref, bytes. */
    private CheckpointFile writeQueued(Path file, NodeFrontier frontier) throws CheckpointException {
        try (ChecksummedFile raw = new ChecksummedFile(file);
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
            out.writeInt(QUEUED_MAGIC);
            out.writeInt(FORMAT);
            long count = frontier.nextCount();
            out.writeLong(count);
            long[] written = new long[1];
            IOException[] failed = new IOException[1];
            frontier.forEachNext(batch -> {
                for (int i = 0; i < batch.size() && failed[0] == null; i++) {
                    try {
                        out.writeLong(batch.fingerprint(i));
                        out.writeLong(batch.traceRef(i));
                        out.writeInt(batch.payloadLength(i));
                        out.write(batch.array(), batch.payloadOffset(i), batch.payloadLength(i));
                        written[0]++;
                    } catch (IOException e) {
                        failed[0] = e;
                    }
                }
            });
            if (failed[0] != null) {
                throw failed[0];
            }
            if (written[0] != count) {
                throw new IOException("the queue listed " + written[0] + " states but holds " + count);
            }
            out.flush();
            return raw.finish(root, nodeId);
        } catch (IOException | UncheckedIOException e) {
            throw new CheckpointException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Loads this node's share of epoch {@code epoch} in {@code root}: from every node's files there, the
     * fingerprints into {@code seen} and the queued states into {@code queued}, keeping those {@code owners} gives
     * to {@code nodeId}. Returns how many fingerprints it kept.
     */
    static long load(Path root, int epoch, int nodeId, OwnerFunction owners, FingerprintSet seen,
                     NodeFrontier queued) throws CheckpointException {
        Path epochDir = epochDirectory(root, epoch);
        List<Path> nodeDirs = new ArrayList<>();
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(epochDir, "node-[0-9][0-9][0-9][0-9]")) {
            dirs.forEach(nodeDirs::add);
        } catch (IOException e) {
            throw new CheckpointException("cannot list the nodes' files of " + epochDir + ": " + e.getMessage(), e);
        }
        if (nodeDirs.isEmpty()) {
            throw new CheckpointException(epochDir + " holds no node's files: it is not a cluster checkpoint");
        }
        nodeDirs.sort(null);
        long kept = 0;
        for (Path dir : nodeDirs) {
            kept += FingerprintSnapshot.read(dir.resolve(FINGERPRINTS), seen, fp -> owners.owner(fp) == nodeId);
            readQueued(dir.resolve(QUEUED), nodeId, owners, queued);
        }
        return kept;
    }

    private static void readQueued(Path file, int nodeId, OwnerFunction owners, NodeFrontier queued)
            throws CheckpointException {
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            if (in.readInt() != QUEUED_MAGIC || in.readInt() != FORMAT) {
                throw new CheckpointException(file + " is not a tlaplex queued-states file of format " + FORMAT);
            }
            long count = in.readLong();
            Outbox outbox = queued.outbox();
            byte[] bytes = new byte[256];
            for (long i = 0; i < count; i++) {
                long fp = in.readLong();
                long traceRef = in.readLong();
                int length = in.readInt();
                if (length < 0 || length > MAX_STATE_BYTES) {
                    throw new CheckpointException(file + " has a state of " + length + " bytes at entry " + i);
                }
                if (bytes.length < length) {
                    bytes = new byte[Math.max(length, bytes.length * 2)];
                }
                in.readFully(bytes, 0, length);
                if (owners.owner(fp) == nodeId) {
                    outbox.add(fp, traceRef, bytes, 0, length);
                }
            }
            outbox.flush();
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
