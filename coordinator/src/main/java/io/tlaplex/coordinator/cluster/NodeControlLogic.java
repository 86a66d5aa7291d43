package io.tlaplex.coordinator.cluster;

import io.tlaplex.protocol.Assign;
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
import io.tlaplex.protocol.Start;
import io.tlaplex.protocol.TraceQuery;
import io.tlaplex.protocol.WaveRequest;
import io.tlaplex.protocol.WorkerFailed;
import io.tlaplex.worker.checkpoint.CheckpointException;
import io.tlaplex.worker.cluster.NodeListener;
import java.time.Duration;

/**
 * The decisions of one node's control, without Pekko: joins the run, starts the engine on {@code Assign}, then
 * carries out the coordinator's commands until {@code Done}. {@link NodeControl} runs it inside its actor; the
 * control-logic simulator (docs/simulation.md) runs it on its own thread. Steps: awaiting Assign (joining again
 * every {@link #JOIN_RETRY}) → running → stopped. A command that comes again (Pekko may lose one, and the coordinator
 * then asks again) is answered as the first time, not carried out twice. Called on one thread, except the engine's
 * news, which its listener relays from the engine's threads.
 */
public final class NodeControlLogic {

    /** Starts the node's engine for an assignment; {@code listener} reaches the coordinator. */
    @FunctionalInterface
    public interface Engines {
        NodeEngine start(Assign assign, NodeListener listener);
    }

    /** What the logic does to the world. */
    public interface Effects {
        /** Sends to the coordinator; callable from any thread. */
        void toCoordinator(ControlMessage message);

        /** The node is done; called once, on the logic's thread. */
        void exit(NodeControl.Exit exit);

        /** Calls {@link #onJoinRetry()} every {@code interval} until cancelled. */
        void startJoinRetry(Duration interval);

        void cancelJoinRetry();
    }

    /** How often a node that has no answer to its Join sends it again (Pekko may lose it, or the Assign). */
    public static final Duration JOIN_RETRY = Duration.ofSeconds(1);

    private enum Phase { AWAITING_ASSIGN, RUNNING, STOPPED }

    private final Join join;
    private final Engines engines;
    private final Effects effects;
    private Phase phase = Phase.AWAITING_ASSIGN;
    private long runId;
    private volatile NodeEngine engine;
    /** The last level this node prepared, and started: a command that comes again is answered, not redone. */
    private int prepared = -1;
    private volatile int opened = -1;
    private CheckpointAck lastAck;
    /** The engine's machinery failure, told again with every status until the coordinator has ended the run. */
    private volatile WorkerFailed failed;

    /** {@code join} is this node's Join with its reply address. */
    public NodeControlLogic(Join join, Engines engines, Effects effects) {
        this.join = join;
        this.engines = engines;
        this.effects = effects;
    }

    /** Sends the Join, and again until the coordinator answers. */
    public void start() {
        effects.toCoordinator(join);
        effects.startJoinRetry(JOIN_RETRY);
    }

    /** The Join or its answer may have been lost: joins again. */
    public void onJoinRetry() {
        if (phase != Phase.STOPPED) {
            effects.toCoordinator(join);
        }
    }

    /** Whether the node is done: nothing more is handled. */
    public boolean stopped() {
        return phase == Phase.STOPPED;
    }

    /** Takes a message from the coordinator. */
    public void onMessage(ControlMessage message) {
        if (phase == Phase.AWAITING_ASSIGN) {
            switch (message) {
                case Assign assign -> onAssign(assign);
                case Refuse refuse -> exit(1, "tlaplex node: the coordinator refused node " + refuse.nodeId() + ": "
                        + refuse.detail());
                case Done done -> onDone(done);
                default -> {
                }
            }
        } else if (phase == Phase.RUNNING) {
            onCommand(message);
        }
    }

    private void onAssign(Assign assign) {
        if (!assign.specHash().equals(join.specHash()) || !assign.configHash().equals(join.configHash())) {
            String detail = "node " + join.nodeId() + " loaded a different spec or config than the coordinator";
            effects.toCoordinator(new Refuse(join.nodeId(), RefuseReason.SPEC_HASH_MISMATCH, detail));
            exit(1, "tlaplex node: " + detail);
            return;
        }
        effects.cancelJoinRetry();
        runId = assign.runId();
        try {
            engine = engines.start(assign, new Listener(effects, runId, join.nodeId(), this));
        } catch (RuntimeException e) {
            effects.toCoordinator(new WorkerFailed("start", String.valueOf(e.getMessage()), join.nodeId()));
            exit(1, "tlaplex node: cannot start node " + join.nodeId() + ": " + e.getMessage());
            return;
        }
        phase = Phase.RUNNING;
    }

    private void onCommand(ControlMessage message) {
        switch (message) {
            case Start start -> onStart(0);
            case LevelPrepare prepare -> onPrepare(prepare);
            case LevelStart start -> onStart(start.level());
            case WaveRequest request -> effects.toCoordinator(status(request.wave()));
            case CheckpointSnapshot snapshot -> onCheckpoint(snapshot);
            case Drain drain -> engine.drain();
            case Halt halt -> effects.toCoordinator(engine.halt(runId));
            case TraceQuery query -> onTraceQuery(query);
            case Done done -> onDone(done);
            default -> {
            }
        }
    }

    private void onPrepare(LevelPrepare prepare) {
        if (prepare.level() < prepared) {
            return;
        }
        if (prepare.level() > prepared) {
            engine.prepareLevel(prepare.level());
            prepared = prepare.level();
        }
        effects.toCoordinator(new LevelReady(runId, join.nodeId(), prepare.level()));
    }

    private void onStart(int level) {
        // Opening a level twice would leave the engine's gate waiting for workers that finished it already.
        if (level > opened) {
            opened = level;
            engine.startLevel(level);
        }
    }

    /**
     * The engine's status; idle only in a level this node started: before its start arrives, the engine reports
     * the level before (or level 0) as idle, which must not end a level this node has not expanded.
     */
    private LevelStatus status(long wave) {
        LevelStatus status = engine.status(runId, wave);
        WorkerFailed failure = failed;
        if (failure != null) {
            // The engine stopped, so it looks idle and balanced; a level must not end on that.
            effects.toCoordinator(failure);
        } else if (!status.idle() || status.level() == opened || status.halted()) {
            return status;
        }
        return new LevelStatus(status.runId(), status.nodeId(), status.level(), status.wave(), false, status.halted(),
                status.generated(), status.distinct(), status.queued(), status.channels(), status.failure(),
                status.fingerprintFill());
    }

    private void onCheckpoint(CheckpointSnapshot snapshot) {
        if (lastAck != null && snapshot.epoch() <= lastAck.epoch()) {
            // Written already (its trace ranges are listed only the first time): the same answer again.
            if (snapshot.epoch() == lastAck.epoch()) {
                effects.toCoordinator(lastAck);
            }
            return;
        }
        try {
            lastAck = new CheckpointAck(runId, snapshot.epoch(), join.nodeId(),
                    engine.checkpoint(snapshot.epoch(), snapshot.level()));
            effects.toCoordinator(lastAck);
        } catch (CheckpointException | RuntimeException e) {
            effects.toCoordinator(new WorkerFailed("checkpoint", "cannot write its part of checkpoint epoch "
                    + snapshot.epoch() + ": " + e.getMessage(), join.nodeId()));
        }
    }

    private void onTraceQuery(TraceQuery query) {
        try {
            effects.toCoordinator(engine.trace(runId, query.ref()));
        } catch (RuntimeException e) {
            effects.toCoordinator(new WorkerFailed("trace", String.valueOf(e.getMessage()), join.nodeId()));
        }
    }

    private void onDone(Done done) {
        String why = done.result().message();
        exit(why.isEmpty() ? 0 : 1, why.isEmpty() ? null : "tlaplex node: the run stopped: " + why);
    }

    private void exit(int status, String message) {
        effects.cancelJoinRetry();
        NodeEngine running = engine;
        if (running != null) {
            engine = null;
            running.close();
        }
        phase = Phase.STOPPED;
        effects.exit(new NodeControl.Exit(status, message));
    }

    /** Relays the engine's news from its threads; sending needs no control thread. */
    private record Listener(Effects effects, long runId, int nodeId, NodeControlLogic control)
            implements NodeListener {

        @Override
        public void onIdle(int level) {
            if (control.engine != null) {
                effects.toCoordinator(control.status(0));
            }
        }

        @Override
        public void onFailure(FailureReport failure) {
            effects.toCoordinator(new FailureFound(runId, nodeId, failure));
        }

        @Override
        public void onMachineryFailure(Throwable cause) {
            WorkerFailed failure = new WorkerFailed("machinery", cause.getClass().getSimpleName() + ": "
                    + cause.getMessage(), nodeId);
            control.failed = failure;
            effects.toCoordinator(failure);
        }
    }
}
