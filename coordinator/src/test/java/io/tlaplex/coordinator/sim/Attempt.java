package io.tlaplex.coordinator.sim;

import io.tlaplex.coordinator.cluster.Coordinator;
import io.tlaplex.coordinator.cluster.CoordinatorLogic;
import io.tlaplex.coordinator.cluster.NodeControl;
import io.tlaplex.coordinator.cluster.NodeControlLogic;
import io.tlaplex.coordinator.cluster.RunObserver;
import io.tlaplex.coordinator.cluster.RunReport;
import io.tlaplex.protocol.ControlMessage;
import io.tlaplex.protocol.Join;
import io.tlaplex.protocol.LevelStatus;
import io.tlaplex.protocol.Refuse;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One attempt of a simulated cluster run: the real {@link CoordinatorLogic} and one real {@link NodeControlLogic}
 * per node, each driving a {@link SimEngine}, wired through a {@link ControlNet}, {@link DataLinks}, a simulated
 * receptionist listing and simulated timers. It ends when the coordinator reports, the launcher notices a node's
 * process died, or the coordinator crashes; a {@link LevelEndCheck} checks every level end the coordinator claims.
 * Owned by the simulation's thread.
 */
final class Attempt {
    private static final long DATA_DELAY_NANOS = 3_000_000L;

    private final Simulation sim;
    private final int id;
    private final Scheduler scheduler;
    private final SimLevel level;
    private final DataLinks links;
    private final ControlNet net;
    private final Node[] nodes;
    private final CoordinatorLogic<SimRef> coordinator;
    private final Map<CoordinatorLogic.Timer, Scheduler.Event> timers = new EnumMap<>(CoordinatorLogic.Timer.class);
    private final Set<SimRef> registered = new LinkedHashSet<>();
    private long lastListing;
    private boolean coordinatorAlive = true;
    private boolean over;
    private RunReport report;
    private final LevelEndCheck levelEnds;
    private boolean engineThread;

    /** A node's address in the attempt, as a Join's reply address names it. */
    record SimRef(int attempt, int node) {
        String replyTo() {
            return "sim/" + attempt + "/" + node;
        }

        static SimRef parse(String replyTo) {
            String[] parts = replyTo.split("/");
            return new SimRef(Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
        }
    }

    /** A node process: its control logic and, once assigned, its engine. */
    private static final class Node {
        private final SimRef ref;
        private NodeControlLogic control;
        private SimEngine engine;
        private boolean alive;

        Node(SimRef ref) {
            this.ref = ref;
        }
    }

    Attempt(Simulation sim, int id, Coordinator.Settings settings) {
        this.sim = sim;
        this.id = id;
        this.scheduler = sim.scheduler();
        this.level = sim.level();
        this.links = new DataLinks(this, settings.nodes(), DATA_DELAY_NANOS);
        this.net = new ControlNet(this, level, settings.nodes());
        this.nodes = new Node[settings.nodes()];
        this.coordinator = new CoordinatorLogic<>(settings, new Observer(), new CoordinatorEffects());
        this.levelEnds = new LevelEndCheck(this, sim.graph());
    }

    /** Starts the coordinator, then each node a little later. */
    void start() {
        coordinator.start();
        for (int n = 0; n < nodes.length; n++) {
            Node node = new Node(new SimRef(id, n));
            nodes[n] = node;
            later(scheduler.between(0, 20_000_000L), () -> startNode(node));
        }
    }

    private void startNode(Node node) {
        node.alive = true;
        int n = node.ref.node();
        Join join = new Join(n, "sim-host-" + n, 1, 0, Simulation.HASHES.spec(), Simulation.HASHES.config(),
                sim.secret().proof(n, Simulation.HASHES.spec(), Simulation.HASHES.config()),
                "sim|127.0.0.1|" + (40_000 + n), node.ref.replyTo());
        node.control = new NodeControlLogic(join, (assign, listener) -> {
            node.engine = new SimEngine(this, n, assign, listener);
            return node.engine;
        }, new NodeEffects(node));
        registered.add(node.ref);
        publishListing();
        node.control.start();
    }

    /** The receptionist tells the coordinator who is registered now, in order, a little later. */
    private void publishListing() {
        Set<SimRef> now = Set.copyOf(registered);
        long at = Math.max(scheduler.nowNanos() + scheduler.between(1_000_000L, 50_000_000L), lastListing);
        lastListing = at;
        at(at, () -> {
            if (coordinatorAlive) {
                coordinator.onListing(now);
            }
        });
    }

    /** Node {@code n}'s process dies: the receptionist drops it and the launcher sees its exit, each in its time. */
    void crashNode(int n) {
        Node node = nodes[n];
        log(() -> "crash node " + n);
        node.alive = false;
        if (node.engine != null) {
            node.engine.close();
        }
        if (registered.remove(node.ref)) {
            publishListing();
        }
        later(scheduler.between(1_000_000L, 300_000_000L),
                () -> end(new RunReport(0, 0, 0, 0, null, List.of(), "node " + n + " exited", true)));
    }

    /** The coordinator's process dies, and with it the nodes it launched. */
    void crashCoordinator() {
        log(() -> "crash coordinator");
        coordinatorAlive = false;
        for (Node node : nodes) {
            if (node != null) {
                node.alive = false;
                if (node.engine != null) {
                    node.engine.close();
                }
            }
        }
        over = true;
    }

    private void end(RunReport outcome) {
        if (!over) {
            over = true;
            report = outcome;
            log(() -> "attempt " + id + " over: " + (outcome.abort() != null ? outcome.abort() : "finished"));
        }
    }

    boolean over() {
        return over;
    }

    /** How the attempt ended; null when the coordinator crashed. */
    RunReport report() {
        return report;
    }

    boolean coordinatorCrashed() {
        return !coordinatorAlive;
    }

    /** The nodes that are alive, for the simulator's crashes. */
    List<Integer> liveNodes() {
        return java.util.stream.IntStream.range(0, nodes.length)
                .filter(n -> nodes[n] != null && nodes[n].alive).boxed().toList();
    }

    Scheduler scheduler() {
        return scheduler;
    }

    StateGraph graph() {
        return sim.graph();
    }

    SimDisk disk() {
        return sim.disk();
    }

    DataLinks links() {
        return links;
    }

    ControlNet net() {
        return net;
    }

    int nodeCount() {
        return nodes.length;
    }

    /** Whether node {@code n}'s process lives. */
    boolean alive(int n) {
        return nodes[n] != null && nodes[n].alive;
    }

    /** The engine of node {@code n} while its process lives, else null. */
    SimEngine engine(int n) {
        Node node = nodes[n];
        return node != null && node.alive ? node.engine : null;
    }

    /** Whether node {@code n} has an engine, or never will again (its process died). */
    boolean engineStarted(int n) {
        Node node = nodes[n];
        return node != null && (!node.alive || node.engine != null);
    }

    void problem(String what) {
        sim.problem(what);
    }

    void log(Supplier<String> line) {
        sim.log(line);
    }

    /**
     * Runs {@code action} as one of an engine's threads: what it tells the coordinator is handed to the network a
     * little later, so it may fall behind what the control thread sends meanwhile (two threads racing to one
     * mailbox).
     */
    void onEngineThread(Runnable action) {
        engineThread = true;
        try {
            action.run();
        } finally {
            engineThread = false;
        }
    }

    /** Runs {@code action} after {@code delayNanos} unless the attempt is over by then. */
    Scheduler.Event later(long delayNanos, Runnable action) {
        return at(scheduler.nowNanos() + delayNanos, action);
    }

    Scheduler.Event at(long atNanos, Runnable action) {
        return scheduler.at(atNanos, () -> {
            if (!over) {
                action.run();
            }
        });
    }

    private long skewed(Duration delay) {
        double skew = level.timerSkew();
        double factor = skew <= 1 ? 1 : Math.exp((scheduler.random().nextDouble() * 2 - 1) * Math.log(skew));
        return (long) (delay.toNanos() * factor);
    }

    private void fire(CoordinatorLogic.Timer timer) {
        if (!coordinatorAlive) {
            return;
        }
        sim.maybeJumpClock();
        log(() -> "timer " + timer);
        coordinator.onTimer(timer);
    }

    /** The coordinator's world: the control network, the simulated timers and clock. */
    private final class CoordinatorEffects implements CoordinatorLogic.Effects<SimRef> {
        @Override
        public SimRef resolve(String replyTo) {
            return SimRef.parse(replyTo);
        }

        @Override
        public void send(SimRef node, ControlMessage message) {
            levelEnds.observe(message);
            net.toNode(node.node(), message, m -> {
                Node to = nodes[node.node()];
                if (to.alive && !to.control.stopped()) {
                    log(() -> "node " + node.node() + " <- " + m);
                    to.control.onMessage(m);
                }
            });
        }

        @Override
        public void startSingleTimer(CoordinatorLogic.Timer timer, Duration delay) {
            cancelTimer(timer);
            timers.put(timer, later(skewed(delay), () -> {
                timers.remove(timer);
                fire(timer);
            }));
        }

        @Override
        public void startPeriodicTimer(CoordinatorLogic.Timer timer, Duration interval) {
            cancelTimer(timer);
            timers.put(timer, later(skewed(interval), () -> {
                startPeriodicTimer(timer, interval);
                fire(timer);
            }));
        }

        @Override
        public void cancelTimer(CoordinatorLogic.Timer timer) {
            Scheduler.Event event = timers.remove(timer);
            if (event != null) {
                event.cancel();
            }
        }

        @Override
        public void cancelAllTimers() {
            for (Scheduler.Event event : timers.values()) {
                event.cancel();
            }
            timers.clear();
        }

        @Override
        public long nanoTime() {
            return sim.nanoTime();
        }

        @Override
        public long newRunId() {
            return scheduler.random().nextLong();
        }
    }

    /** A node's world: the control network towards the coordinator, and its process's end. */
    private final class NodeEffects implements NodeControlLogic.Effects {
        private final Node node;
        private Scheduler.Event retry;

        NodeEffects(Node node) {
            this.node = node;
        }

        @Override
        public void toCoordinator(ControlMessage message) {
            if (engineThread) {
                later(scheduler.between(0, 2_000_000L), () -> send(message));
            } else {
                send(message);
            }
        }

        private void send(ControlMessage message) {
            if (!node.alive) {
                return;
            }
            net.toCoordinator(node.ref.node(), message, m -> {
                if (coordinatorAlive) {
                    log(() -> "coordinator <- " + m);
                    coordinator.onMessage(m);
                }
            });
        }

        @Override
        public void exit(NodeControl.Exit exit) {
            log(() -> "node " + node.ref.node() + " exits: " + exit);
        }

        @Override
        public void startJoinRetry(Duration interval) {
            cancelJoinRetry();
            retry = later(skewed(interval), () -> {
                startJoinRetry(interval);
                if (node.alive) {
                    node.control.onJoinRetry();
                }
            });
        }

        @Override
        public void cancelJoinRetry() {
            if (retry != null) {
                retry.cancel();
                retry = null;
            }
        }
    }

    /** Ends the attempt when the coordinator reports. */
    private final class Observer implements RunObserver {
        @Override
        public void initialStatesDone(long distinct) {
        }

        @Override
        public void progress(int level, List<LevelStatus> statuses) {
        }

        @Override
        public void refused(Refuse refusal) {
            problem("the coordinator refused a node: " + refusal.detail());
        }

        @Override
        public void finished(RunReport outcome) {
            end(outcome);
        }
    }
}
