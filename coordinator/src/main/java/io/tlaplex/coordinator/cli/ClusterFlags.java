package io.tlaplex.coordinator.cli;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import io.tlaplex.coordinator.cluster.ClusterSecret;
import io.tlaplex.coordinator.cluster.ClusterSpec;
import io.tlaplex.coordinator.phase.CheckOptions;
import io.tlaplex.worker.nativeio.NodeTopology;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The flags cluster commands share, and reading them: cluster address, seeds, secret, extra Pekko config. */
final class ClusterFlags {
    static final String DEFAULT_HOST = "127.0.0.1";

    private ClusterFlags() {
    }

    static List<OptionSpec> common() {
        return List.of(
                OptionSpec.withValue("-bind-host", "ADDR", "address the cluster and data plane listen on "
                        + "(default 127.0.0.1)"),
                OptionSpec.withValue("-port", "N", "cluster port (default: any free port)"),
                OptionSpec.withValue("-secret-file", "FILE", "the run's shared secret (hex); made when missing"),
                OptionSpec.withValue("-cluster-conf", "FILE", "Pekko settings that override tlaplex's (e.g. TLS)"),
                OptionSpec.flag("-busyspin", "spin instead of backing off when idle (dedicated many-core hosts)"),
                OptionSpec.flag("-v", "per-node table under each progress line"));
    }

    static String host(ParsedArgs args) {
        return args.value("-bind-host").orElse(DEFAULT_HOST);
    }

    static int port(ParsedArgs args) throws UsageException {
        return args.intValue("-port", 0, 0);
    }

    static Config extra(ParsedArgs args) throws UsageException {
        if (args.value("-cluster-conf").isEmpty()) {
            return null;
        }
        Path file = Path.of(args.value("-cluster-conf").get());
        if (!Files.isRegularFile(file)) {
            throw new UsageException("cannot find the cluster config " + file);
        }
        return ConfigFactory.parseFile(file.toFile());
    }

    static List<String> seeds(ParsedArgs args) throws UsageException {
        String text = args.value("-seed-nodes").orElseThrow(() -> new UsageException(
                "option -seed-nodes is required: the coordinator's host:port"));
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Reads the secret, or (when {@code create}) makes one and writes it to the missing file. */
    static ClusterSecret secret(ParsedArgs args, boolean create, Terminal terminal) throws UsageException {
        Path file = Path.of(args.value("-secret-file").orElseThrow(() -> new UsageException(
                "option -secret-file is required: every member proves it belongs to the run with it")));
        try {
            if (!Files.exists(file) && create) {
                ClusterSecret secret = ClusterSecret.generate();
                secret.writeTo(file);
                terminal.err().println("tlaplex: wrote a new cluster secret to " + file
                        + "; copy it to every node's host");
                return secret;
            }
            return ClusterSecret.read(file);
        } catch (IOException e) {
            throw new UsageException("cannot read the cluster secret " + file + ": " + e.getMessage());
        }
    }

    static ClusterSpec spec(LoadedSpec loaded, CheckOptions options) throws UsageException {
        String text;
        try {
            text = loaded.configFile() == null ? "" : Files.readString(loaded.configFile());
        } catch (IOException e) {
            throw new UsageException("cannot read " + loaded.configFile() + ": " + e.getMessage());
        }
        return new ClusterSpec(loaded.model(), loaded.config(), text, options);
    }

    /** Workers per node when not given: the node's share of this host's cores. */
    static int defaultWorkers(NodeTopology topology, int nodes) {
        if (topology.nodes().size() >= nodes) {
            return topology.defaultWorkers();
        }
        return Math.max(1, Runtime.getRuntime().availableProcessors() / nodes);
    }
}
