package io.tlaplex.protocol;

import io.tlaplex.protocol.proto.ControlProtos;

/**
 * Where a cluster run keeps its checkpoints and what it resumes, as part of {@link Assign}.
 *
 * @param directory        the checkpoint folder, at the same path on every member (shared storage across hosts)
 * @param resumeEpoch      the committed epoch the nodes load their shards and queued states from; 0 for a fresh run
 * @param resumeLevel      the level the run goes on with after {@code resumeEpoch}
 * @param traceNodeBase    the trace-node id of this run's node 0; lower ids belong to the runs it resumes
 * @param resumedGenerated states generated before {@code resumeEpoch}, counted by node 0
 */
public record ClusterCheckpoint(String directory, int resumeEpoch, int resumeLevel, int traceNodeBase,
                                long resumedGenerated) {

    /** Checks the components. */
    public ClusterCheckpoint {
        Check.nonEmpty(directory, "directory");
        Check.epoch(resumeEpoch);
        Check.count(resumeLevel, "resumeLevel");
        Check.count(traceNodeBase, "traceNodeBase");
        Check.count(resumedGenerated, "resumedGenerated");
    }

    /** Whether the run resumes a committed epoch. */
    public boolean resumes() {
        return resumeEpoch > 0;
    }

    ControlProtos.ClusterCheckpoint toProto() {
        return ControlProtos.ClusterCheckpoint.newBuilder().setDirectory(directory).setResumeEpoch(resumeEpoch)
                .setResumeLevel(resumeLevel).setTraceNodeBase(traceNodeBase).setResumedGenerated(resumedGenerated)
                .build();
    }

    static ClusterCheckpoint fromProto(ControlProtos.ClusterCheckpoint p) {
        return new ClusterCheckpoint(p.getDirectory(), p.getResumeEpoch(), p.getResumeLevel(), p.getTraceNodeBase(),
                p.getResumedGenerated());
    }
}
