package io.tlaplex.worker.cluster;

import io.tlaplex.protocol.BatchEntryHandler;
import io.tlaplex.protocol.CheckpointFile;
import io.tlaplex.protocol.LevelStatus;
import io.tlaplex.protocol.PeerCounters;
import io.tlaplex.protocol.TraceAnswer;
import io.tlaplex.protocol.TraceLink;
import io.tlaplex.worker.checkpoint.CheckpointException;
import io.tlaplex.worker.explore.EncodableStateModel;
import io.tlaplex.worker.fpset.FingerprintSet;
import io.tlaplex.worker.trace.TraceLog;
import io.tlaplex.worker.trace.TracePath;
import io.tlaplex.worker.trace.TraceReader;
import io.tlaplex.worker.trace.TraceRecord;
import io.tlaplex.worker.trace.TraceStore;
import io.tlaplex.worker.transport.DataPlane;
import io.tlaplex.worker.transport.OwnerFunction;
import io.tlaplex.worker.transport.TransportCounters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.agrona.concurrent.AgentRunner;
import org.agrona.concurrent.BackoffIdleStrategy;
import org.agrona.concurrent.BusySpinIdleStrategy;
import org.agrona.concurrent.IdleStrategy;

/**
 * One node of a distributed level-synchronous search: it owns the fingerprints the owner function maps to it and
 * keeps their shard, its levels and its trace store. Its workers expand the states it owns; successors owned
 * elsewhere travel in batches over the data plane to their owner, whose receiver deduplicates them and queues the
 * new ones for the next level. The coordinator opens each level and ends it once two consistent waves of
 * {@link #status} find every node idle and every channel balanced (docs/specs/ClusterTermination.tla), so the
 * counts, depth and shortest traces equal the single-JVM search's for any node and worker count. Its methods are
 * called by one control thread; workers and the data-plane thread are its own.
 */
public final class ClusterNode<S> implements AutoCloseable {
    private static final int TRACE_BUFFER_BYTES = 64 << 10;
    /** Queued states may hold an eighth of the heap (as in a single-JVM check) before they spill to disk. */
    private static final int QUEUE_HEAP_SHARE = 8;
    private static final long HANDOVER_WAIT_NS = 50_000_000L;
    private static final long HANDOVER_PARK_NS = 20_000L;

    private final ClusterNodeConfig config;
    private final NodeContext ctx;
    private final LevelGate gate;
    private final Path dir;
    private final TraceStore traceStore;
    private final List<TraceLog> logs = new ArrayList<>();
    private final List<ClusterWorker<S>> workers = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final ReceivedStates<S> received;
    private final AtomicLongArray sentStates;
    private final DataPlane plane;
    private final DutyCycle duty;
    private final AgentRunner runner;
    /** Writes this node's part of each checkpoint, or null for a run without them. */
    private final NodeCheckpoints checkpoints;
    /** What a resumed run found before: states generated (node 0's count) and fingerprints loaded. */
    private final long baseGenerated;
    private final long baseDistinct;
    /** The level the workers have finished when they start: -1, or the resumed level's predecessor. */
    private final int startDone;
    private int prepared;
    private boolean halted;

    private ClusterNode(ClusterNodeConfig config, IntFunction<? extends EncodableStateModel<S>> models,
                        FingerprintSet seen, OwnerFunction owners, NodeHooks hooks,
                        Function<BatchEntryHandler, DataPlane> connect) {
        this.config = config;
        EncodableStateModel<S> receiverModel = models.apply(config.workers());
        this.dir = createDir(config.workDir());
        NodeFrontier frontier = new NodeFrontier(dir.resolve("queues"), Runtime.getRuntime().maxMemory()
                / QUEUE_HEAP_SHARE, receiverModel);
        this.ctx = new NodeContext(config.nodeId(), owners, seen, frontier,
                new NodeFailures(receiverModel.checkDeadlock()), hooks.errors(), hooks.listener());
        this.gate = new LevelGate(config.workers());
        NodeCheckpointPlan plan = config.checkpoints();
        this.traceStore = plan == null ? new TraceStore(dir.resolve("trace"), config.nodeId())
                : new TraceStore(NodeCheckpoints.traceDirectory(plan.directory(), plan.traceNodeId()),
                        plan.traceNodeId());
        this.sentStates = new AtomicLongArray(config.nodeCount());
        this.received = new ReceivedStates<>(receiverModel, openLog(config.workers()), ctx);
        if (plan != null && plan.resumes()) {
            this.baseDistinct = resume(plan, owners);
            this.baseGenerated = plan.resumedGenerated();
            this.prepared = plan.resumeLevel() - 1;
            gate.resumeAfter(prepared);
            this.startDone = prepared;
        } else {
            this.baseDistinct = 0;
            this.baseGenerated = 0;
            this.startDone = -1;
        }
        this.plane = connect.apply(received);
        this.duty = new DutyCycle(plane.agent(), ctx::machineryFailed);
        for (int i = 0; i < config.workers(); i++) {
            workers.add(new ClusterWorker<>(models.apply(i), openLog(i), ctx, plane.proxy(), duty, sentStates,
                    config.sentCacheSlots()));
        }
        IdleStrategy idle = config.busySpin() ? new BusySpinIdleStrategy()
                : new BackoffIdleStrategy(100, 10, 1_000, 1_000_000);
        this.runner = new AgentRunner(idle, ctx::machineryFailed, null, duty);
        this.checkpoints = plan == null ? null
                : new NodeCheckpoints(plan.directory(), config.nodeId(), config.nodeCount(), config.workers(), logs);
        AgentRunner.startOnThread(runner);
        for (int i = 0; i < config.workers(); i++) {
            int id = i;
            threads.add(Thread.ofPlatform().name("tlaplex-node" + config.nodeId() + "-worker-" + i)
                    .start(() -> work(id)));
        }
    }

    private long resume(NodeCheckpointPlan plan, OwnerFunction owners) {
        try {
            return NodeCheckpoints.load(plan.directory(), plan.resumeEpoch(), config.nodeId(), owners, ctx.seen(),
                    ctx.frontier());
        } catch (CheckpointException e) {
            throw new IllegalStateException("cannot resume checkpoint epoch " + plan.resumeEpoch() + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Starts a node: opens its trace store (in the checkpoint folder when the config has one, after loading the
     * node's share of the resumed epoch), connects its data plane with {@code connect} (given the handler of
     * arriving states) and starts its workers, which wait for {@link #startLevel}.
     *
     * @param models called for ids {@code 0..workers} on the calling thread: one model per worker and one for the
     *     receiver
     * @param seen   the node's empty fingerprint shard; the caller closes it after this node
     */
    public static <S> ClusterNode<S> start(ClusterNodeConfig config, IntFunction<? extends EncodableStateModel<S>> models,
                                           FingerprintSet seen, OwnerFunction owners, NodeHooks hooks,
                                           Function<BatchEntryHandler, DataPlane> connect) {
        return new ClusterNode<>(config, models, seen, owners, hooks, connect);
    }

    /**
     * Makes the states queued for {@code level >= 1} current. Call once level {@code level - 1} has ended on every
     * node, and on every node before any node starts {@code level}: a state a peer sends while expanding
     * {@code level} belongs to {@code level + 1}, so it must find this node's queues already swapped.
     */
    public void prepareLevel(int level) {
        if (level < 1 || level != prepared + 1 || gate.level() != level - 1) {
            throw new IllegalStateException("node " + config.nodeId() + " cannot prepare level " + level
                    + " after preparing " + prepared + " and opening " + gate.level());
        }
        ctx.failures().startLevel(level);
        ctx.frontier().advance();
        prepared = level;
    }

    /**
     * Opens {@code level}: level 0 evaluates the initial predicate (on node 0), every later level expands the states
     * {@link #prepareLevel} made current.
     */
    public void startLevel(int level) {
        if (level != prepared) {
            throw new IllegalStateException("node " + config.nodeId() + " cannot start level " + level
                    + " before preparing it (prepared " + prepared + ")");
        }
        gate.open(level);
    }

    /**
     * Writes this node's part of checkpoint {@code epoch}, taken after the level before {@code level} ended on every
     * node with every channel drained (so no worker runs and nothing arrives), and returns its files.
     *
     * @throws CheckpointException when a file cannot be written
     */
    public List<CheckpointFile> checkpoint(int epoch, int level) throws CheckpointException {
        if (checkpoints == null) {
            throw new IllegalStateException("node " + config.nodeId() + " runs without checkpoints");
        }
        if (level != prepared + 1 || gate.level() != prepared || !gate.idle()) {
            throw new IllegalStateException("node " + config.nodeId() + " cannot checkpoint before level " + level
                    + " after preparing " + prepared + " and opening " + gate.level());
        }
        // The receiver's log: the channels are balanced, so the receiver has handled its last entry of the level,
        // and its counters, read by the wave that ended the level, order those writes before this flush.
        received.flush();
        return checkpoints.write(epoch, ctx.seen(), ctx.frontier());
    }

    /** Finish the level looking only for stuck states: a violation one step longer is known elsewhere. */
    public void drain() {
        ctx.failures().drain();
    }

    /** This node's part of a termination wave (or of a progress report). */
    public LevelStatus status(long runId, long wave) {
        // Idle first: once the workers are idle this level sends nothing more, so the sent counts read after it
        // are final; read before it, they could miss states sent just before the workers went idle.
        boolean idle = gate.idle();
        TransportCounters counters = plane.counters();
        List<PeerCounters> channels = new ArrayList<>();
        for (int peer = 0; peer < config.nodeCount(); peer++) {
            if (peer != config.nodeId()) {
                long cut = 0;
                for (ClusterWorker<S> worker : workers) {
                    cut += worker.cut(peer);
                }
                channels.add(new PeerCounters(peer, counters.sentBatches(peer), sentStates.get(peer),
                        counters.receivedBatches(peer), counters.receivedStates(peer), counters.sentBytes(peer),
                        cut));
            }
        }
        long generated = baseGenerated;
        long distinct = baseDistinct + received.distinct();
        for (ClusterWorker<S> worker : workers) {
            generated += worker.generated();
            distinct += worker.distinct();
        }
        FingerprintSet shard = ctx.seen();
        double fill = shard.memoryBytes() == 0 ? 0 : (double) shard.size() * Long.BYTES / shard.memoryBytes();
        return new LevelStatus(runId, config.nodeId(), gate.level(), wave, idle, halted, generated, distinct,
                ctx.frontier().queued(), channels, ctx.failures().best(), Math.min(1, fill));
    }

    /** The failure of this node's machinery, or null. */
    public Throwable machineryFailure() {
        return ctx.failures().machinery();
    }

    /**
     * Stops exploring for good: waits for the workers to leave their states, stops the data plane and flushes every
     * trace log, then reports. After this the node only answers {@link #trace}.
     */
    public LevelStatus halt(long runId) {
        if (!halted) {
            ctx.failures().stop();
            try {
                gate.awaitIdle();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            duty.stop();
            runner.close();
            received.flush();
            halted = true;
        }
        return status(runId, 0);
    }

    /** The trace records on this node ending at {@code ref}, oldest first; only after {@link #halt}. */
    public TraceAnswer trace(long runId, long ref) {
        TracePath path;
        try (TraceReader reader = traceStore.openReader()) {
            path = reader.walkBack(ref);
        }
        List<TraceLink> links = new ArrayList<>();
        for (TraceRecord step : path.steps()) {
            links.add(new TraceLink(step.ref(), step.fingerprint(), step.parentRef(), step.actionId()));
        }
        return new TraceAnswer(runId, config.nodeId(), links, path.continueAt());
    }

    /** Stops the workers and the data plane and deletes the node's files; the transport is the caller's. */
    @Override
    public void close() {
        ctx.failures().stop();
        gate.close();
        for (Thread thread : threads) {
            boolean interrupted = false;
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        duty.stop();
        runner.close();
        if (checkpoints != null) {
            checkpoints.close();
        }
        ctx.frontier().close();
        for (TraceLog log : logs) {
            try {
                log.close();
            } catch (RuntimeException e) {
                // The run is over; a log that cannot be closed is deleted below all the same.
            }
        }
        deleteDir(dir);
    }

    private void work(int id) {
        ClusterWorker<S> worker = workers.get(id);
        if (config.placement() != null) {
            try {
                config.placement().placeCurrentThread();
            } catch (RuntimeException | LinkageError e) {
                // Pinning only helps; the worker runs unpinned.
            }
        }
        int done = startDone;
        try {
            int level;
            while ((level = gate.await(done)) >= 0) {
                try {
                    if (level > 0) {
                        worker.expandLevel(level);
                    } else if (id == 0 && config.nodeId() == 0) {
                        worker.generateInitialStates();
                    }
                } catch (Throwable t) {
                    ctx.machineryFailed(t);
                }
                done = level;
                if (gate.finished()) {
                    awaitHandedOver();
                    ctx.listener().onIdle(level);
                }
            }
        } catch (InterruptedException e) {
            ctx.machineryFailed(e);
        }
    }

    /**
     * Waits a little until the sender has handed to Aeron every state the workers offered, so that the idle report
     * usually finds the channels balanced and the coordinator ends the level after one more wave. Only a
     * shortcut: the waves are what make the level's end safe, so the wait gives up after a while.
     */
    private void awaitHandedOver() {
        TransportCounters counters = plane.counters();
        long deadlineNs = System.nanoTime() + HANDOVER_WAIT_NS;
        for (int peer = 0; peer < config.nodeCount(); peer++) {
            while (peer != config.nodeId() && counters.sentStates(peer) < sentStates.get(peer)
                    && !ctx.failures().stopRequested() && System.nanoTime() < deadlineNs) {
                if (duty.tryRun() <= 0) {
                    LockSupport.parkNanos(HANDOVER_PARK_NS);
                }
            }
        }
    }

    private TraceLog openLog(int id) {
        TraceLog log = traceStore.openLog(id, TRACE_BUFFER_BYTES);
        logs.add(log);
        return log;
    }

    private static Path createDir(Path workDir) {
        try {
            Files.createDirectories(workDir);
            return Files.createTempDirectory(workDir, "node-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the node's folder in " + workDir, e);
        }
    }

    private static void deleteDir(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // Left behind in the run's temporary folder, which the launcher removes.
        }
    }
}
