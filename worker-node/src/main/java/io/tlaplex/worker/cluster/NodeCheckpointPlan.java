package io.tlaplex.worker.cluster;

import java.nio.file.Path;

/**
 * A node's part of a cluster run with checkpoints: where they go (the trace logs live there too, so that a resumed
 * run can rebuild traces through states found before it), and what the run resumes.
 *
 * @param directory        the checkpoint folder, the same for every node
 * @param traceNodeId      this node's id in trace positions: unique across the runs that resume one another
 * @param resumeEpoch      the committed epoch to load this node's share from, or 0 for a fresh run
 * @param resumeLevel      the level the resumed run goes on with (ignored for a fresh run)
 * @param resumedGenerated states generated before the epoch, counted by this node (node 0's share; 0 elsewhere)
 */
public record NodeCheckpointPlan(Path directory, int traceNodeId, int resumeEpoch, int resumeLevel,
                                 long resumedGenerated) {

    /** Checks the components. */
    public NodeCheckpointPlan {
        if (resumeEpoch > 0 && resumeLevel < 1) {
            throw new IllegalArgumentException("a resumed run goes on with level 1 or later, not " + resumeLevel);
        }
    }

    boolean resumes() {
        return resumeEpoch > 0;
    }
}
