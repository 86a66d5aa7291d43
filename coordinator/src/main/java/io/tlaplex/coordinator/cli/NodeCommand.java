package io.tlaplex.coordinator.cli;

import io.tlaplex.coordinator.cluster.ClusterSpec;
import io.tlaplex.coordinator.cluster.NodeProcess;
import io.tlaplex.coordinator.cluster.PekkoSettings;
import io.tlaplex.coordinator.phase.CheckOptions;
import io.tlaplex.coordinator.phase.LiveNode;
import io.tlaplex.worker.nativeio.NodeTopology;
import io.tlaplex.worker.transport.DriverConfig;
import io.tlaplex.worker.transport.DriverMode;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code tlaplex node Spec.tla -node-id I -seed-nodes HOST:PORT -secret-file F ...}: one node of a cluster run. */
final class NodeCommand implements Command {

    @Override
    public String name() {
        return "node";
    }

    @Override
    public String summary() {
        return "Spec.tla -node-id I -seed-nodes HOST:PORT -secret-file F   run one node of a cluster check";
    }

    @Override
    public List<OptionSpec> options() {
        List<OptionSpec> options = new ArrayList<>(List.of(
                OptionSpec.withValue("-config", "FILE", "the model config (default: Spec.cfg beside the spec)"),
                OptionSpec.withValue("-node-id", "I", "this node's id, 0 .. nodes-1"),
                OptionSpec.withValue("-seed-nodes", "LIST", "the coordinator's cluster address(es), host:port,..."),
                OptionSpec.withValue("-host-id", "NAME", "names this host; nodes with the same name talk over IPC "
                        + "(default: the host name)"),
                OptionSpec.withValue("-aeron-dir", "DIR", "the host's media driver directory (default "
                        + "/dev/shm/tlaplex-aeron)"),
                OptionSpec.flag("-external-driver", "use a driver another process runs; never start one"),
                OptionSpec.withValue("-workers", "N", "worker threads (default: one per core of the NUMA node)"),
                OptionSpec.withValue("-fpmem", "X", "share of physical memory for this node's fingerprints"),
                OptionSpec.flag("-deadlock", "do not report deadlocks (must match the coordinator)"),
                OptionSpec.withValue("-seed", "N", "seed of fingerprints (must match the coordinator)"),
                OptionSpec.withValue("-fp", "N", "mixed into the fingerprint seed (must match the coordinator)"),
                OptionSpec.withValue("-parent-pid", "PID", "exit when this process ends"),
                OptionSpec.withValue("-parent-dirs", "LIST", "folders to remove when the launching process ends "
                        + "first (comma-separated)"),
                OptionSpec.withValue("-work-dir", "DIR", "where trace logs go (default: the temporary folder)"),
                OptionSpec.withValue("-live-dir", "DIR", "for temporal properties: where this node records its part "
                        + "of the behaviour graph, a folder the coordinator reads (the same as its -live-dir)"),
                OptionSpec.flag("-nopin", "do not pin worker threads")));
        options.addAll(ClusterFlags.common());
        return options;
    }

    @Override
    public int run(ParsedArgs args, Terminal terminal) throws UsageException {
        NodeTopology topology = NodeTopology.detect();
        CheckOptions options = CheckCommand.options(args, topology);
        int nodeId = args.intValue("-node-id", -1, 0);
        if (nodeId < 0) {
            throw new UsageException("option -node-id is required");
        }
        PekkoSettings pekko = new PekkoSettings(ClusterFlags.host(args), ClusterFlags.port(args),
                ClusterFlags.seeds(args), "node", args.has("-v"), ClusterFlags.extra(args));
        DriverConfig driver = new DriverConfig(Path.of(args.value("-aeron-dir").orElse("/dev/shm/tlaplex-aeron")),
                args.has("-external-driver") ? DriverMode.EXTERNAL : DriverMode.AUTO, args.has("-busyspin"));
        double fpmem = options.fpmem();
        NodeProcess.Options node = new NodeProcess.Options(nodeId, args.value("-host-id").orElse(hostName()),
                options.workers(), fpmem, driver, ClusterFlags.secret(args, false, terminal), pekko,
                Path.of(args.value("-work-dir").orElse(System.getProperty("java.io.tmpdir"))),
                Long.parseLong(args.value("-parent-pid").orElse("0")), parentDirs(args));
        try {
            LoadedSpec loaded = SpecLoader.load(args, name(), terminal, true);
            ClusterSpec spec = ClusterFlags.spec(loaded, options);
            LiveNode live = new LiveNode(args.value("-live-dir").map(Path::of).orElse(null), nodeId);
            int status = new NodeProcess(terminal.out(), terminal.err()).withLiveness(live).run(spec, node);
            if (status == 0) {
                // The engine has stopped: its part of the graph is complete and the coordinator waits for it.
                try {
                    live.seal();
                } catch (UncheckedIOException e) {
                    terminal.err().println("tlaplex node: cannot hand over the behaviour graph: " + e.getMessage());
                    return 1;
                }
            }
            return status;
        } catch (ExitException e) {
            return e.status();
        }
    }

    private static List<Path> parentDirs(ParsedArgs args) {
        String text = args.value("-parent-dirs").orElse("");
        return java.util.Arrays.stream(text.split(",")).filter(s -> !s.isBlank()).map(Path::of).toList();
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "localhost";
        }
    }
}
