package io.tlaplex.coordinator.cli;

import io.tlaplex.coordinator.conformance.Manifest;
import io.tlaplex.coordinator.conformance.ManifestEntry;
import io.tlaplex.worker.transport.TransportBench;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code tlaplex bench cluster}: per bench model, one JVM with two workers against two node JVMs with one worker
 * each (each run a child process, start-up included, and the time to the end of the initial states apart), with the
 * data plane's traffic; after the Aeron link throughput. Runs on the command's thread.
 */
final class ClusterBench {
    /** The line that ends the start-up: the initial states are in, the search begins. */
    private static final String SEARCH_BEGINS = "Finished computing initial states";
    private static final Pattern TRAFFIC = Pattern.compile("Data plane: (\\d+) states sent in (\\d+) batches, "
            + "(\\d+) bytes, [0-9.]+ bytes per generated state; (\\d+) states cut by the sender cache\\.");

    private ClusterBench() {
    }

    static int run(Path dir, Path manifest, String only, PrintStream out) throws Exception {
        out.println("Aeron batch throughput, one link, one thread driving both ends:");
        out.println();
        out.print(TransportBench.run());
        out.println();
        out.println("| model | result | 1x2 s | 2x1 s | 1x2 start s | 2x1 start s | 1x2 generated/s | 2x1 generated/s "
                + "| ratio 2x1/1x2 | generated/distinct | sent/generated | cut by cache | wire B/generated | "
                + "wire B/sent state |");
        out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        boolean allMatch = true;
        for (ManifestEntry e : Manifest.read(manifest)) {
            if (!e.id().contains(only)) {
                continue;
            }
            Path model = dir.resolve(e.dir());
            ChildRun.Result single = ChildRun.check(model, List.of(), e.module(), e.config(), 2, List.of(),
                    SEARCH_BEGINS);
            ChildRun.Result cluster = ChildRun.check(model, List.of(), e.module(), e.config(), 1,
                    List.of("-nodes", "2", "-v"), SEARCH_BEGINS);
            boolean match = matches(e, single) && matches(e, cluster);
            allMatch &= match;
            out.println(row(e, single, cluster, match));
        }
        out.println();
        out.println("1x2: one JVM, two workers; 2x1: two node JVMs of one worker each plus the coordinator (the CLI "
                + "JVM). Seconds are wall time of the whole process, start-up included; start s is the part until the "
                + "initial states are done (JVMs, Pekko, joining). The ratio is of generated/s. Wire bytes are batch "
                + "frames handed to Aeron (headers included, Aeron's own framing not).");
        return allMatch ? 0 : 1;
    }

    private static boolean matches(ManifestEntry e, ChildRun.Result r) {
        return r.distinct() == e.distinctStates() && r.generated() == e.totalStates() && r.depth() == e.depth();
    }

    private static String row(ManifestEntry e, ChildRun.Result single, ChildRun.Result cluster, boolean match) {
        String result = match ? "counts match TLC" : "exit " + single.exitCode() + "/" + cluster.exitCode()
                + ", counts differ: " + cluster.lastLine();
        double singleRate = single.generated() / single.seconds();
        double clusterRate = cluster.generated() / cluster.seconds();
        Matcher traffic = TRAFFIC.matcher(cluster.text());
        String times = String.format(Locale.ROOT, "%.1f | %.1f | %.1f | %.1f", single.seconds(), cluster.seconds(),
                startSeconds(single), startSeconds(cluster));
        if (!traffic.find()) {
            return String.format(Locale.ROOT, "| %s | %s | %s | %,.0f | %,.0f | %.2f | | | | | |", e.id(), result, times,
                    singleRate, clusterRate, clusterRate / singleRate);
        }
        long sent = Long.parseLong(traffic.group(1));
        long bytes = Long.parseLong(traffic.group(3));
        long cut = Long.parseLong(traffic.group(4));
        long generated = Math.max(1, cluster.generated());
        return String.format(Locale.ROOT, "| %s | %s | %s | %,.0f | %,.0f | %.2f | %.1f | %.2f | %,d | %.1f | %.1f |",
                e.id(), result, times, singleRate, clusterRate,
                clusterRate / singleRate, (double) cluster.generated() / Math.max(1, cluster.distinct()),
                (double) sent / generated, cut, (double) bytes / generated, (double) bytes / Math.max(1, sent));
    }

    /** Seconds from the process's start until its initial states were done; -1 when it never got there. */
    private static double startSeconds(ChildRun.Result r) {
        return r.phaseSeconds() < 0 ? -1 : r.seconds() - r.phaseSeconds();
    }
}
