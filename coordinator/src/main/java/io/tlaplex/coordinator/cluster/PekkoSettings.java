package io.tlaplex.coordinator.cluster;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The Pekko configuration of a tlaplex member: cluster provider, Artery over TCP bound to {@code host:port}
 * (127.0.0.1 by default), the seed nodes, the member's role, the split-brain resolver (keep-majority after 5 s of
 * stable unreachability, so a partitioned minority downs itself), and logging off unless asked for, since stdout
 * carries TLC's output; on the loopback interface, shorter gossip and retry rounds. {@code extra} (TLS settings from
 * {@link TlsStores}, {@code -cluster-conf}) wins over all of it.
 *
 * @param host    address to bind and advertise
 * @param port    port to bind, 0 for any
 * @param seeds   seed members as {@code host:port}
 * @param role    {@code coordinator} or {@code node}
 * @param verbose whether Pekko may log warnings (to stdout)
 * @param extra   configuration that overrides these settings, or null
 */
public record PekkoSettings(String host, int port, List<String> seeds, String role, boolean verbose, Config extra) {
    public static final String SYSTEM_NAME = "tlaplex";
    /**
     * Shorter rounds for members on one host, where a message takes microseconds: joining, leaving and reconnecting
     * (a node may start before its coordinator listens) each take a few rounds, which the defaults make seconds.
     * Artery ends the actor system after more than {@code outbound-max-restarts} reconnections within 5 s, so a
     * shorter back-off needs a higher limit, or a node waiting for a slow coordinator would end itself.
     */
    private static final Config LOOPBACK = ConfigFactory.parseString(String.join("\n",
            "pekko.cluster.gossip-interval = 50ms",
            "pekko.cluster.leader-actions-interval = 50ms",
            "pekko.cluster.retry-unsuccessful-join-after = 200ms",
            "pekko.cluster.seed-node-timeout = 200ms",
            "pekko.cluster.periodic-tasks-initial-delay = 20ms",
            "pekko.cluster.singleton-proxy.singleton-identification-interval = 50ms",
            "pekko.cluster.singleton.hand-over-retry-interval = 50ms",
            "pekko.remote.artery.advanced.outbound-restart-backoff = 200ms",
            "pekko.remote.artery.advanced.outbound-max-restarts = 100",
            "pekko.remote.artery.advanced.handshake-retry-interval = 100ms",
            "pekko.remote.artery.advanced.shutdown-flush-timeout = 200ms"));

    /** Whether every member binds the loopback interface, i.e. the run is on this host alone. */
    boolean loopback() {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1") || host.equals("[::1]");
    }

    public Config toConfig() {
        // Pekko brings slf4j without a provider; its start-up warning would otherwise go to stderr on every run.
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        String seedList = seeds.stream().map(s -> "\"pekko://" + SYSTEM_NAME + "@" + s + "\"")
                .collect(Collectors.joining(", "));
        String level = verbose ? "WARNING" : "OFF";
        Config base = ConfigFactory.parseString(String.join("\n",
                "pekko.loglevel = " + level,
                "pekko.stdout-loglevel = OFF",
                "pekko.log-dead-letters = off",
                "pekko.log-dead-letters-during-shutdown = off",
                "pekko.actor.provider = cluster",
                "pekko.remote.artery.transport = tcp",
                "pekko.remote.artery.canonical.hostname = \"" + host + "\"",
                "pekko.remote.artery.canonical.port = " + port,
                "pekko.cluster.seed-nodes = [" + seedList + "]",
                "pekko.cluster.roles = [\"" + role + "\"]",
                "pekko.cluster.jmx.enabled = off",
                "pekko.cluster.log-info = off",
                "pekko.cluster.gossip-interval = 200ms",
                "pekko.cluster.leader-actions-interval = 200ms",
                "pekko.cluster.retry-unsuccessful-join-after = 1s",
                "pekko.cluster.seed-node-timeout = 500ms",
                "pekko.cluster.periodic-tasks-initial-delay = 100ms",
                "pekko.cluster.singleton-proxy.singleton-identification-interval = 100ms",
                "pekko.cluster.singleton.hand-over-retry-interval = 200ms",
                "pekko.cluster.shutdown-after-unsuccessful-join-seed-nodes = 60s",
                "pekko.cluster.failure-detector.heartbeat-interval = 500ms",
                "pekko.cluster.failure-detector.acceptable-heartbeat-pause = 3s",
                "pekko.cluster.downing-provider-class = \"org.apache.pekko.cluster.sbr.SplitBrainResolverProvider\"",
                "pekko.cluster.split-brain-resolver.active-strategy = keep-majority",
                "pekko.cluster.split-brain-resolver.stable-after = 5s",
                "pekko.coordinated-shutdown.exit-jvm = off",
                "pekko.coordinated-shutdown.run-by-jvm-shutdown-hook = off",
                // Nor does Pekko stop remoting from a JVM shutdown hook: a stopped run still takes its checkpoint.
                "pekko.jvm-shutdown-hooks = off"));
        Config tuned = loopback() ? LOOPBACK.withFallback(base) : base;
        Config merged = extra == null ? tuned : extra.withFallback(tuned);
        // Resolved here, so that a -cluster-conf file may take passwords from the environment (${VAR}).
        return merged.withFallback(ConfigFactory.load()).resolve();
    }

    /** Leaves {@code extra} out: it may hold the TLS stores' passwords. */
    @Override
    public String toString() {
        return "PekkoSettings[host=" + host + ", port=" + port + ", seeds=" + seeds + ", role=" + role + ", verbose="
                + verbose + "]";
    }
}
