package io.tlaplex.coordinator.cluster;

import io.tlaplex.protocol.Assign;
import io.tlaplex.protocol.ControlMessage;
import io.tlaplex.protocol.Join;
import io.tlaplex.worker.cluster.ClusterNode;
import io.tlaplex.worker.cluster.NodeListener;
import java.time.Duration;
import java.util.function.Consumer;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorRefResolver;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.TimerScheduler;
import org.apache.pekko.actor.typed.receptionist.Receptionist;

/**
 * One node's control actor: a Pekko shell around {@link NodeControlLogic}. It registers with the receptionist, joins
 * the run, and on {@code Assign} starts the node's {@link ClusterNode}, then carries out the coordinator's commands
 * (levels, waves, checkpoints, drain, halt, trace queries) until {@code Done}. Steps: {@code awaitingAssign} →
 * {@code running} → exit. The engine's threads talk to the coordinator directly (a tell is thread-safe).
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

    /** The timer's tick to send the Join again; the actor takes it besides the protocol's messages. */
    private enum JoinRetry { INSTANCE }

    private final NodeControlLogic logic;

    private NodeControl(NodeControlLogic logic) {
        this.logic = logic;
    }

    public static Behavior<ControlMessage> create(Setup setup) {
        return Behaviors.<Object>setup(ctx -> Behaviors.withTimers(timers -> start(ctx, timers, setup))).narrow();
    }

    private static Behavior<Object> start(ActorContext<Object> ctx, TimerScheduler<Object> timers, Setup setup) {
        ActorRef<ControlMessage> self = ctx.getSelf().narrow();
        ctx.getSystem().receptionist().tell(Receptionist.register(Coordinator.NODE_KEY, self));
        Join j = setup.join();
        String replyTo = ActorRefResolver.get(ctx.getSystem()).toSerializationFormat(self);
        Join join = new Join(j.nodeId(), j.host(), j.cores(), j.numaNode(), j.specHash(), j.configHash(),
                j.secretProof(), j.dataChannel(), replyTo);
        NodeControlLogic logic = new NodeControlLogic(join,
                (assign, listener) -> new ClusterNodeEngine(setup.engines().start(assign, listener)),
                new ActorEffects(setup, timers));
        logic.start();
        return new NodeControl(logic).running();
    }

    private Behavior<Object> running() {
        return Behaviors.receive(Object.class)
                .onMessage(ControlMessage.class, this::onMessage)
                .onMessageEquals(JoinRetry.INSTANCE, this::onJoinRetry)
                .build();
    }

    private Behavior<Object> onMessage(ControlMessage message) {
        logic.onMessage(message);
        return logic.stopped() ? Behaviors.stopped() : Behaviors.same();
    }

    private Behavior<Object> onJoinRetry() {
        logic.onJoinRetry();
        return Behaviors.same();
    }

    /** Tells the coordinator (from any thread), reports the node's end, and keeps the Join's timer. */
    private record ActorEffects(Setup setup, TimerScheduler<Object> timers) implements NodeControlLogic.Effects {
        @Override
        public void toCoordinator(ControlMessage message) {
            setup.coordinator().tell(message);
        }

        @Override
        public void exit(Exit exit) {
            setup.exit().accept(exit);
        }

        @Override
        public void startJoinRetry(Duration interval) {
            timers.startTimerWithFixedDelay(JoinRetry.INSTANCE, JoinRetry.INSTANCE, interval);
        }

        @Override
        public void cancelJoinRetry() {
            timers.cancel(JoinRetry.INSTANCE);
        }
    }
}
