package io.tlaplex.worker.cluster;

import io.tlaplex.worker.nativeio.ThreadPlacement;
import java.nio.file.Path;

/**
 * How one node of a cluster run explores.
 *
 * @param nodeId    this node's id
 * @param nodeCount nodes in the run
 * @param workers   worker threads, {@code >= 1}
 * @param workDir   where the node's trace logs go (a fresh folder is made inside and deleted on close)
 * @param placement where to pin worker threads, or null
 * @param busySpin  whether the data-plane thread spins when idle instead of backing off
 * @param sentCacheSlots per worker, how many recently sent fingerprints it remembers so as not to send them
 *                  again (a power of two; 0 for none)
 * @param checkpoints where the run's checkpoints go and what it resumes, or null for a run without checkpoints
 */
public record ClusterNodeConfig(int nodeId, int nodeCount, int workers, Path workDir, ThreadPlacement placement,
                                boolean busySpin, int sentCacheSlots, NodeCheckpointPlan checkpoints) {
    /** 512 KiB per worker: fits beside the evaluator's working set in L2 on the hosts we measured. */
    public static final int DEFAULT_SENT_CACHE_SLOTS = 1 << 16;

    /** A config with the default sent cache. */
    public ClusterNodeConfig(int nodeId, int nodeCount, int workers, Path workDir, ThreadPlacement placement,
                             boolean busySpin) {
        this(nodeId, nodeCount, workers, workDir, placement, busySpin, DEFAULT_SENT_CACHE_SLOTS, null);
    }

    /** A config without checkpoints. */
    public ClusterNodeConfig(int nodeId, int nodeCount, int workers, Path workDir, ThreadPlacement placement,
                             boolean busySpin, int sentCacheSlots) {
        this(nodeId, nodeCount, workers, workDir, placement, busySpin, sentCacheSlots, null);
    }

    /** This config with checkpoints as {@code plan} says. */
    public ClusterNodeConfig withCheckpoints(NodeCheckpointPlan plan) {
        return new ClusterNodeConfig(nodeId, nodeCount, workers, workDir, placement, busySpin, sentCacheSlots, plan);
    }

    /** Checks the components. */
    public ClusterNodeConfig {
        if (nodeId < 0 || nodeId >= nodeCount) {
            throw new IllegalArgumentException("node id " + nodeId + " outside 0.." + (nodeCount - 1));
        }
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, got " + workers);
        }
        if (sentCacheSlots < 0 || Integer.bitCount(sentCacheSlots) > 1) {
            throw new IllegalArgumentException("sentCacheSlots must be 0 or a power of two, got " + sentCacheSlots);
        }
    }
}
