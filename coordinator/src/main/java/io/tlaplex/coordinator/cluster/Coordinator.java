package io.tlaplex.coordinator.cluster;

import io.tlaplex.protocol.ControlMessage;
import java.security.SecureRandom;
import java.time.Duration;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorRefResolver;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.TimerScheduler;
import org.apache.pekko.actor.typed.receptionist.Receptionist;
import org.apache.pekko.actor.typed.receptionist.ServiceKey;

/**
 * The coordinator of one cluster run (a cluster singleton; see {@link CoordinatorSingleton}): a Pekko shell around
 * {@link CoordinatorLogic}, which decides everything. Steps: {@code joining} (Join, checked against the secret and
 * the hashes, else Refuse) → Assign and Start → {@code exploring} (per level: nodes report idle, then termination
 * waves until two consistent ones, see {@link WaveDetector}; a failure drains or halts the level) →
 * {@code preparing} (every node swaps its queues and answers LevelReady before any node starts the next level, so no
 * state of level {@code L + 2} can reach a node still holding level {@code L + 1}'s queue) → {@code exploring} ...
 * → {@code halting} (every node stops and flushes) → {@code tracing} (the shortest failure's trace, asked of each
 * owner in turn) → Done. With checkpoints, a level's end that finds one due goes through {@code checkpointing}
 * before {@code preparing}: every node writes its part, then the epoch is committed. A resumed run starts with
 * {@code preparing} the level it resumes.
 */
public final class Coordinator {
    /** Where nodes register; the coordinator watches the listing to notice a node that left. */
    public static final ServiceKey<ControlMessage> NODE_KEY = ServiceKey.create(ControlMessage.class, "tlaplex-node");

    /** What the coordinator handles. */
    public sealed interface Command permits Inbound, Tick, NodesListed {
    }

    /** A control message from a node. */
    public record Inbound(ControlMessage message) implements Command {
    }

    private record Tick(CoordinatorLogic.Timer timer) implements Command {
    }

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
                           CoordinatorCheckpoints checkpoints) {

        /** Settings for a run without checkpoints. */
        public Settings(int nodes, RunHashes hashes, ClusterSecret secret, boolean checkDeadlock, long seed,
                        Duration waveRetry, Duration progressInterval, Duration joinTimeout) {
            this(nodes, hashes, secret, checkDeadlock, seed, waveRetry, progressInterval, joinTimeout, null);
        }
    }

    private final CoordinatorLogic<ActorRef<ControlMessage>> logic;

    private Coordinator(CoordinatorLogic<ActorRef<ControlMessage>> logic) {
        this.logic = logic;
    }

    public static Behavior<Command> create(Settings settings, RunObserver observer) {
        return Behaviors.setup(ctx -> Behaviors.withTimers(timers -> {
            ActorRef<Receptionist.Listing> listings = ctx.messageAdapter(Receptionist.Listing.class, NodesListed::new);
            ctx.getSystem().receptionist().tell(Receptionist.subscribe(NODE_KEY, listings));
            CoordinatorLogic<ActorRef<ControlMessage>> logic = new CoordinatorLogic<>(settings, observer,
                    new PekkoEffects(ctx, timers));
            logic.start();
            return new Coordinator(logic).running();
        }));
    }

    private Behavior<Command> running() {
        return Behaviors.receive(Command.class)
                .onMessage(Inbound.class, this::onInbound)
                .onMessage(Tick.class, this::onTick)
                .onMessage(NodesListed.class, this::onListing)
                .build();
    }

    private Behavior<Command> onInbound(Inbound inbound) {
        logic.onMessage(inbound.message());
        return next();
    }

    private Behavior<Command> onTick(Tick tick) {
        logic.onTimer(tick.timer());
        return next();
    }

    private Behavior<Command> onListing(NodesListed listed) {
        logic.onListing(listed.listing().getServiceInstances(NODE_KEY));
        return next();
    }

    private Behavior<Command> next() {
        return logic.done() ? Behaviors.ignore() : Behaviors.same();
    }

    /** The logic's effects through the actor's context and timers; only on the actor's thread. */
    private static final class PekkoEffects implements CoordinatorLogic.Effects<ActorRef<ControlMessage>> {
        private final TimerScheduler<Command> timers;
        private final ActorRefResolver resolver;
        private final SecureRandom random = new SecureRandom();

        PekkoEffects(ActorContext<Command> ctx, TimerScheduler<Command> timers) {
            this.timers = timers;
            this.resolver = ActorRefResolver.get(ctx.getSystem());
        }

        @Override
        public ActorRef<ControlMessage> resolve(String replyTo) {
            return resolver.resolveActorRef(replyTo);
        }

        @Override
        public void send(ActorRef<ControlMessage> node, ControlMessage message) {
            node.tell(message);
        }

        @Override
        public void startSingleTimer(CoordinatorLogic.Timer timer, Duration delay) {
            timers.startSingleTimer(timer, new Tick(timer), delay);
        }

        @Override
        public void startPeriodicTimer(CoordinatorLogic.Timer timer, Duration interval) {
            timers.startTimerWithFixedDelay(timer, new Tick(timer), interval);
        }

        @Override
        public void cancelTimer(CoordinatorLogic.Timer timer) {
            timers.cancel(timer);
        }

        @Override
        public void cancelAllTimers() {
            timers.cancelAll();
        }

        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public long newRunId() {
            return random.nextLong();
        }
    }
}
