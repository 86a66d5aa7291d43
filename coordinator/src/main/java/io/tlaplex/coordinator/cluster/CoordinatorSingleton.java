package io.tlaplex.coordinator.cluster;

import io.tlaplex.protocol.ControlMessage;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.cluster.typed.ClusterSingleton;
import org.apache.pekko.cluster.typed.ClusterSingletonSettings;
import org.apache.pekko.cluster.typed.SingletonActor;

/**
 * The coordinator as the cluster sees it: a singleton on the members with role {@code coordinator}, whose
 * messages are the protocol's (so they cross JVMs through the protocol serializer); it forwards them to the
 * {@link Coordinator} it runs as a child.
 */
public final class CoordinatorSingleton {
    public static final String NAME = "tlaplex-coordinator";
    public static final String ROLE = "coordinator";

    private CoordinatorSingleton() {
    }

    public static Behavior<ControlMessage> create(Coordinator.Settings settings, RunObserver observer) {
        return Behaviors.setup(ctx -> {
            ActorRef<Coordinator.Command> coordinator = ctx.spawn(Coordinator.create(settings, observer), "run");
            return Behaviors.receiveMessage(message -> forward(coordinator, message));
        });
    }

    private static Behavior<ControlMessage> forward(ActorRef<Coordinator.Command> to, ControlMessage message) {
        to.tell(new Coordinator.Inbound(message));
        return Behaviors.same();
    }

    /** Starts the singleton here (this member must have the coordinator role); returns its proxy. */
    public static ActorRef<ControlMessage> init(ActorSystem<?> system, Behavior<ControlMessage> behavior) {
        return ClusterSingleton.get(system).init(SingletonActor.of(behavior, NAME)
                .withSettings(ClusterSingletonSettings.create(system).withRole(ROLE)));
    }

    /** A proxy to the singleton, from a member without the coordinator role. */
    public static ActorRef<ControlMessage> proxy(ActorSystem<?> system) {
        return init(system, Behaviors.empty());
    }
}
