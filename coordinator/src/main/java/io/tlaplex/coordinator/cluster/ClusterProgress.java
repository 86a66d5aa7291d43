package io.tlaplex.coordinator.cluster;

import io.tlaplex.coordinator.report.TlcReporter;
import io.tlaplex.protocol.LevelStatus;
import io.tlaplex.protocol.PeerCounters;
import java.io.PrintStream;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * TLC's progress lines for a cluster run, summed over the nodes, at most once per interval (rates per minute since
 * the last line); with {@code verbose}, a table of the nodes' own counters follows each line. Called on the
 * coordinator actor's thread.
 */
final class ClusterProgress {
    private final TlcReporter reporter;
    private final PrintStream out;
    private final LongSupplier nanoClock;
    private final long intervalNs;
    private final boolean verbose;
    private long lastNs;
    private long lastGenerated;
    private long lastDistinct;

    ClusterProgress(TlcReporter reporter, PrintStream out, LongSupplier nanoClock, long intervalNs, boolean verbose) {
        this.reporter = reporter;
        this.out = out;
        this.nanoClock = nanoClock;
        this.intervalNs = intervalNs;
        this.verbose = verbose;
        this.lastNs = nanoClock.getAsLong();
    }

    void initialStatesDone(long distinct) {
        reporter.initialStatesDone(distinct, LocalDateTime.now());
    }

    void progress(int level, List<LevelStatus> nodes) {
        long now = nanoClock.getAsLong();
        if (now - lastNs < intervalNs) {
            return;
        }
        long generated = 0;
        long distinct = 0;
        long queued = 0;
        for (LevelStatus node : nodes) {
            generated += node.generated();
            distinct += node.distinct();
            queued += node.queued();
        }
        double minutes = Math.max(1e-9, (now - lastNs) / 60e9);
        reporter.progress(Math.max(1, level), generated, (generated - lastGenerated) / minutes, distinct,
                (distinct - lastDistinct) / minutes, queued, LocalDateTime.now());
        lastNs = now;
        lastGenerated = generated;
        lastDistinct = distinct;
        if (verbose) {
            printTable(nodes);
        }
    }

    /**
     * With {@code verbose}, one line on the data plane's traffic over the whole run (the cluster bench reads it):
     * states and batches sent, batch bytes per generated state, and states the sender caches kept off the wire.
     */
    void traffic(List<LevelStatus> nodes) {
        if (!verbose) {
            return;
        }
        long generated = 0;
        long states = 0;
        long batches = 0;
        long bytes = 0;
        long cut = 0;
        for (LevelStatus node : nodes) {
            generated += node.generated();
            for (PeerCounters channel : node.channels()) {
                states += channel.sentStates();
                batches += channel.sentBatches();
                bytes += channel.sentBytes();
                cut += channel.statesCut();
            }
        }
        out.printf(Locale.ROOT, "Data plane: %d states sent in %d batches, %d bytes, %.2f bytes per generated state; "
                + "%d states cut by the sender cache.%n", states, batches, bytes,
                (double) bytes / Math.max(1, generated), cut);
    }

    private void printTable(List<LevelStatus> nodes) {
        out.printf(Locale.US, "  %-5s %-6s %15s %15s %12s %15s %15s%n", "node", "idle", "generated", "distinct",
                "queued", "sent states", "recv states");
        for (LevelStatus node : nodes) {
            long sent = node.channels().stream().mapToLong(c -> c.sentStates()).sum();
            long received = node.channels().stream().mapToLong(c -> c.receivedStates()).sum();
            out.printf(Locale.US, "  %-5d %-6s %,15d %,15d %,12d %,15d %,15d%n", node.nodeId(), node.idle(),
                    node.generated(), node.distinct(), node.queued(), sent, received);
        }
    }
}
