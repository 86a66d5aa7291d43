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
 */
public record ClusterNodeConfig(int nodeId, int nodeCount, int workers, Path workDir, ThreadPlacement placement,
                                boolean busySpin) {

    /** Checks the components. */
    public ClusterNodeConfig {
        if (nodeId < 0 || nodeId >= nodeCount) {
            throw new IllegalArgumentException("node id " + nodeId + " outside 0.." + (nodeCount - 1));
        }
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, got " + workers);
        }
    }
}
