package io.tlaplex.coordinator.cli;

import io.tlaplex.coordinator.cluster.ClusterCheck;
import io.tlaplex.coordinator.cluster.ClusterSecret;
import io.tlaplex.coordinator.cluster.CoordinatorSingleton;
import io.tlaplex.coordinator.cluster.LocalNodes;
import io.tlaplex.coordinator.cluster.PekkoSettings;
import io.tlaplex.coordinator.cluster.StopHooks;
import io.tlaplex.coordinator.phase.CheckOptions;
import io.tlaplex.coordinator.phase.CheckSummary;
import io.tlaplex.coordinator.phase.CheckpointOptions;
import io.tlaplex.coordinator.web.StatusBoard;
import io.tlaplex.coordinator.web.StatusServer;
import io.tlaplex.worker.nativeio.NodeTopology;
import io.tlaplex.worker.transport.DriverConfig;
import io.tlaplex.worker.transport.DriverMode;
import io.tlaplex.worker.transport.MediaDriverLauncher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * {@code tlaplex check Spec.tla -nodes N}: a cluster check on this host. The CLI JVM runs the coordinator and the
 * host's media driver; N {@code tlaplex node} children (pinned one per NUMA node where the host has that many)
 * explore, talking over {@code aeron:ipc}. The run's folders (secret, trace logs, driver files) are removed at the
 * end, on failure, and from a shutdown hook. With {@code -http} the CLI JVM serves the run's status page.
 */
final class LocalClusterCommand {
    private static final Duration JOIN_TIMEOUT = Duration.ofSeconds(120);

    private LocalClusterCommand() {
    }

    /** The node count {@code -nodes} asks for: a number, or {@code auto} for one per NUMA node. */
    static int nodes(ParsedArgs args, NodeTopology topology) throws UsageException {
        String text = args.value("-nodes").orElse("1");
        return text.equals("auto") ? Math.max(1, topology.nodes().size()) : args.intValue("-nodes", 1, 1);
    }

    static int run(ParsedArgs args, Terminal terminal, NodeTopology topology) throws UsageException, ExitException {
        int nodes = nodes(args, topology);
        CheckOptions options = CheckCommand.options(args, topology);
        if (args.value("-workers").orElse("auto").equals("auto")) {
            options = options.withWorkers(ClusterFlags.defaultWorkers(topology, nodes));
        }
        LoadedSpec loaded = SpecLoader.load(args, "check", terminal, true);
        CheckpointOptions checkpoints = CheckCommand.withCheckpoints(args, options, loaded).checkpoints();
        Path runDir = createDir(Path.of(System.getProperty("java.io.tmpdir")), "tlaplex-cluster-");
        Path shm = Files.isDirectory(Path.of("/dev/shm")) ? Path.of("/dev/shm") : runDir;
        Path aeronDir = shm.resolve("tlaplex-aeron-" + UUID.randomUUID());
        Thread cleanup = new Thread(() -> {
            StopHooks.awaitFirst();
            deleteAll(runDir, aeronDir);
        }, "tlaplex-cluster-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        StatusBoard board = new StatusBoard(loaded.specFile().getFileName().toString());
        try (StatusServer server = CheckCommand.statusServer(args, board, terminal);
             MediaDriverLauncher driver = MediaDriverLauncher.launch(new DriverConfig(aeronDir, DriverMode.EMBEDDED,
                     args.has("-busyspin")))) {
            ClusterSecret secret = ClusterSecret.generate();
            Path secretFile = runDir.resolve("secret");
            secret.writeTo(secretFile);
            List<String> common = nodeArgs(args, loaded, options, nodes, secretFile, aeronDir);
            PekkoSettings pekko = new PekkoSettings(ClusterFlags.host(args), ClusterFlags.listenPort(args), List.of(),
                    CoordinatorSingleton.ROLE, args.has("-v"), ClusterFlags.extra(args));
            LocalNodes.Plan plan = new LocalNodes.Plan(nodes, (id, seed) -> withNode(common, id, seed, runDir),
                    id -> numactl(topology, nodes, id, args.has("-nopin")), Path.of("").toAbsolutePath());
            // The node JVMs start now, while this JVM compiles the spec and starts the coordinator they will join.
            try (LocalNodes.EarlyNodes launcher = LocalNodes.early(plan, pekko.host() + ":" + pekko.port())) {
                ClusterCheck.Run run = new ClusterCheck.Run(nodes, pekko, secret, launcher, JOIN_TIMEOUT,
                        args.has("-v"), checkpoints);
                ClusterCheck check = new ClusterCheck(terminal.out(), terminal.err(), System::nanoTime)
                        .withFeatures(CheckCommand.features(args)).withLiveDir(liveDir(runDir));
                if (server != null) {
                    check.withStatusBoard(board);
                }
                CheckSummary summary = check.run(ClusterFlags.spec(loaded, options), run);
                return summary.exitCode();
            }
        } catch (IOException e) {
            throw new UsageException("cannot prepare the cluster run in " + runDir + ": " + e.getMessage());
        } finally {
            deleteAll(runDir, aeronDir);
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException e) {
                // Shutting down: the hook runs anyway.
            }
        }
    }

    private static List<String> nodeArgs(ParsedArgs args, LoadedSpec loaded, CheckOptions options, int nodes,
                                         Path secretFile, Path aeronDir) {
        List<String> list = new ArrayList<>(List.of("node", loaded.specFile().toAbsolutePath().toString(),
                "-config", loaded.configFile().toAbsolutePath().toString(),
                "-secret-file", secretFile.toString(), "-aeron-dir", aeronDir.toString(), "-external-driver",
                "-host-id", "local", "-bind-host", ClusterFlags.host(args),
                "-workers", String.valueOf(options.workers()),
                "-fpmem", String.valueOf(options.fpmem() / nodes),
                "-parent-pid", String.valueOf(ProcessHandle.current().pid()),
                "-parent-dirs", secretFile.getParent() + "," + aeronDir,
                "-live-dir", liveDir(secretFile.getParent()).toString()));
        for (String flag : List.of("-seed", "-fp", "-cluster-conf", "-tls-keystore", "-tls-truststore",
                "-tls-password-file")) {
            args.value(flag).ifPresent(value -> {
                list.add(flag);
                list.add(value);
            });
        }
        for (String flag : List.of("-deadlock", "-nopin", "-busyspin", "-v")) {
            if (args.has(flag)) {
                list.add(flag);
            }
        }
        return list;
    }

    /** Where the nodes record the behaviour graph for temporal properties and the coordinator reads it. */
    private static Path liveDir(Path runDir) {
        return runDir.resolve("live");
    }

    private static List<String> withNode(List<String> common, int id, String seed, Path runDir) {
        List<String> list = new ArrayList<>(common);
        list.addAll(List.of("-node-id", String.valueOf(id), "-seed-nodes", seed,
                "-work-dir", runDir.resolve("node-" + id).toString()));
        return list;
    }

    /** Pins node {@code id} to NUMA node {@code id} when the host has a NUMA node per cluster node and numactl. */
    private static List<String> numactl(NodeTopology topology, int nodes, int id, boolean noPin) {
        if (noPin || topology.nodes().size() < nodes || topology.nodes().size() < 2) {
            return List.of();
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, "numactl"))) {
                int numa = topology.nodes().get(id).id();
                return List.of("numactl", "--cpunodebind=" + numa, "--membind=" + numa);
            }
        }
        return List.of();
    }

    private static Path createDir(Path base, String prefix) throws UsageException {
        try {
            return Files.createTempDirectory(base, prefix);
        } catch (IOException e) {
            throw new UsageException("cannot create a folder for the cluster run in " + base + ": " + e.getMessage());
        }
    }

    private static void deleteAll(Path... dirs) {
        for (Path dir : dirs) {
            if (!Files.exists(dir)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            } catch (IOException e) {
                // Best effort: the folders live under the temporary folders.
            }
        }
    }
}
