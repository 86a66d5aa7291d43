package io.tlaplex.coordinator.cluster;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigValueFactory;
import io.tlaplex.coordinator.phase.LiveNode;
import io.tlaplex.frontend.diag.DiagnosticException;
import io.tlaplex.frontend.diag.DiagnosticPrinter;
import io.tlaplex.protocol.Assign;
import io.tlaplex.protocol.AssignedNode;
import io.tlaplex.protocol.ClusterCheckpoint;
import io.tlaplex.protocol.ControlMessage;
import io.tlaplex.protocol.Join;
import io.tlaplex.worker.cluster.ClusterNode;
import io.tlaplex.worker.cluster.ClusterNodeConfig;
import io.tlaplex.worker.cluster.NodeCheckpointPlan;
import io.tlaplex.worker.cluster.NodeHooks;
import io.tlaplex.worker.cluster.NodeListener;
import io.tlaplex.worker.fpset.FingerprintSet;
import io.tlaplex.worker.fpset.FingerprintSetConfig;
import io.tlaplex.worker.transport.DriverConfig;
import io.tlaplex.worker.transport.LinkConfig;
import io.tlaplex.worker.transport.MediaDriverLauncher;
import io.tlaplex.worker.transport.NodeAddress;
import io.tlaplex.worker.transport.OwnerFunction;
import io.tlaplex.worker.transport.Transport;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.agrona.concurrent.SystemNanoClock;
import org.apache.pekko.actor.CoordinatedShutdown;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * The assembly of one node JVM ({@code tlaplex node}): compiles the spec, attaches to (or starts) the host's media
 * driver, opens the node's data plane, joins the Pekko cluster and runs {@link NodeControl} until the run is done,
 * the coordinator refuses it, or the launching process (when one is named) ends. Owned by the command's thread.
 */
public final class NodeProcess {
    private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(10);
    /** How long a seed that refuses this node's certificate may take to say so. */
    private static final Duration TLS_REPLY_WAIT = Duration.ofSeconds(3);
    /** How long Pekko tries to join before it stops the member. */
    private static final String JOIN_GIVE_UP = "pekko.cluster.shutdown-after-unsuccessful-join-seed-nodes";

    /**
     * @param nodeId     this node's id
     * @param hostId     names the host: nodes with the same one share the media driver and talk over IPC
     * @param workers    worker threads
     * @param fpmem      share of physical memory for this node's fingerprint shard
     * @param driver     where the host's media driver lives and whether to start it
     * @param secret     the run's secret
     * @param pekko      cluster settings (bind address, seeds, role node)
     * @param workDir    where the node keeps its trace logs
     * @param parentPid  the launching process, whose end ends this node; 0 when none
     * @param parentDirs the launching process's folders, removed by this node when that process ended first
     *                   (killed with SIGKILL, it cannot remove them itself)
     */
    public record Options(int nodeId, String hostId, int workers, double fpmem, DriverConfig driver,
                          ClusterSecret secret, PekkoSettings pekko, java.nio.file.Path workDir, long parentPid,
                          List<java.nio.file.Path> parentDirs) {
    }

    /** The exit status of a node whose launching process ended first. */
    public static final int PARENT_GONE = 3;
    private static final int DELETE_ATTEMPTS = 10;

    private final PrintStream out;
    private final PrintStream err;
    private LiveNode live = new LiveNode(null, 0);

    public NodeProcess(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Records the behaviour graph of temporal properties with {@code liveNode}; before {@link #run}. */
    public NodeProcess withLiveness(LiveNode liveNode) {
        this.live = liveNode;
        return this;
    }

    /** Runs the node to the end of the run; returns the process exit status. */
    public int run(ClusterSpec clusterSpec, Options options) {
        io.tlaplex.coordinator.cluster.StartTrace.mark("node run");
        CompletableFuture<NodeControl.Exit> exit = new CompletableFuture<>();
        // Pekko takes seconds to start and join; let it do so while the spec compiles and the data plane opens.
        CompletableFuture<ActorSystem<Begin>> starting = new CompletableFuture<>();
        Config config = withJoinPatience(options.pekko().toConfig(), options);
        Thread.ofPlatform().name("tlaplex-cluster-start").daemon().start(() -> startSystem(config, options, exit,
                starting));
        TlsStores tls = TlsStores.fromConfig(config);
        if (tls != null && !options.pekko().seeds().isEmpty()) {
            Thread.ofPlatform().name("tlaplex-tls-probe").daemon().start(() -> probeTls(tls, options,
                    joinPatience(config), exit));
        }
        try {
            return run(clusterSpec, options, exit, starting);
        } finally {
            starting.thenAccept(system -> {
                system.terminate();
                awaitTermination(system);
            });
        }
    }

    private int run(ClusterSpec clusterSpec, Options options, CompletableFuture<NodeControl.Exit> exit,
                    CompletableFuture<ActorSystem<Begin>> starting) {
        ClusterSpec.Compiled compiled;
        try {
            compiled = clusterSpec.compile(out);
            io.tlaplex.coordinator.cluster.StartTrace.mark("compiled");
        } catch (DiagnosticException e) {
            err.print(DiagnosticPrinter.of(clusterSpec.model().sources()).format(e.diagnostics()));
            return e.exitCode();
        }
        RunHashes hashes = clusterSpec.hashes();
        watchParent(options.parentPid(), exit);
        List<FingerprintSet> shards = new ArrayList<>();
        List<ClusterNode<?>> engines = new ArrayList<>();
        try (MediaDriverLauncher driver = MediaDriverLauncher.launch(options.driver());
             Transport transport = Transport.open(driver, LinkConfig.defaults(),
                     new NodeAddress(options.nodeId(), options.hostId(), options.pekko().host(), 0))) {
            NodeAddress self = transport.address();
            String dataChannel = self.host() + "|" + self.udpHost() + "|" + self.udpPort();
            Join join = new Join(options.nodeId(), options.hostId(), options.workers(), 0, hashes.spec(),
                    hashes.config(), options.secret().proof(options.nodeId(), hashes.spec(), hashes.config()),
                    dataChannel, "");
            NodeControl.EngineFactory factory = (assign, listener) -> started(engines, startEngine(clusterSpec,
                    compiled, options, transport, shards, assign, listener));
            ActorSystem<Begin> system = awaitSystem(starting);
            io.tlaplex.coordinator.cluster.StartTrace.mark("transport open, system ready");
            if (system != null) {
                system.tell(new Begin(join, factory));
            }
            NodeControl.Exit result = await(exit);
            io.tlaplex.coordinator.cluster.StartTrace.mark("exit");
            if (result.status() == PARENT_GONE) {
                // First, before the actor system's shutdown, which may wait long for a coordinator that is gone,
                // and before the dead launcher's media driver times this JVM's Aeron client out.
                engines.forEach(ClusterNode::close);
                options.parentDirs().forEach(NodeProcess::deleteAll);
            }
            if (result.message() != null) {
                err.println(result.message());
            }
            if (system != null) {
                system.terminate();
                awaitTermination(system);
            }
            io.tlaplex.coordinator.cluster.StartTrace.mark("terminated");
            return result.status();
        } finally {
            shards.forEach(FingerprintSet::close);
            io.tlaplex.coordinator.cluster.StartTrace.mark("shards closed");
        }
    }

    private static ClusterNode<?> started(List<ClusterNode<?>> engines, ClusterNode<?> engine) {
        synchronized (engines) {
            engines.add(engine);
        }
        return engine;
    }

    /** Removes {@code dir}; the run's other nodes may be removing it too, so a walk that trips over them retries. */
    private static void deleteAll(java.nio.file.Path dir) {
        for (int attempt = 0; attempt < DELETE_ATTEMPTS && java.nio.file.Files.exists(dir); attempt++) {
            try (java.util.stream.Stream<java.nio.file.Path> walk = java.nio.file.Files.walk(dir)) {
                for (java.nio.file.Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    java.nio.file.Files.deleteIfExists(path);
                }
            } catch (java.io.IOException | java.io.UncheckedIOException e) {
                // Another node removed part of it under us: walk again.
            }
        }
    }

    private static void startSystem(Config config, Options options, CompletableFuture<NodeControl.Exit> exit,
                                    CompletableFuture<ActorSystem<Begin>> starting) {
        try {
            ActorSystem<Begin> system = ActorSystem.create(guardian(exit), PekkoSettings.SYSTEM_NAME, config);
            system.getWhenTerminated().thenRun(() -> exit.complete(stopped(system, options, config)));
            io.tlaplex.coordinator.cluster.StartTrace.mark("system created");
            org.apache.pekko.cluster.Cluster.get(system.classicSystem()).registerOnMemberUp(() -> io.tlaplex.coordinator.cluster.StartTrace.mark("member up"));
            starting.complete(system);
        } catch (RuntimeException | LinkageError e) {
            starting.completeExceptionally(e);
            exit.complete(new NodeControl.Exit(1, "tlaplex node: cannot start the cluster member: " + e));
        }
    }

    /**
     * A node its launcher watches ({@code check -nodes}) starts before its coordinator, which may first compile a
     * large spec: it keeps trying to join until the launcher ends, instead of giving up after a while.
     */
    private static Config withJoinPatience(Config config, Options options) {
        return options.parentPid() <= 0 ? config
                : config.withValue(JOIN_GIVE_UP, ConfigValueFactory.fromAnyRef("off"));
    }

    private static Duration joinPatience(Config config) {
        return config.getString(JOIN_GIVE_UP).equals("off") ? Duration.ofDays(1) : config.getDuration(JOIN_GIVE_UP);
    }

    /** Why the member stopped on its own, before the run told the node to end: most often, it never joined. */
    private static NodeControl.Exit stopped(ActorSystem<?> system, Options options, Config config) {
        Optional<CoordinatedShutdown.Reason> reason = CoordinatedShutdown.get(system.classicSystem())
                .getShutdownReason();
        if (reason.filter(r -> r == CoordinatedShutdown.clusterJoinUnsuccessfulReason()).isEmpty()) {
            return new NodeControl.Exit(1, "tlaplex node: the cluster member stopped before the run ended ("
                    + reason.map(Object::toString).orElse("the actor system ended") + ")");
        }
        long seconds = joinPatience(config).toSeconds();
        String hint = TlsStores.fromConfig(config) != null ? "; TLS is on here: is it on there too?" : "";
        return new NodeControl.Exit(1, "tlaplex node: could not join the coordinator at "
                + String.join(", ", options.pekko().seeds()) + " within " + seconds + " s" + hint);
    }

    /** Ends the node at once when a seed refuses its certificate or it refuses the seed's. */
    private static void probeTls(TlsStores tls, Options options, Duration patience,
                                 CompletableFuture<NodeControl.Exit> exit) {
        try {
            new TlsProbe(tls.open(), TLS_REPLY_WAIT).watch(options.pekko().seeds(), patience, exit,
                    why -> exit.complete(new NodeControl.Exit(1, "tlaplex node: " + why)));
        } catch (TlsException e) {
            exit.complete(new NodeControl.Exit(1, "tlaplex node: " + e.getMessage()));
        }
    }

    private static ActorSystem<Begin> awaitSystem(CompletableFuture<ActorSystem<Begin>> starting) {
        try {
            return starting.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            return null;
        }
    }

    /** Tells the started member who it is once the spec is compiled and the data plane is open. */
    private record Begin(Join join, NodeControl.EngineFactory engines) {
    }

    private static Behavior<Begin> guardian(CompletableFuture<NodeControl.Exit> exit) {
        return Behaviors.receive((ctx, begin) -> {
            ActorRef<ControlMessage> coordinator = CoordinatorSingleton.proxy(ctx.getSystem());
            ctx.spawn(NodeControl.create(new NodeControl.Setup(begin.join(), coordinator, begin.engines(),
                    exit::complete)), "node-" + begin.join().nodeId());
            return Behaviors.ignore();
        });
    }

    private ClusterNode<?> startEngine(ClusterSpec clusterSpec, ClusterSpec.Compiled compiled, Options options,
                                       Transport transport, List<FingerprintSet> shards, Assign assign,
                                       NodeListener listener) {
        List<NodeAddress> addresses = new ArrayList<>();
        for (AssignedNode node : assign.nodes()) {
            String[] parts = node.dataChannel().split("\\|");
            if (parts.length != 3) {
                throw new IllegalArgumentException("node " + node.nodeId() + " has no data channel");
            }
            addresses.add(new NodeAddress(node.nodeId(), parts[0], parts[1], Integer.parseInt(parts[2])));
        }
        OwnerFunction owners = OwnerFunction.of(assign.ownerMap(), 1);
        FingerprintSet seen = FingerprintSetConfig.fromFpMem(options.fpmem()).create();
        shards.add(seen);
        ClusterNodeConfig config = new ClusterNodeConfig(options.nodeId(), addresses.size(), options.workers(),
                options.workDir(), clusterSpec.options().placement(), options.driver().busySpin());
        ClusterCheckpoint checkpoint = assign.checkpoint();
        if (checkpoint != null) {
            config = config.withCheckpoints(new NodeCheckpointPlan(java.nio.file.Path.of(checkpoint.directory()),
                    checkpoint.traceNodeBase() + options.nodeId(), checkpoint.resumeEpoch(),
                    checkpoint.resumeLevel(), options.nodeId() == 0 ? checkpoint.resumedGenerated() : 0));
        }
        io.tlaplex.coordinator.cluster.StartTrace.mark("assign");
        return ClusterNode.start(config, live.models(compiled.spec(), clusterSpec.models(compiled.spec(),
                compiled.first(), out)), seen, owners,
                new NodeHooks(new EvalErrors(), listener),
                handler -> transport.connect(assign.runId(), addresses, handler, new SystemNanoClock()));
    }

    private static void watchParent(long pid, CompletableFuture<NodeControl.Exit> exit) {
        if (pid <= 0) {
            return;
        }
        // A Ctrl-C reaches the whole process group, and a preempted host may signal every process: the launcher
        // decides when its nodes end, after the checkpoint it asks them for, so they ignore both signals.
        ignore("INT");
        ignore("TERM");
        ProcessHandle.of(pid).ifPresentOrElse(
                parent -> parent.onExit().thenRun(() -> exit.complete(
                        new NodeControl.Exit(PARENT_GONE, "tlaplex node: the launching process " + pid + " ended"))),
                () -> exit.complete(new NodeControl.Exit(PARENT_GONE, "tlaplex node: the launching process " + pid
                        + " is gone")));
    }

    private static void ignore(String signal) {
        try {
            Signal.handle(new Signal(signal), SignalHandler.SIG_IGN);
        } catch (IllegalArgumentException e) {
            // No such signal here, or the JVM keeps it: nothing to ignore.
        }
    }

    private static NodeControl.Exit await(CompletableFuture<NodeControl.Exit> exit) {
        try {
            return exit.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new NodeControl.Exit(130, "tlaplex node: interrupted");
        } catch (ExecutionException e) {
            return new NodeControl.Exit(1, "tlaplex node: " + e.getCause());
        }
    }

    static void awaitTermination(ActorSystem<?> system) {
        try {
            system.getWhenTerminated().toCompletableFuture().get(SHUTDOWN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // The process ends anyway; Pekko's own threads are daemons.
        }
    }
}
