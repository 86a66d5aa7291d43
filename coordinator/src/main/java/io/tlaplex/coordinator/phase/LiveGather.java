package io.tlaplex.coordinator.phase;

import io.tlaplex.frontend.eval.live.LiveSpec;
import io.tlaplex.worker.liveness.BehaviourGraph;
import io.tlaplex.worker.liveness.GraphRecorder;
import io.tlaplex.worker.liveness.Lasso;
import io.tlaplex.worker.liveness.LivenessChecker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

/**
 * The coordinator's side of liveness in a cluster run: waits until every node has sealed its part of the behaviour
 * graph in the shared folder ({@link LiveNode}), builds one graph from all parts in a scratch folder of its own,
 * searches it as the single JVM does, and removes the parts. Used on the thread that reports the run.
 */
public final class LiveGather {
    private static final long POLL_NS = 10_000_000L;

    private final Path dir;
    private final int nodes;
    private final Duration patience;
    private final LongSupplier nanoClock;

    /**
     * @param dir       the folder the nodes record into
     * @param nodes     nodes in the run
     * @param patience  how long to wait for the last node's index once the run is over
     * @param nanoClock measures that wait
     */
    public LiveGather(Path dir, int nodes, Duration patience, LongSupplier nanoClock) {
        this.dir = dir;
        this.nodes = nodes;
        this.patience = patience;
        this.nanoClock = nanoClock;
    }

    /**
     * The counterexample of the first failing check of {@code spec}, or null; searched on as many threads as this
     * machine has cores (unless {@link LiveRun#THREADS_PROPERTY} says otherwise).
     *
     * @throws IllegalStateException when a node's part is missing or damaged
     */
    public Lasso check(LiveSpec spec) {
        List<Path> indexes = LiveNode.indexes(dir, nodes);
        try {
            awaitIndexes(indexes);
            Path scratch = createScratch();
            try (BehaviourGraph graph = GraphRecorder.gather(indexes, scratch, spec.stateWords(),
                    spec.actionWords())) {
                int threads = LiveRun.threads(Runtime.getRuntime().availableProcessors());
                return new LivenessChecker(graph, spec, scratch, threads).check();
            } finally {
                deleteAll(scratch);
            }
        } finally {
            indexes.forEach(GraphRecorder::deleteSealed);
        }
    }

    private void awaitIndexes(List<Path> indexes) {
        long deadline = nanoClock.getAsLong() + patience.toNanos();
        for (int node = 0; node < indexes.size(); node++) {
            while (!Files.exists(indexes.get(node))) {
                if (nanoClock.getAsLong() - deadline > 0) {
                    throw new IllegalStateException("node " + node + " did not hand over its part of the behaviour "
                            + "graph (" + indexes.get(node) + ") within " + patience.toSeconds() + " s");
                }
                LockSupport.parkNanos(POLL_NS);
            }
        }
    }

    private static Path createScratch() {
        try {
            return Files.createTempDirectory("tlaplex-live-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a working folder for liveness checking", e);
        }
    }

    private static void deleteAll(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + folder, e);
        }
    }
}
