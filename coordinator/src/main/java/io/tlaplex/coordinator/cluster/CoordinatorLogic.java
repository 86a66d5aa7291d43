package io.tlaplex.coordinator.cluster;

import io.tlaplex.protocol.Assign;
import io.tlaplex.protocol.AssignedNode;
import io.tlaplex.protocol.CheckpointAck;
import io.tlaplex.protocol.CheckpointSnapshot;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The decisions of a cluster run's coordinator, without Pekko: it takes the nodes' messages, timer firings and
 * membership listings, and acts through {@link Effects}. {@link Coordinator} runs it inside its actor; the
 * control-logic simulator (docs/simulation.md) runs it on its own thread. Phases: joining → exploring →
 * (checkpointing →) preparing → exploring ... → halting → tracing → done; see {@link Coordinator} for each. Pekko
 * delivers a message at most once, so a phase that waits too long asks again, and nodes answer a repeated
 * command as they did the first time. Single-threaded.
 *
 * @param <R> how a node is addressed (an actor reference in the cluster)
 */
public final class CoordinatorLogic<R> {

    /** The coordinator's timers. */
    public enum Timer { JOIN_TIMEOUT, WAVE_RETRY, PROGRESS }

    /** What the logic does to the world; called on the logic's thread. */
    public interface Effects<R> {
        /** The node behind a Join's reply address. */
        R resolve(String replyTo);

        void send(R node, ControlMessage message);

        void startSingleTimer(Timer timer, Duration delay);

        void startPeriodicTimer(Timer timer, Duration interval);

        void cancelTimer(Timer timer);

        void cancelAllTimers();

        /** A monotonic clock, for the checkpoint pause the observer is told. */
        long nanoTime();

        /** A fresh run id, unguessable in the cluster. */
        long newRunId();
    }

    private enum Phase { JOINING, EXPLORING, CHECKPOINTING, PREPARING, HALTING, TRACING, DONE }

    private static final int QUICK_WAVES = 4;
    /**
     * Progress ticks after which what a phase waits for counts as lost: Pekko delivers a message at most once, so a
     * command or its answer may go missing (a connection that broke and came back), and is asked for again.
     */
    private static final int STALE_TICKS = 2;

    private final Coordinator.Settings settings;
    private final RunObserver observer;
    private final Effects<R> effects;
    private final Map<Integer, Join> joins = new TreeMap<>();
    private final Map<Integer, R> refs = new TreeMap<>();
    private final Set<R> listed = new HashSet<>();
    private final Map<Integer, LevelStatus> latest = new TreeMap<>();
    private final Map<Integer, LevelStatus> replies = new TreeMap<>();
    private final Set<Integer> idle = new HashSet<>();
    private final Map<Integer, LevelStatus> idleReports = new TreeMap<>();
    private final Set<Integer> ready = new HashSet<>();
    private final WaveDetector detector;
    private final List<TraceLink> trace = new ArrayList<>();
    private final Map<Integer, CheckpointAck> acks = new TreeMap<>();
    private Phase phase = Phase.JOINING;
    private Assign assign;
    private int ticksInPhase;
    private int waveTicks;
    private long tracingAt;
    private int tracingNode;
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

    public CoordinatorLogic(Coordinator.Settings settings, RunObserver observer, Effects<R> effects) {
        this.settings = settings;
        this.observer = observer;
        this.effects = effects;
        this.detector = new WaveDetector(settings.nodes());
    }

    /** Starts waiting for the nodes. */
    public void start() {
        effects.startSingleTimer(Timer.JOIN_TIMEOUT, settings.joinTimeout());
    }

    /** Whether the run is over (finished or aborted): nothing more is handled. */
    public boolean done() {
        return phase == Phase.DONE;
    }

    /** Takes a node's message. */
    public void onMessage(ControlMessage message) {
        if (message instanceof Join join && phase != Phase.JOINING && phase != Phase.DONE) {
            onJoinAgain(join);
            return;
        }
        switch (phase) {
            case JOINING -> onMessageWhileJoining(message);
            case EXPLORING -> onMessageWhileExploring(message);
            case CHECKPOINTING -> onMessageWhileCheckpointing(message);
            case PREPARING -> onMessageWhilePreparing(message);
            case HALTING -> onMessageWhileHalting(message);
            case TRACING -> onMessageWhileTracing(message);
            case DONE -> {
            }
        }
    }

    /** Takes a timer's firing. */
    public void onTimer(Timer timer) {
        switch (timer) {
            case JOIN_TIMEOUT -> {
                if (phase == Phase.JOINING) {
                    abort("only " + joins.size() + " of " + settings.nodes() + " nodes joined within "
                            + settings.joinTimeout().toSeconds() + " s");
                }
            }
            case WAVE_RETRY -> {
                if (phase == Phase.EXPLORING) {
                    sendWave();
                }
            }
            case PROGRESS -> onProgressTick();
        }
    }

    /** Takes the receptionist's listing of the nodes registered now: one that left ends the run. */
    public void onListing(Set<R> now) {
        if (phase == Phase.DONE) {
            return;
        }
        for (Map.Entry<Integer, R> member : refs.entrySet()) {
            if (listed.contains(member.getValue()) && !now.contains(member.getValue())) {
                observer.nodeLeft(member.getKey());
                abort(RunReport.lost("node " + member.getKey() + " left the run"));
                return;
            }
        }
        listed.addAll(now);
    }

    private void onMessageWhileJoining(ControlMessage message) {
        if (!(message instanceof Join join) || join.replyTo().isEmpty()) {
            return;
        }
        R ref = effects.resolve(join.replyTo());
        Refuse refusal = check(join, ref);
        if (refusal != null) {
            effects.send(ref, refusal);
            observer.refused(refusal);
            return;
        }
        joins.put(join.nodeId(), join);
        refs.put(join.nodeId(), ref);
        if (joins.size() == settings.nodes()) {
            startRun();
        }
    }

    private Refuse check(Join join, R ref) {
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
        R known = refs.get(id);
        if (known != null && !known.equals(ref)) {
            return new Refuse(id, RefuseReason.DUPLICATE_NODE_ID, "node id " + id + " has already joined");
        }
        return null;
    }

    private void startRun() {
        effects.cancelTimer(Timer.JOIN_TIMEOUT);
        runId = effects.newRunId();
        List<AssignedNode> nodes = new ArrayList<>();
        for (Join join : joins.values()) {
            nodes.add(new AssignedNode(join.nodeId(), join.host(), join.cores(), join.numaNode(), join.dataChannel()));
        }
        CoordinatorCheckpoints checkpoints = settings.checkpoints();
        assign = new Assign(runId, 0, settings.hashes().spec(), settings.hashes().config(), settings.seed(),
                nodes, OwnerFunction.uniform(settings.nodes(), 1, settings.seed()).toOwnerMap(),
                checkpoints == null ? null : checkpoints.assignment());
        broadcast(assign);
        observer.assigned(nodes);
        effects.startPeriodicTimer(Timer.PROGRESS, settings.progressInterval());
        if (checkpoints != null && checkpoints.resumed() != null) {
            // The nodes load their share of the epoch on Assign, queued for this level; it starts as any other.
            level = checkpoints.resumed().level();
            broadcast(new LevelPrepare(runId, level));
            enter(Phase.PREPARING);
            return;
        }
        broadcast(new Start(runId, 0));
        level = 0;
        enter(Phase.EXPLORING);
    }

    private void onMessageWhileExploring(ControlMessage message) {
        switch (message) {
            case LevelStatus status when status.runId() == runId -> onStatus(status);
            case FailureFound found when found.runId() == runId -> onFailureFound(found);
            case WorkerFailed failed -> abort("node " + failed.nodeId() + " failed: " + failed.message());
            default -> {
            }
        }
    }

    private void onStatus(LevelStatus status) {
        latest.put(status.nodeId(), status);
        consider(status.nodeId(), status.failure());
        if (status.level() == level && status.idle()) {
            idle.add(status.nodeId());
        }
        if (status.wave() == 0) {
            if (status.level() == level && status.idle()) {
                idleReports.put(status.nodeId(), status);
            }
            if (idle.size() == settings.nodes() && !waveInFlight) {
                onEveryNodeIdle();
            }
            return;
        }
        if (!waveInFlight || status.wave() != wave) {
            return;
        }
        replies.put(status.nodeId(), status);
        if (replies.size() == settings.nodes()) {
            onWaveComplete();
        }
    }

    /**
     * Each idle report read the node's idle flag before its counters, as a wave's answer does, and all of them
     * arrived before the wave sent now: they count as the first of the two consistent waves, which saves a round
     * trip per level.
     */
    private void onEveryNodeIdle() {
        if (idleReports.size() == settings.nodes()) {
            detector.offer(level, List.copyOf(idleReports.values()));
        }
        sendWave();
    }

    private void sendWave() {
        if (waveInFlight) {
            return;
        }
        wave++;
        waveInFlight = true;
        waveTicks = 0;
        replies.clear();
        broadcast(new WaveRequest(runId, 0, wave));
    }

    private void onWaveComplete() {
        waveInFlight = false;
        List<LevelStatus> statuses = List.copyOf(replies.values());
        if (detector.offer(level, statuses)) {
            onLevelEnd(statuses);
            return;
        }
        if (idle.size() == settings.nodes()) {
            // The last batches are usually a round trip from arriving: ask again at once a few times, then back
            // off, so that a back-pressured link does not turn into a storm of waves.
            if (quickWaves < QUICK_WAVES) {
                quickWaves++;
                sendWave();
                return;
            }
            effects.startSingleTimer(Timer.WAVE_RETRY, settings.waveRetry());
        }
    }

    private void onLevelEnd(List<LevelStatus> statuses) {
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
            halt();
            return;
        }
        CoordinatorCheckpoints checkpoints = settings.checkpoints();
        if (checkpoints != null && checkpoints.due()) {
            checkpoint(checkpoints, statuses);
            return;
        }
        nextLevel();
    }

    /**
     * Every node is idle and every channel drained: the level's end is a consistent cut, so each node writes its part
     * of the next epoch (shard, queued states, trace-log ends) and the coordinator commits it once all have.
     */
    private void checkpoint(CoordinatorCheckpoints checkpoints, List<LevelStatus> statuses) {
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
            abort("cannot write a checkpoint: " + e.getMessage());
            return;
        }
        epochStartNanos = effects.nanoTime();
        acks.clear();
        broadcast(new CheckpointSnapshot(runId, epoch, level + 1));
        enter(Phase.CHECKPOINTING);
    }

    private void onMessageWhileCheckpointing(ControlMessage message) {
        switch (message) {
            case CheckpointAck ack when ack.runId() == runId && ack.epoch() == epoch -> onCheckpointAck(ack);
            case WorkerFailed failed -> abort("node " + failed.nodeId() + " failed: " + failed.message());
            default -> {
            }
        }
    }

    private void onCheckpointAck(CheckpointAck ack) {
        acks.put(ack.nodeId(), ack);
        if (acks.size() < settings.nodes()) {
            return;
        }
        try {
            settings.checkpoints().commit(runId, epoch, level + 1, epochGenerated, epochDistinct, settings.nodes(),
                    joins.values().iterator().next().cores(), List.copyOf(acks.values()));
        } catch (CheckpointException e) {
            abort("cannot commit checkpoint epoch " + epoch + ": " + e.getMessage());
            return;
        }
        observer.checkpointed(epoch, level + 1, epochQueued, effects.nanoTime() - epochStartNanos);
        nextLevel();
    }

    private void nextLevel() {
        level++;
        idle.clear();
        idleReports.clear();
        quickWaves = 0;
        ready.clear();
        detector.reset();
        broadcast(new LevelPrepare(runId, level));
        enter(Phase.PREPARING);
    }

    private void onMessageWhilePreparing(ControlMessage message) {
        switch (message) {
            case LevelReady r when r.runId() == runId && r.level() == level -> onReady(r);
            case FailureFound found when found.runId() == runId -> onFailureFound(found);
            case WorkerFailed failed -> abort("node " + failed.nodeId() + " failed: " + failed.message());
            default -> {
            }
        }
    }

    private void onReady(LevelReady levelReady) {
        ready.add(levelReady.nodeId());
        if (ready.size() < settings.nodes()) {
            return;
        }
        broadcast(new LevelStart(runId, level));
        enter(Phase.EXPLORING);
    }

    private void onProgressTick() {
        boolean stale = ++ticksInPhase >= STALE_TICKS;
        if (phase == Phase.EXPLORING || phase == Phase.PREPARING || phase == Phase.CHECKPOINTING) {
            if (!latest.isEmpty()) {
                observer.progress(level, List.copyOf(latest.values()));
            }
        }
        if (phase == Phase.EXPLORING && waveInFlight && ++waveTicks >= STALE_TICKS) {
            waveInFlight = false;
        }
        if (phase == Phase.EXPLORING) {
            sendWave();
        }
        if (stale) {
            askAgain();
        }
    }

    /** Repeats the phase's command to every node that has not answered it: the command or the answer was lost. */
    private void askAgain() {
        for (Map.Entry<Integer, R> node : refs.entrySet()) {
            int id = node.getKey();
            ControlMessage again = switch (phase) {
                case EXPLORING -> idle.contains(id) ? null
                        : level == 0 ? new Start(runId, 0) : new LevelStart(runId, level);
                case PREPARING -> ready.contains(id) ? null : new LevelPrepare(runId, level);
                case CHECKPOINTING -> acks.containsKey(id) ? null : new CheckpointSnapshot(runId, epoch, level + 1);
                case HALTING -> replies.containsKey(id) ? null : new Halt(runId);
                case TRACING -> id == tracingNode ? new TraceQuery(runId, tracingAt) : null;
                default -> null;
            };
            if (again != null) {
                effects.send(node.getValue(), again);
            }
        }
    }

    /** A node that missed its Assign keeps joining: it is told again. */
    private void onJoinAgain(Join join) {
        R known = refs.get(join.nodeId());
        if (known != null && !join.replyTo().isEmpty() && known.equals(effects.resolve(join.replyTo()))) {
            effects.send(known, assign);
        }
    }

    /** Whether {@code answer} is the one to the query out: a lost query is asked again, so answers may repeat. */
    private boolean answers(TraceAnswer answer) {
        return answer.runId() == runId && answer.nodeId() == tracingNode && !answer.steps().isEmpty()
                && answer.steps().get(answer.steps().size() - 1).ref() == tracingAt;
    }

    private void enter(Phase next) {
        phase = next;
        ticksInPhase = 0;
    }

    private void onFailureFound(FailureFound found) {
        consider(found.nodeId(), found.failure());
        if (best.length() <= level || !settings.checkDeadlock()) {
            halt();
            return;
        }
        if (!drainSent) {
            drainSent = true;
            broadcast(new Drain(runId));
        }
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

    private void halt() {
        effects.cancelTimer(Timer.WAVE_RETRY);
        replies.clear();
        broadcast(new Halt(runId));
        enter(Phase.HALTING);
    }

    private void onMessageWhileHalting(ControlMessage message) {
        switch (message) {
            case LevelStatus status when status.runId() == runId && status.halted() -> onHalted(status);
            case FailureFound found when found.runId() == runId -> consider(found.nodeId(), found.failure());
            case WorkerFailed failed -> abort("node " + failed.nodeId() + " failed: " + failed.message());
            default -> {
            }
        }
    }

    private void onHalted(LevelStatus status) {
        replies.put(status.nodeId(), status);
        consider(status.nodeId(), status.failure());
        if (replies.size() < settings.nodes()) {
            return;
        }
        if (best == null || best.traceRef() == TraceRef.INITIAL) {
            finish();
            return;
        }
        traceFrom(best.traceRef());
    }

    /**
     * Asks the node whose trace log holds {@code ref} for the trace up to it; a position in the logs of a run this
     * one resumed is read from the checkpoint folder here.
     */
    private void traceFrom(long ref) {
        CoordinatorCheckpoints checkpoints = settings.checkpoints();
        int base = checkpoints == null ? 0 : checkpoints.traceNodeBase();
        long at = ref;
        while (TraceRef.nodeId(at) < base) {
            TracePath path;
            try {
                path = checkpoints.readTrace(at);
            } catch (RuntimeException e) {
                abort("cannot read the trace of a resumed run in " + checkpoints.directory() + ": "
                        + e.getMessage());
                return;
            }
            trace.addAll(0, ClusterCheckpoints.links(path));
            if (path.continueAt() == TraceRef.INITIAL) {
                finish();
                return;
            }
            at = path.continueAt();
        }
        R owner = refs.get(TraceRef.nodeId(at) - base);
        if (owner == null) {
            abort("trace position " + TraceRef.toString(at) + " belongs to no node of the run");
            return;
        }
        tracingAt = at;
        tracingNode = TraceRef.nodeId(at) - base;
        effects.send(owner, new TraceQuery(runId, at));
        enter(Phase.TRACING);
    }

    private void onMessageWhileTracing(ControlMessage message) {
        if (!(message instanceof TraceAnswer answer) || !answers(answer)) {
            if (message instanceof WorkerFailed failed) {
                abort("node " + failed.nodeId() + " failed: " + failed.message());
            }
            return;
        }
        trace.addAll(0, answer.steps());
        if (answer.continueAt() == TraceRef.INITIAL) {
            finish();
            return;
        }
        traceFrom(answer.continueAt());
    }

    private void finish() {
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
        effects.cancelTimer(Timer.PROGRESS);
        broadcast(new Done(runId, new RunResult(outcome, generated, distinct, "", 0, "")));
        phase = Phase.DONE;
        observer.finalStatuses(List.copyOf(replies.values()));
        observer.finished(report);
    }

    private void abort(String why) {
        abort(RunReport.aborted(why));
    }

    private void abort(RunReport report) {
        effects.cancelAllTimers();
        broadcast(new Done(runId, new RunResult(RunOutcome.FAILED, 0, 0, "", 0, report.abort())));
        phase = Phase.DONE;
        observer.finished(report);
    }

    private void broadcast(ControlMessage message) {
        for (R ref : refs.values()) {
            effects.send(ref, message);
        }
    }
}
