package io.tlaplex.protocol;

import io.tlaplex.protocol.proto.ControlProtos;
import java.util.List;

/**
 * The coordinator fixes the membership and parameters of one epoch of a run. A node whose loaded
 * spec or config hash differs answers with {@link Refuse}; the others wait for {@link Start}.
 * A new epoch (after recovery) is announced with a new {@code Assign}.
 *
 * @param runId           id of the run; also stamped on every state batch
 * @param epoch           epoch this assignment is valid for
 * @param specHash        hash of the spec source text every node must have loaded
 * @param configHash      hash of the model config every node must have loaded
 * @param fingerprintSeed seed of the state fingerprint function, the same on every node
 * @param nodes           the members of the run, in node-id order
 * @param ownerMap        how fingerprints map to owning nodes
 * @param checkpoint      where checkpoints go and what the run resumes, or null for a run without checkpoints
 */
public record Assign(long runId, int epoch, String specHash, String configHash, long fingerprintSeed,
                     List<AssignedNode> nodes, OwnerMap ownerMap, ClusterCheckpoint checkpoint)
        implements ControlMessage {

    /** An assignment without checkpoints. */
    public Assign(long runId, int epoch, String specHash, String configHash, long fingerprintSeed,
                  List<AssignedNode> nodes, OwnerMap ownerMap) {
        this(runId, epoch, specHash, configHash, fingerprintSeed, nodes, ownerMap, null);
    }

    /** Copies the node list and checks the components; see the class comment for their meaning. */
    public Assign {
        Check.epoch(epoch);
        Check.text(specHash, "specHash");
        Check.text(configHash, "configHash");
        nodes = List.copyOf(nodes);
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("nodes must not be empty");
        }
        Check.present(ownerMap, "ownerMap");
    }

    ControlProtos.Assign toProto() {
        ControlProtos.Assign.Builder b = ControlProtos.Assign.newBuilder()
                .setRunId(runId)
                .setEpoch(epoch)
                .setSpecHash(specHash)
                .setConfigHash(configHash)
                .setFingerprintSeed(fingerprintSeed)
                .setOwnerMap(ownerMap.toProto());
        if (checkpoint != null) {
            b.setCheckpoint(checkpoint.toProto());
        }
        for (AssignedNode node : nodes) {
            b.addNodes(node.toProto());
        }
        return b.build();
    }

    static Assign fromProto(ControlProtos.Assign p) {
        if (!p.hasOwnerMap()) {
            throw new IllegalArgumentException("owner map missing");
        }
        List<AssignedNode> nodes = p.getNodesList().stream().map(AssignedNode::fromProto).toList();
        return new Assign(p.getRunId(), p.getEpoch(), p.getSpecHash(), p.getConfigHash(), p.getFingerprintSeed(),
                nodes, OwnerMap.fromProto(p.getOwnerMap()),
                p.hasCheckpoint() ? ClusterCheckpoint.fromProto(p.getCheckpoint()) : null);
    }
}
