package io.tlaplex.coordinator.cli;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import io.tlaplex.coordinator.cluster.ClusterSecret;
import io.tlaplex.coordinator.cluster.ClusterSpec;
import io.tlaplex.coordinator.cluster.TlsException;
import io.tlaplex.coordinator.cluster.TlsStores;
import io.tlaplex.coordinator.phase.CheckOptions;
import io.tlaplex.worker.nativeio.NodeTopology;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The flags cluster commands share, and reading them: cluster address, seeds, secret, TLS, extra Pekko config. */
final class ClusterFlags {
    static final String DEFAULT_HOST = "127.0.0.1";
    /** Where the TLS stores' password comes from without {@code -tls-password-file}: never the command line. */
    static final String PASSWORD_ENV = "TLAPLEX_TLS_PASSWORD";
    /** The trust store's password, when it differs from the key store's. */
    static final String TRUST_PASSWORD_ENV = "TLAPLEX_TLS_TRUSTSTORE_PASSWORD";
    /** The flags {@code check -nodes} hands on to its node JVMs as they are. */
    static final List<String> TLS_FLAGS = List.of("-tls-keystore", "-tls-truststore", "-tls-password-file");

    private ClusterFlags() {
    }

    static List<OptionSpec> common() {
        List<OptionSpec> options = new ArrayList<>(List.of(
                OptionSpec.withValue("-bind-host", "ADDR", "address the cluster and data plane listen on "
                        + "(default 127.0.0.1)"),
                OptionSpec.withValue("-port", "N", "cluster port (default: any free port)"),
                OptionSpec.withValue("-secret-file", "FILE", "the run's shared secret (hex); made when missing"),
                OptionSpec.withValue("-cluster-conf", "FILE", "Pekko settings that override tlaplex's"),
                OptionSpec.flag("-busyspin", "spin instead of backing off when idle (dedicated many-core hosts)"),
                OptionSpec.flag("-v", "per-node table under each progress line")));
        options.addAll(tlsOptions(""));
        return options;
    }

    /** The TLS flags, their help starting with {@code prefix} (e.g. "with -nodes: "). */
    static List<OptionSpec> tlsOptions(String prefix) {
        return List.of(
                OptionSpec.withValue("-tls-keystore", "FILE", prefix + "TLS between the cluster members, with "
                        + "this member's key and certificate (PKCS12 or JKS)"),
                OptionSpec.withValue("-tls-truststore", "FILE", prefix + "the certificates of the members to "
                        + "accept (default: the key store)"),
                OptionSpec.withValue("-tls-password-file", "FILE", prefix + "a file holding the stores' password "
                        + "(default: $" + PASSWORD_ENV + ")"));
    }

    static String host(ParsedArgs args) {
        return args.value("-bind-host").orElse(DEFAULT_HOST);
    }

    static int port(ParsedArgs args) throws UsageException {
        return args.intValue("-port", 0, 0);
    }

    /**
     * The port the coordinator of a local run listens on: {@code -port}, or a free one picked now, so that the
     * nodes, told it at their start, may start before the coordinator listens.
     */
    static int listenPort(ParsedArgs args) throws UsageException {
        int port = port(args);
        if (port != 0) {
            return port;
        }
        String host = host(args);
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(host))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UsageException("cannot listen on " + host + ": " + e.getMessage());
        }
    }

    /**
     * The Pekko settings over tlaplex's: the {@code -cluster-conf} file over the TLS flags' settings, or null for
     * none. When they turn TLS on, the stores are opened here, so that a bad one is a usage error.
     */
    static Config extra(ParsedArgs args) throws UsageException {
        return extra(args, System.getenv());
    }

    static Config extra(ParsedArgs args, Map<String, String> env) throws UsageException {
        Config file = clusterConf(args);
        TlsStores tls = tls(args, env);
        Config extra = tls == null ? file : file == null ? tls.toConfig() : file.withFallback(tls.toConfig());
        if (extra != null) {
            checkTls(extra, args);
        }
        return extra;
    }

    private static Config clusterConf(ParsedArgs args) throws UsageException {
        if (args.value("-cluster-conf").isEmpty()) {
            return null;
        }
        Path file = Path.of(args.value("-cluster-conf").get());
        if (!Files.isRegularFile(file)) {
            throw new UsageException("cannot find the cluster config " + file);
        }
        try {
            return ConfigFactory.parseFile(file.toFile());
        } catch (ConfigException e) {
            throw new UsageException("cannot read the cluster config " + file + ": " + e.getMessage());
        }
    }

    /** The stores the TLS flags name, or null without {@code -tls-keystore}. */
    static TlsStores tls(ParsedArgs args, Map<String, String> env) throws UsageException {
        if (args.value("-tls-keystore").isEmpty()) {
            for (String flag : TLS_FLAGS) {
                if (args.has(flag)) {
                    throw new UsageException("option " + flag + " needs -tls-keystore");
                }
            }
            return null;
        }
        Path keyStore = Path.of(args.value("-tls-keystore").get());
        Path trustStore = Path.of(args.value("-tls-truststore").orElse(keyStore.toString()));
        String password = password(args, env);
        return TlsStores.of(keyStore, trustStore, password, env.getOrDefault(TRUST_PASSWORD_ENV, password));
    }

    private static String password(ParsedArgs args, Map<String, String> env) throws UsageException {
        if (args.value("-tls-password-file").isPresent()) {
            Path file = Path.of(args.value("-tls-password-file").get());
            String text;
            try {
                text = Files.readString(file);
            } catch (NoSuchFileException e) {
                throw new UsageException("cannot find the TLS password file " + file);
            } catch (IOException e) {
                throw new UsageException("cannot read the TLS password file " + file + ": " + e.getMessage());
            }
            String line = text.lines().findFirst().orElse("");
            if (line.isEmpty()) {
                throw new UsageException("the TLS password file " + file + " is empty");
            }
            return line;
        }
        String password = env.get(PASSWORD_ENV);
        if (password == null || password.isEmpty()) {
            throw new UsageException("-tls-keystore needs the stores' password: set " + PASSWORD_ENV
                    + " or name a file holding it with -tls-password-file");
        }
        return password;
    }

    /** Opens the stores the settings name (flags or a {@code -cluster-conf} recipe alike), as Pekko will. */
    private static void checkTls(Config extra, ParsedArgs args) throws UsageException {
        TlsStores stores;
        try {
            stores = TlsStores.fromConfig(extra.withFallback(ConfigFactory.load()).resolve());
        } catch (ConfigException e) {
            throw new UsageException("cannot use the cluster settings" + args.value("-cluster-conf")
                    .map(f -> " of " + f).orElse("") + ": " + e.getMessage());
        }
        if (stores == null) {
            return;
        }
        try {
            stores.open();
        } catch (TlsException e) {
            throw new UsageException(e.getMessage());
        }
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
