package io.tlaplex.coordinator.cluster;

import io.tlaplex.protocol.FailureReport;
import io.tlaplex.protocol.LevelStatus;
import io.tlaplex.protocol.PeerCounters;
import io.tlaplex.worker.cluster.ClusterNode;
import io.tlaplex.worker.cluster.ClusterNodeConfig;
import io.tlaplex.worker.cluster.NodeHooks;
import io.tlaplex.worker.cluster.NodeListener;
import io.tlaplex.worker.fpset.FingerprintSet;
import io.tlaplex.worker.fpset.FingerprintSetConfig;
import io.tlaplex.worker.transport.DriverConfig;
import io.tlaplex.worker.transport.DriverMode;
import io.tlaplex.worker.transport.LinkConfig;
import io.tlaplex.worker.transport.MediaDriverLauncher;
import io.tlaplex.worker.transport.NodeAddress;
import io.tlaplex.worker.transport.OwnerFunction;
import io.tlaplex.worker.transport.Transport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.agrona.concurrent.SystemNanoClock;

/**
 * Several {@link ClusterNode}s in one JVM on one embedded media driver (IPC), driven level by level with the
 * coordinator's {@link WaveDetector}. The driver opens each level on the last node first and waits until that node
 * is idle and everything it sent has arrived before opening it on the others: the worst order in which the
 * coordinator's messages may reach the nodes. Owned by the test thread.
 */
final class InJvmCluster implements AutoCloseable {
    private static final long RUN_ID = 42L;

    /** The run's outcome as the coordinator would report it. */
    record Outcome(long generated, long distinct, int depth, FailureReport failure, long sentStates,
                   long statesCut) {
    }

    private final MediaDriverLauncher driver;
    private final List<Transport> transports = new ArrayList<>();
    private final List<FingerprintSet> shards = new ArrayList<>();
    private final List<ClusterNode<?>> nodes = new ArrayList<>();
    private long wave;

    InJvmCluster(ClusterSpec spec, int nodeCount, int workers, Path workDir) {
        this(spec, nodeCount, workers, workDir, ClusterNodeConfig.DEFAULT_SENT_CACHE_SLOTS);
    }

    InJvmCluster(ClusterSpec spec, int nodeCount, int workers, Path workDir, int sentCacheSlots) {
        driver = MediaDriverLauncher.launch(DriverConfig.of(workDir.resolve("aeron-" + UUID.randomUUID()),
                DriverMode.EMBEDDED));
        try {
            List<NodeAddress> addresses = new ArrayList<>();
            for (int id = 0; id < nodeCount; id++) {
                Transport transport = Transport.open(driver, LinkConfig.defaults(),
                        new NodeAddress(id, "local", "127.0.0.1", 0));
                transports.add(transport);
                addresses.add(transport.address());
            }
            OwnerFunction owners = OwnerFunction.uniform(nodeCount, 1, spec.options().seed());
            for (int id = 0; id < nodeCount; id++) {
                nodes.add(startNode(spec, id, nodeCount, new int[] {workers, sentCacheSlots}, workDir, owners,
                        addresses));
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** {@code sizes} holds the workers and the sent cache's slots. */
    private ClusterNode<?> startNode(ClusterSpec spec, int id, int nodeCount, int[] sizes, Path workDir,
                                     OwnerFunction owners, List<NodeAddress> addresses) {
        ClusterSpec.Compiled compiled;
        try {
            compiled = spec.compile(TestSpecs.NOWHERE);
        } catch (io.tlaplex.frontend.diag.DiagnosticException e) {
            throw new IllegalStateException(e);
        }
        FingerprintSet seen = new FingerprintSetConfig(16 << 20, 1 << 14, null, 0).create();
        shards.add(seen);
        Transport transport = transports.get(id);
        ClusterNodeConfig config = new ClusterNodeConfig(id, nodeCount, sizes[0], workDir, null, false,
                sizes[1]);
        return ClusterNode.start(config, spec.models(compiled.spec(), compiled.first(), TestSpecs.NOWHERE), seen,
                owners, new NodeHooks(new EvalErrors(), new Quiet()),
                handler -> transport.connect(RUN_ID, addresses, handler, new SystemNanoClock()));
    }

    /** Explores level by level until no state is queued or a node found a failure. */
    Outcome run() {
        WaveDetector detector = new WaveDetector(nodes.size());
        int level = 0;
        while (true) {
            openLevel(level);
            List<LevelStatus> statuses;
            do {
                statuses = wave();
            } while (!detector.offer(statuses));
            detector.reset();
            long queued = 0;
            FailureReport failure = null;
            for (LevelStatus status : statuses) {
                queued += status.queued();
                failure = status.failure() != null && (failure == null
                        || status.failure().length() < failure.length()) ? status.failure() : failure;
            }
            if (failure != null || queued == 0) {
                return halt(level, failure);
            }
            level++;
        }
    }

    private void openLevel(int level) {
        if (level > 0) {
            nodes.forEach(node -> node.prepareLevel(level));
        }
        ClusterNode<?> first = nodes.get(nodes.size() - 1);
        first.startLevel(level);
        while (!settled(nodes.size() - 1)) {
            Thread.onSpinWait();
        }
        for (int id = nodes.size() - 2; id >= 0; id--) {
            nodes.get(id).startLevel(level);
        }
    }

    /** Whether node {@code id} is idle and every state it sent has arrived. */
    private boolean settled(int id) {
        List<LevelStatus> statuses = wave();
        if (!statuses.get(id).idle()) {
            return false;
        }
        for (PeerCounters channel : statuses.get(id).channels()) {
            for (PeerCounters back : statuses.get(channel.peerNodeId()).channels()) {
                if (back.peerNodeId() == id && back.receivedStates() != channel.sentStates()) {
                    return false;
                }
            }
        }
        return true;
    }

    private List<LevelStatus> wave() {
        wave++;
        List<LevelStatus> statuses = new ArrayList<>();
        for (ClusterNode<?> node : nodes) {
            statuses.add(node.status(RUN_ID, wave));
        }
        return statuses;
    }

    private Outcome halt(int level, FailureReport failure) {
        long generated = 0;
        long distinct = 0;
        long sent = 0;
        long cut = 0;
        for (ClusterNode<?> node : nodes) {
            LevelStatus status = node.halt(RUN_ID);
            generated += status.generated();
            distinct += status.distinct();
            for (PeerCounters channel : status.channels()) {
                sent += channel.sentStates();
                cut += channel.statesCut();
            }
        }
        return new Outcome(generated, distinct, failure == null ? level : failure.length(), failure, sent, cut);
    }

    @Override
    public void close() {
        nodes.forEach(ClusterNode::close);
        transports.forEach(Transport::close);
        shards.forEach(FingerprintSet::close);
        driver.close();
    }

    private static final class Quiet implements NodeListener {
        @Override
        public void onIdle(int level) {
        }

        @Override
        public void onFailure(FailureReport failure) {
        }

        @Override
        public void onMachineryFailure(Throwable cause) {
        }
    }
}
