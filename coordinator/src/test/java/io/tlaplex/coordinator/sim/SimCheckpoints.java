package io.tlaplex.coordinator.sim;

import io.tlaplex.coordinator.cluster.ClusterCheckpoints;
import io.tlaplex.coordinator.cluster.CoordinatorCheckpoints;
import io.tlaplex.protocol.CheckpointAck;
import io.tlaplex.protocol.CheckpointFile;
import io.tlaplex.protocol.ClusterCheckpoint;
import io.tlaplex.worker.checkpoint.CheckpointException;
import io.tlaplex.worker.trace.TracePath;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The coordinator's checkpoints on a {@link SimDisk}, with the rules of {@link ClusterCheckpoints} and its
 * CheckpointStore: an epoch commits only after the last committed one and once its files are there, the last
 * {@link #KEEP} epochs are kept, a resumed run goes on from the newest epoch whose files all verify, and the trace
 * logs of attempts that did not commit are removed. Owned by the simulation's thread.
 */
final class SimCheckpoints implements CoordinatorCheckpoints {
    static final int KEEP = 2;
    static final Path DIRECTORY = Path.of("sim-checkpoints");

    private final SimDisk disk;
    private final long intervalNanos;
    private final LongSupplier nanoClock;
    private final ClusterCheckpoints.Resume resume;
    private final List<CheckpointFile> traceSegments = new ArrayList<>();
    private final Consumer<SimDisk.Manifest> committed;
    private long lastNanos;

    private SimCheckpoints(SimDisk disk, long intervalNanos, LongSupplier nanoClock, ClusterCheckpoints.Resume resume,
                           List<CheckpointFile> inherited, Consumer<SimDisk.Manifest> committed) {
        this.disk = disk;
        this.intervalNanos = intervalNanos;
        this.nanoClock = nanoClock;
        this.resume = resume;
        this.traceSegments.addAll(inherited);
        this.committed = committed;
        this.lastNanos = nanoClock.getAsLong();
    }

    /** Checkpoints for a fresh run; {@code committed} sees each manifest as it is committed. */
    static SimCheckpoints fresh(SimDisk disk, long intervalNanos, LongSupplier nanoClock,
                                Consumer<SimDisk.Manifest> committed) throws CheckpointException {
        if (!disk.manifests().isEmpty()) {
            throw new CheckpointException(DIRECTORY + " already holds checkpoints");
        }
        disk.removeLogsFrom(0);
        return new SimCheckpoints(disk, intervalNanos, nanoClock, null, List.of(), committed);
    }

    /** As {@link ClusterCheckpoints#resume}: from the newest epoch whose files all verify. */
    static SimCheckpoints resume(SimDisk disk, long intervalNanos, LongSupplier nanoClock,
                                 Consumer<SimDisk.Manifest> committed) throws CheckpointException {
        List<String> skipped = new ArrayList<>();
        for (Map.Entry<Integer, SimDisk.Manifest> entry : disk.manifests().descendingMap().entrySet()) {
            SimDisk.Manifest m = entry.getValue();
            String problem = problem(disk, m);
            if (problem != null) {
                skipped.add("epoch " + m.epoch() + ": " + problem);
                continue;
            }
            ClusterCheckpoints.Resume resume = new ClusterCheckpoints.Resume(m.epoch(), m.level(), m.generated(),
                    m.distinct(), m.traceNodesUsed(), m.nodes(), List.copyOf(skipped));
            disk.removeLogsFrom(m.traceNodesUsed());
            List<CheckpointFile> inherited = m.files().stream().filter(f -> f.path().startsWith("trace/")).toList();
            return new SimCheckpoints(disk, intervalNanos, nanoClock, resume, inherited, committed);
        }
        throw new CheckpointException("no usable checkpoint in " + DIRECTORY + ": " + String.join("; ", skipped));
    }

    private static String problem(SimDisk disk, SimDisk.Manifest m) {
        for (CheckpointFile file : m.files()) {
            if (!disk.verifies(file)) {
                return file.path() + " does not verify";
            }
        }
        return null;
    }

    /** As {@code ClusterCheckpoints.restart}: from the last usable epoch, or from the start when none was committed. */
    SimCheckpoints restart(LongSupplier clock) throws CheckpointException {
        return disk.manifests().isEmpty() ? fresh(disk, intervalNanos, clock, committed)
                : resume(disk, intervalNanos, clock, committed);
    }

    @Override
    public Path directory() {
        return DIRECTORY;
    }

    @Override
    public ClusterCheckpoints.Resume resumed() {
        return resume;
    }

    @Override
    public int traceNodeBase() {
        return resume == null ? 0 : resume.traceNodeBase();
    }

    @Override
    public ClusterCheckpoint assignment() {
        return resume == null ? new ClusterCheckpoint(DIRECTORY.toString(), 0, 0, 0, 0)
                : new ClusterCheckpoint(DIRECTORY.toString(), resume.epoch(), resume.level(), resume.traceNodeBase(),
                        resume.generated());
    }

    @Override
    public boolean due() {
        return intervalNanos > 0 && nanoClock.getAsLong() - lastNanos >= intervalNanos;
    }

    @Override
    public int beginEpoch() {
        int epoch = disk.manifests().isEmpty() ? 1 : disk.manifests().lastKey() + 1;
        disk.deleteUnder(SimDisk.epochPrefix(epoch));
        return epoch;
    }

    @Override
    public void commit(long runId, int epoch, int level, long generated, long distinct, int nodes, int workersPerNode,
                       List<CheckpointAck> acks) throws CheckpointException {
        if (!disk.manifests().isEmpty() && epoch <= disk.manifests().lastKey()) {
            throw new CheckpointException("epoch " + epoch + " is not after the last committed epoch "
                    + disk.manifests().lastKey());
        }
        List<CheckpointFile> files = new ArrayList<>();
        for (CheckpointAck ack : acks) {
            for (CheckpointFile f : ack.files()) {
                (f.path().startsWith("trace/") ? traceSegments : files).add(f);
            }
        }
        files.add(disk.write(0, SimDisk.epochPrefix(epoch) + "run",
                new long[] {level, generated, distinct, traceNodeBase() + nodes, nodes}));
        files.addAll(traceSegments);
        for (CheckpointFile f : files) {
            if (!disk.present(f)) {
                throw new CheckpointException("cannot commit epoch " + epoch + ": " + f.path() + " is missing");
            }
        }
        SimDisk.Manifest manifest = new SimDisk.Manifest(epoch, level, generated, distinct, traceNodeBase() + nodes,
                nodes, files);
        disk.commit(manifest);
        while (disk.manifests().size() > KEEP) {
            disk.removeManifest(disk.manifests().firstKey());
        }
        lastNanos = nanoClock.getAsLong();
        committed.accept(manifest);
    }

    @Override
    public TracePath readTrace(long ref) {
        return disk.walkBack(ref);
    }
}
