package io.tlaplex.coordinator.cluster;

import io.tlaplex.protocol.Assign;
import io.tlaplex.protocol.CheckpointAck;
import io.tlaplex.protocol.CheckpointSnapshot;
import io.tlaplex.protocol.AssignedNode;
import io.tlaplex.protocol.ControlMessage;
import io.tlaplex.protocol.Done;
import io.tlaplex.protocol.Drain;
import io.tlaplex.protocol.FailureFound;
import io.tlaplex.protocol.FailureReport;
import io.tlaplex.protocol.Halt;
import io.tlaplex.protocol.Join;
import io.tlaplex.protocol.LevelPrepare;
import io.tlaplex.protocol.LevelReady;
import io.tlaplex.protocol.LevelStart;
import io.tlaplex.protocol.LevelStatus;
import io.tlaplex.protocol.Refuse;
import io.tlaplex.protocol.RefuseReason;
import io.tlaplex.protocol.RunOutcome;
import io.tlaplex.protocol.RunResult;
import io.tlaplex.protocol.Start;
import io.tlaplex.protocol.TraceAnswer;
import io.tlaplex.protocol.TraceLink;
import io.tlaplex.protocol.TraceQuery;
import io.tlaplex.protocol.WaveRequest;
import io.tlaplex.protocol.WorkerFailed;
import io.tlaplex.worker.checkpoint.CheckpointException;
import io.tlaplex.worker.trace.TracePath;
import io.tlaplex.worker.trace.TraceRef;
import io.tlaplex.worker.transport.OwnerFunction;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorRefResolver;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.TimerScheduler;
import org.apache.pekko.actor.typed.receptionist.Receptionist;
import org.apache.pekko.actor.typed.receptionist.ServiceKey;

/**
 * The coordinator of one cluster run (a cluster singleton; see {@link CoordinatorSingleton}). Steps:
 * {@code awaitingNodes} (Join, checked against the secret and the hashes, else Refuse) → Assign and Start →
 * {@code exploring} (per level: nodes report idle, then termination waves until two consistent ones, see
 * {@link WaveDetector}; a failure drains or halts the level) → {@code preparing} (every node swaps its queues and
 * answers LevelReady before any node starts the next level, so no state of level {@code L + 2} can reach a node
 * still holding level {@code L + 1}'s queue) → {@code exploring} ... → {@code halting} (every node stops and
 * flushes) → {@code tracing} (the shortest failure's trace, asked of each owner in turn) → Done. With checkpoints,
 * a level's end that finds one due goes through {@code checkpointing} before {@code preparing}: every node writes
 * its part, then the epoch is committed. A resumed run starts with {@code preparing} the level it resumes.
 */
public final class Coordinator {
    /** Where nodes register; the coordinator watches the listing to notice a node that left. */
    public static final ServiceKey<ControlMessage> NODE_KEY = ServiceKey.create(ControlMessage.class, "tlaplex-node");

    /** What the coordinator handles. */
    public sealed interface Command permits Inbound, WaveTick, ProgressTick, JoinTimeout, NodesListed {
    }

    /** A control message from a node. */
    public record Inbound(ControlMessage message) implements Command {
    }

    private enum WaveTick implements Command { INSTANCE }

    private enum ProgressTick implements Command { INSTANCE }

    private enum JoinTimeout implements Command { INSTANCE }

    private record NodesListed(Receptionist.Listing listing) implements Command {
    }

    /**
     * The run's parameters.
     *
     * @param nodes            nodes to wait for
     * @param hashes           the coordinator's spec and config hashes
     * @param secret           the run's shared secret
     * @param checkDeadlock    whether deadlocks are checked (decides whether a longer violation drains the level)
     * @param seed             seed of the owner function
     * @param waveRetry        pause before another wave when one was not conclusive
     * @param progressInterval how often the nodes are asked for progress
     * @param joinTimeout      how long to wait for every node
     * @param checkpoints      the run's checkpoints (taken at level ends) and what it resumes, or null for none
     */
    public record Settings(int nodes, RunHashes hashes, ClusterSecret secret, boolean checkDeadlock, long seed,
                           Duration waveRetry, Duration progressInterval, Duration joinTimeout,
                           ClusterCheckpoints checkpoints) {

        /** Settings for a run without checkpoints. */
        public Settings(int nodes, RunHashes hashes, ClusterSecret secret, boolean checkDeadlock, long seed,
                        Duration waveRetry, Duration progressInterval, Duration joinTimeout) {
            this(nodes, hashes, secret, checkDeadlock, seed, waveRetry, progressInterval, joinTimeout, null);
        }
    }

    private static final int QUICK_WAVES = 4;

    private final ActorContext<Command> ctx;
    private final TimerScheduler<Command> timers;
    private final Settings settings;
    private final RunObserver observer;
    private final ActorRefResolver resolver;
    private final Map<Integer, Join> joins = new TreeMap<>();
    private final Map<Integer, ActorRef<ControlMessage>> refs = new TreeMap<>();
    private final Set<ActorRef<ControlMessage>> listed = new HashSet<>();
    private final Map<Integer, LevelStatus> latest = new TreeMap<>();
    private final Map<Integer, LevelStatus> replies = new TreeMap<>();
    private final Set<Integer> idle = new HashSet<>();
    private final Map<Integer, LevelStatus> idleReports = new TreeMap<>();
    private final Set<Integer> ready = new HashSet<>();
    private final WaveDetector detector;
    private final List<TraceLink> trace = new ArrayList<>();
    private final Map<Integer, CheckpointAck> acks = new TreeMap<>();
    private long runId;
    private int level;
    private long wave;
    private boolean waveInFlight;
    private int quickWaves;
    private boolean drainSent;
    private FailureReport best;
    private int bestNode;
    private int epoch;
    private long epochGenerated;
    private long epochDistinct;
    private long epochQueued;
    private long epochStartNanos;

    private Coordinator(ActorContext<Command> ctx, TimerScheduler<Command> timers, Settings settings,
                        RunObserver observer) {
        this.ctx = ctx;
        this.timers = timers;
        this.settings = settings;
        this.observer = observer;
        this.resolver = ActorRefResolver.get(ctx.getSystem());
        this.detector = new WaveDetector(settings.nodes());
    }

    public static Behavior<Command> create(Settings settings, RunObserver observer) {
        return Behaviors.setup(ctx -> Behaviors.withTimers(timers -> {
            ActorRef<Receptionist.Listing> listings = ctx.messageAdapter(Receptionist.Listing.class, NodesListed::new);
            ctx.getSystem().receptionist().tell(Receptionist.subscribe(NODE_KEY, listings));
            timers.startSingleTimer(JoinTimeout.INSTANCE, settings.joinTimeout());
            return new Coordinator(ctx, timers, settings, observer).awaitingNodes();
        }));
    }

    private Behavior<Command> awaitingNodes() {
        return Behaviors.receive(Command.class)
                .onMessage(Inbound.class, this::onInboundWhileJoining)
                .onMessageEquals(JoinTimeout.INSTANCE, this::onJoinTimeout)
                .onMessage(NodesListed.class, this::onListing)
                .build();
    }

    private Behavior<Command> onInboundWhileJoining(Inbound inbound) {
        if (!(inbound.message() instanceof Join join) || join.replyTo().isEmpty()) {
            return Behaviors.same();
        }
        ActorRef<ControlMessage> ref = resolver.resolveActorRef(join.replyTo());
        Refuse refusal = check(join, ref);
        if (refusal != null) {
            ref.tell(refusal);
            observer.refused(refusal);
            return Behaviors.same();
        }
        joins.put(join.nodeId(), join);
        refs.put(join.nodeId(), ref);
        return joins.size() == settings.nodes() ? startRun() : Behaviors.same();
    }

    private Refuse check(Join join, ActorRef<ControlMessage> ref) {
        int id = join.nodeId();
        RunHashes mine = settings.hashes();
        if (!settings.secret().accepts(join.secretProof(), id, join.specHash(), join.configHash())) {
            return new Refuse(id, RefuseReason.BAD_SECRET, "node " + id + " does not know the run's secret");
        }
        if (!join.specHash().equals(mine.spec())) {
            return new Refuse(id, RefuseReason.SPEC_HASH_MISMATCH, "node " + id + " loaded a different spec than the "
                    + "coordinator (" + join.specHash() + " instead of " + mine.spec() + ")");
        }
        if (!join.configHash().equals(mine.config())) {
            return new Refuse(id, RefuseReason.CONFIG_HASH_MISMATCH, "node " + id + " loaded a different config or "
                    + "options than the coordinator (" + join.configHash() + " instead of " + mine.config() + ")");
        }
        if (id >= settings.nodes()) {
            return new Refuse(id, RefuseReason.OTHER, "node id " + id + " is outside 0.." + (settings.nodes() - 1)
                    + " for a run of " + settings.nodes() + " nodes");
        }
        ActorRef<ControlMessage> known = refs.get(id);
        if (known != null && !known.equals(ref)) {
            return new Refuse(id, RefuseReason.DUPLICATE_NODE_ID, "node id " + id + " has already joined");
        }
        return null;
    }

    private Behavior<Command> onJoinTimeout() {
        return abort("only " + joins.size() + " of " + settings.nodes() + " nodes joined within "
                + settings.joinTimeout().toSeconds() + " s");
    }

    private Behavior<Command> startRun() {
        timers.cancel(JoinTimeout.INSTANCE);
        runId = new SecureRandom().nextLong();
        List<AssignedNode> nodes = new ArrayList<>();
        for (Join join : joins.values()) {
            nodes.add(new AssignedNode(join.nodeId(), join.host(), join.cores(), join.numaNode(), join.dataChannel()));
        }
        ClusterCheckpoints checkpoints = settings.checkpoints();
        Assign assign = new Assign(runId, 0, settings.hashes().spec(), settings.hashes().config(), settings.seed(),
                nodes, OwnerFunction.uniform(settings.nodes(), 1, settings.seed()).toOwnerMap(),
                checkpoints == null ? null : checkpoints.assignment());
        broadcast(assign);
        observer.assigned(nodes);
        timers.startTimerWithFixedDelay(ProgressTick.INSTANCE, settings.progressInterval());
        if (checkpoints != null && checkpoints.resumed() != null) {
            // The nodes load their share of the epoch on Assign, queued for this level; it starts as any other.
            level = checkpoints.resumed().level();
            broadcast(new LevelPrepare(runId, level));
            return preparing();
        }
        broadcast(new Start(runId, 0));
        level = 0;
        return exploring();
    }

    private Behavior<Command> exploring() {
        return Behaviors.receive(Command.class)
                .onMessage(Inbound.class, this::onInboundWhileExploring)
                .onMessageEquals(WaveTick.INSTANCE, this::sendWave)
                .onMessageEquals(ProgressTick.INSTANCE, this::onProgressTick)
                .onMessage(NodesListed.class, this::onListing)
                .build();
    }

    private Behavior<Command> onInboundWhileExploring(Inbound inbound) {
        return switch (inbound.message()) {
            case LevelStatus status when status.runId() == runId -> onStatus(status);
            case FailureFound found when found.runId() == runId -> onFailureFound(found);
            case WorkerFailed failed -> abort("node " + failed.nodeId() + " failed: " + failed.message());
            default -> Behaviors.same();
        };
    }

    private Behavior<Command> onStatus(LevelStatus status) {
        latest.put(status.nodeId(), status);
        consider(status.nodeId(), status.failure());
        if (status.level() == level && status.idle()) {
            idle.add(status.nodeId());
        }
        if (status.wave() == 0) {
            if (status.level() == level && status.idle()) {
                idleReports.put(status.nodeId(), status);
            }
            return idle.size() == settings.nodes() && !waveInFlight ? onEveryNodeIdle() : Behaviors.same();
        }
        if (!waveInFlight || status.wave() != wave) {
            return Behaviors.same();
        }
        replies.put(status.nodeId(), status);
        return replies.size() == settings.nodes() ? onWaveComplete() : Behaviors.same();
    }

    /**
     * Each idle report read the node's idle flag before its counters, as a wave's answer does, and all of them
     * arrived before the wave sent now: they count as the first of the two consistent waves, which saves a round
     * trip per level.
     */
    private Behavior<Command> onEveryNodeIdle() {
        if (idleReports.size() == settings.nodes()) {
            detector.offer(List.copyOf(idleReports.values()));
        }
        return sendWave();
    }

    private Behavior<Command> sendWave() {
        if (waveInFlight) {
            return Behaviors.same();
        }
        wave++;
        waveInFlight = true;
        replies.clear();
        broadcast(new WaveRequest(runId, 0, wave));
        return Behaviors.same();
    }

    private Behavior<Command> onWaveComplete() {
        waveInFlight = false;
        List<LevelStatus> statuses = List.copyOf(replies.values());
        if (detector.offer(statuses)) {
            return onLevelEnd(statuses);
        }
        if (idle.size() == settings.nodes()) {
            // The last batches are usually a round trip from arriving: ask again at once a few times, then back
            // off, so that a back-pressured link does not turn into a storm of waves.
            if (quickWaves < QUICK_WAVES) {
                quickWaves++;
                return sendWave();
            }
            timers.startSingleTimer(WaveTick.INSTANCE, settings.waveRetry());
        }
        return Behaviors.same();
    }

    private Behavior<Command> onLevelEnd(List<LevelStatus> statuses) {
        long distinct = 0;
        long queued = 0;
        for (LevelStatus status : statuses) {
            distinct += status.distinct();
            queued += status.queued();
        }
        if (level == 0 && best == null) {
            observer.initialStatesDone(distinct);
        }
        observer.progress(level, statuses);
        if (best != null || queued == 0) {
            return halt();
        }
        ClusterCheckpoints checkpoints = settings.checkpoints();
        if (checkpoints != null && checkpoints.due()) {
            return checkpoint(checkpoints, statuses);
        }
        return nextLevel();
    }

    /**
     * Every node is idle and every channel drained: the level's end is a consistent cut, so each node writes its part
     * of the next epoch (shard, queued states, trace-log ends) and the coordinator commits it once all have.
     */
    private Behavior<Command> checkpoint(ClusterCheckpoints checkpoints, List<LevelStatus> statuses) {
        epochGenerated = 0;
        epochDistinct = 0;
        epochQueued = 0;
        for (LevelStatus status : statuses) {
            epochGenerated += status.generated();
            epochDistinct += status.distinct();
            epochQueued += status.queued();
        }
        try {
            epoch = checkpoints.beginEpoch();
        } catch (CheckpointException e) {
            return abort("cannot write a checkpoint: " + e.getMessage());
        }
        epochStartNanos = System.nanoTime();
        acks.clear();
        broadcast(new CheckpointSnapshot(runId, epoch, level + 1));
        return Behaviors.receive(Command.class)
                .onMessage(Inbound.class, this::onInboundWhileCheckpointing)
                .onMessageEquals(ProgressTick.INSTANCE, this::onProgressTickWhilePreparing)
                .onMessage(NodesListed.class, this::onListing)
                .build();
    }

    private Behavior<Command> onInboundWhileCheckpointing(Inbound inbound) {
        return switch (inbound.message()) {
            case CheckpointAck ack when ack.runId() == runId && ack.epoch() == epoch -> onCheckpointAck(ack);
            case WorkerFailed failed -> abort("node " + failed.nodeId() + " failed: " + failed.message());
            default -> Behaviors.same();
        };
    }

    private Behavior<Command> onCheckpointAck(CheckpointAck ack) {
        acks.put(ack.nodeId(), ack);
        if (acks.size() < settings.nodes()) {
            return Behaviors.same();
        }
        try {
            settings.checkpoints().commit(runId, epoch, level + 1, epochGenerated, epochDistinct, settings.nodes(),
                    joins.values().iterator().next().cores(), List.copyOf(acks.values()));
        } catch (CheckpointException e) {
            return abort("cannot commit checkpoint epoch " + epoch + ": " + e.getMessage());
        }
        observer.checkpointed(epoch, level + 1, epochQueued, System.nanoTime() - epochStartNanos);
        return nextLevel();
    }

    private Behavior<Command> nextLevel() {
        level++;
        idle.clear();
        idleReports.clear();
        quickWaves = 0;
        ready.clear();
        detector.reset();
        broadcast(new LevelPrepare(runId, level));
        return preparing();
    }

    private Behavior<Command> preparing() {
        return Behaviors.receive(Command.class)
                .onMessage(Inbound.class, this::onInboundWhilePreparing)
                .onMessageEquals(ProgressTick.INSTANCE, this::onProgressTickWhilePreparing)
                .onMessage(NodesListed.class, this::onListing)
                .build();
    }

    private Behavior<Command> onInboundWhilePreparing(Inbound inbound) {
        return switch (inbound.message()) {
            case LevelReady r when r.runId() == runId && r.level() == level -> onReady(r);
            case FailureFound found when found.runId() == runId -> onFailureFound(found);
            case WorkerFailed failed -> abort("node " + failed.nodeId() + " failed: " + failed.message());
            default -> Behaviors.same();
        };
    }

    private Behavior<Command> onReady(LevelReady levelReady) {
        ready.add(levelReady.nodeId());
        if (ready.size() < settings.nodes()) {
            return Behaviors.same();
        }
        broadcast(new LevelStart(runId, level));
        return exploring();
    }

    private Behavior<Command> onProgressTickWhilePreparing() {
        if (!latest.isEmpty()) {
            observer.progress(level, List.copyOf(latest.values()));
        }
        return Behaviors.same();
    }

    private Behavior<Command> onProgressTick() {
        if (!latest.isEmpty()) {
            observer.progress(level, List.copyOf(latest.values()));
        }
        return sendWave();
    }

    private Behavior<Command> onFailureFound(FailureFound found) {
        consider(found.nodeId(), found.failure());
        if (best.length() <= level || !settings.checkDeadlock()) {
            return halt();
        }
        if (!drainSent) {
            drainSent = true;
            broadcast(new Drain(runId));
        }
        return Behaviors.same();
    }

    private void consider(int nodeId, FailureReport failure) {
        if (failure == null) {
            return;
        }
        if (best == null || failure.length() < best.length() || failure.length() == best.length()
                && nodeId < bestNode) {
            best = failure;
            bestNode = nodeId;
        }
    }

    private Behavior<Command> halt() {
        timers.cancel(ProgressTick.INSTANCE);
        timers.cancel(WaveTick.INSTANCE);
        replies.clear();
        broadcast(new Halt(runId));
        return Behaviors.receive(Command.class)
                .onMessage(Inbound.class, this::onInboundWhileHalting)
                .onMessage(NodesListed.class, this::onListing)
                .build();
    }

    private Behavior<Command> onInboundWhileHalting(Inbound inbound) {
        return switch (inbound.message()) {
            case LevelStatus status when status.runId() == runId && status.halted() -> onHalted(status);
            case FailureFound found when found.runId() == runId -> {
                consider(found.nodeId(), found.failure());
                yield Behaviors.same();
            }
            case WorkerFailed failed -> abort("node " + failed.nodeId() + " failed: " + failed.message());
            default -> Behaviors.same();
        };
    }

    private Behavior<Command> onHalted(LevelStatus status) {
        replies.put(status.nodeId(), status);
        consider(status.nodeId(), status.failure());
        if (replies.size() < settings.nodes()) {
            return Behaviors.same();
        }
        if (best == null || best.traceRef() == TraceRef.INITIAL) {
            return finish();
        }
        return traceFrom(best.traceRef());
    }

    /**
     * Asks the node whose trace log holds {@code ref} for the trace up to it; a position in the logs of a run this
     * one resumed is read from the checkpoint folder here.
     */
    private Behavior<Command> traceFrom(long ref) {
        ClusterCheckpoints checkpoints = settings.checkpoints();
        int base = checkpoints == null ? 0 : checkpoints.traceNodeBase();
        long at = ref;
        while (TraceRef.nodeId(at) < base) {
            TracePath path;
            try {
                path = checkpoints.readTrace(at);
            } catch (RuntimeException e) {
                return abort("cannot read the trace of a resumed run in " + checkpoints.directory() + ": "
                        + e.getMessage());
            }
            trace.addAll(0, ClusterCheckpoints.links(path));
            if (path.continueAt() == TraceRef.INITIAL) {
                return finish();
            }
            at = path.continueAt();
        }
        ActorRef<ControlMessage> owner = refs.get(TraceRef.nodeId(at) - base);
        if (owner == null) {
            return abort("trace position " + TraceRef.toString(at) + " belongs to no node of the run");
        }
        owner.tell(new TraceQuery(runId, at));
        return Behaviors.receive(Command.class)
                .onMessage(Inbound.class, this::onInboundWhileTracing)
                .onMessage(NodesListed.class, this::onListing)
                .build();
    }

    private Behavior<Command> onInboundWhileTracing(Inbound inbound) {
        if (!(inbound.message() instanceof TraceAnswer answer) || answer.runId() != runId) {
            return inbound.message() instanceof WorkerFailed failed
                    ? abort("node " + failed.nodeId() + " failed: " + failed.message()) : Behaviors.same();
        }
        trace.addAll(0, answer.steps());
        if (answer.continueAt() == TraceRef.INITIAL) {
            return finish();
        }
        return traceFrom(answer.continueAt());
    }

    private Behavior<Command> finish() {
        long generated = 0;
        long distinct = 0;
        long queued = 0;
        for (LevelStatus status : replies.values()) {
            generated += status.generated();
            distinct += status.distinct();
            queued += status.queued();
        }
        int depth = best == null ? level : best.length();
        RunReport report = new RunReport(generated, distinct, best == null ? 0 : queued, depth, best, trace, null,
                false);
        RunOutcome outcome = best == null ? RunOutcome.SUCCESS : RunOutcome.FAILED;
        broadcast(new Done(runId, new RunResult(outcome, generated, distinct, "", 0, "")));
        observer.finalStatuses(List.copyOf(replies.values()));
        observer.finished(report);
        return Behaviors.ignore();
    }

    private Behavior<Command> abort(String why) {
        return abort(RunReport.aborted(why));
    }

    private Behavior<Command> abort(RunReport report) {
        timers.cancelAll();
        broadcast(new Done(runId, new RunResult(RunOutcome.FAILED, 0, 0, "", 0, report.abort())));
        observer.finished(report);
        return Behaviors.ignore();
    }

    private Behavior<Command> onListing(NodesListed listed) {
        Set<ActorRef<ControlMessage>> now = listed.listing().getServiceInstances(NODE_KEY);
        for (Map.Entry<Integer, ActorRef<ControlMessage>> member : refs.entrySet()) {
            if (this.listed.contains(member.getValue()) && !now.contains(member.getValue())) {
                observer.nodeLeft(member.getKey());
                return abort(RunReport.lost("node " + member.getKey() + " left the run"));
            }
        }
        this.listed.addAll(now);
        return Behaviors.same();
    }

    private void broadcast(ControlMessage message) {
        for (ActorRef<ControlMessage> ref : refs.values()) {
            ref.tell(message);
        }
    }
}
