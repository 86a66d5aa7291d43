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
import io.tlaplex.protocol.Refuse;
import io.tlaplex.protocol.RefuseReason;
import io.tlaplex.protocol.Start;
import io.tlaplex.protocol.TraceQuery;
import io.tlaplex.protocol.WaveRequest;
import io.tlaplex.protocol.WorkerFailed;
import io.tlaplex.worker.checkpoint.CheckpointException;
import io.tlaplex.worker.cluster.ClusterNode;
import io.tlaplex.worker.cluster.NodeListener;
import java.util.function.Consumer;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorRefResolver;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.receptionist.Receptionist;

/**
 * One node's control actor: registers with the receptionist, joins the run, and on {@code Assign} starts the node's
 * {@link ClusterNode}, then carries out the coordinator's commands (levels, waves, checkpoints, drain, halt, trace
 * queries) until {@code Done}. Steps: {@code awaitingAssign} → {@code running} → exit. The engine's threads talk
 * to the coordinator directly (a tell is thread-safe).
 */
public final class NodeControl {

    /** Starts the node's engine for an assignment; {@code listener} reaches the coordinator. */
    @FunctionalInterface
    public interface EngineFactory {
        ClusterNode<?> start(Assign assign, NodeListener listener);
    }

    /** How the node process ends: its exit status and what to tell the user (null: nothing). */
    public record Exit(int status, String message) {
    }

    /**
     * @param join        this node's Join, without reply address (filled in here)
     * @param coordinator the coordinator singleton's proxy
     * @param engines     starts the engine on Assign
     * @param exit        called once when the node is done, on the actor's thread
     */
    public record Setup(Join join, ActorRef<ControlMessage> coordinator, EngineFactory engines, Consumer<Exit> exit) {
    }

    private final ActorContext<ControlMessage> ctx;
    private final Setup setup;
    private long runId;
    private ClusterNode<?> engine;

    private NodeControl(ActorContext<ControlMessage> ctx, Setup setup) {
        this.ctx = ctx;
        this.setup = setup;
    }

    public static Behavior<ControlMessage> create(Setup setup) {
        return Behaviors.setup(ctx -> new NodeControl(ctx, setup).join());
    }

    private Behavior<ControlMessage> join() {
        ctx.getSystem().receptionist().tell(Receptionist.register(Coordinator.NODE_KEY, ctx.getSelf()));
        Join j = setup.join();
        String replyTo = ActorRefResolver.get(ctx.getSystem()).toSerializationFormat(ctx.getSelf());
        setup.coordinator().tell(new Join(j.nodeId(), j.host(), j.cores(), j.numaNode(), j.specHash(),
                j.configHash(), j.secretProof(), j.dataChannel(), replyTo));
        return Behaviors.receive(ControlMessage.class)
                .onMessage(Assign.class, this::onAssign)
                .onMessage(Refuse.class, this::onRefuse)
                .onMessage(Done.class, this::onDone)
                .build();
    }

    private Behavior<ControlMessage> onAssign(Assign assign) {
        Join j = setup.join();
        if (!assign.specHash().equals(j.specHash()) || !assign.configHash().equals(j.configHash())) {
            String detail = "node " + j.nodeId() + " loaded a different spec or config than the coordinator";
            setup.coordinator().tell(new Refuse(j.nodeId(), RefuseReason.SPEC_HASH_MISMATCH, detail));
            return exit(1, "tlaplex node: " + detail);
        }
        runId = assign.runId();
        try {
            engine = setup.engines().start(assign, new Listener(setup.coordinator(), runId, j.nodeId(), this));
        } catch (RuntimeException e) {
            setup.coordinator().tell(new WorkerFailed("start", String.valueOf(e.getMessage()), j.nodeId()));
            return exit(1, "tlaplex node: cannot start node " + j.nodeId() + ": " + e.getMessage());
        }
        return Behaviors.receive(ControlMessage.class)
                .onMessage(Start.class, start -> onLevel(0))
                .onMessage(LevelPrepare.class, this::onPrepare)
                .onMessage(LevelStart.class, start -> onLevel(start.level()))
                .onMessage(WaveRequest.class, this::onWave)
                .onMessage(CheckpointSnapshot.class, this::onCheckpoint)
                .onMessage(Drain.class, this::onDrain)
                .onMessage(Halt.class, this::onHalt)
                .onMessage(TraceQuery.class, this::onTraceQuery)
                .onMessage(Done.class, this::onDone)
                .build();
    }

    private Behavior<ControlMessage> onRefuse(Refuse refuse) {
        return exit(1, "tlaplex node: the coordinator refused node " + refuse.nodeId() + ": " + refuse.detail());
    }

    private Behavior<ControlMessage> onPrepare(LevelPrepare prepare) {
        engine.prepareLevel(prepare.level());
        setup.coordinator().tell(new LevelReady(runId, setup.join().nodeId(), prepare.level()));
        return Behaviors.same();
    }

    private Behavior<ControlMessage> onLevel(int level) {
        engine.startLevel(level);
        return Behaviors.same();
    }

    private Behavior<ControlMessage> onWave(WaveRequest request) {
        setup.coordinator().tell(engine.status(runId, request.wave()));
        return Behaviors.same();
    }

    private Behavior<ControlMessage> onCheckpoint(CheckpointSnapshot snapshot) {
        int nodeId = setup.join().nodeId();
        try {
            setup.coordinator().tell(new CheckpointAck(runId, snapshot.epoch(), nodeId,
                    engine.checkpoint(snapshot.epoch(), snapshot.level())));
        } catch (CheckpointException | RuntimeException e) {
            setup.coordinator().tell(new WorkerFailed("checkpoint", "cannot write its part of checkpoint epoch "
                    + snapshot.epoch() + ": " + e.getMessage(), nodeId));
        }
        return Behaviors.same();
    }

    private Behavior<ControlMessage> onDrain(Drain drain) {
        engine.drain();
        return Behaviors.same();
    }

    private Behavior<ControlMessage> onHalt(Halt halt) {
        setup.coordinator().tell(engine.halt(runId));
        return Behaviors.same();
    }

    private Behavior<ControlMessage> onTraceQuery(TraceQuery query) {
        try {
            setup.coordinator().tell(engine.trace(runId, query.ref()));
        } catch (RuntimeException e) {
            setup.coordinator().tell(new WorkerFailed("trace", String.valueOf(e.getMessage()),
                    setup.join().nodeId()));
        }
        return Behaviors.same();
    }

    private Behavior<ControlMessage> onDone(Done done) {
        String why = done.result().message();
        return exit(why.isEmpty() ? 0 : 1, why.isEmpty() ? null : "tlaplex node: the run stopped: " + why);
    }

    private Behavior<ControlMessage> exit(int status, String message) {
        if (engine != null) {
            engine.close();
            engine = null;
        }
        setup.exit().accept(new Exit(status, message));
        return Behaviors.stopped();
    }

    /** Relays the engine's news from its threads; a tell needs no actor thread. */
    private record Listener(ActorRef<ControlMessage> coordinator, long runId, int nodeId, NodeControl control)
            implements NodeListener {

        @Override
        public void onIdle(int level) {
            ClusterNode<?> node = control.engine;
            if (node != null) {
                coordinator.tell(node.status(runId, 0));
            }
        }

        @Override
        public void onFailure(FailureReport failure) {
            coordinator.tell(new FailureFound(runId, nodeId, failure));
        }

        @Override
        public void onMachineryFailure(Throwable cause) {
            coordinator.tell(new WorkerFailed("machinery", cause.getClass().getSimpleName() + ": "
                    + cause.getMessage(), nodeId));
        }
    }
}
