package io.tlaplex.protocol;

import io.tlaplex.protocol.proto.ControlProtos;

/**
 * A node asks the coordinator to take part in the run. The coordinator answers with {@link Assign}
 * or {@link Refuse}; a node whose spec or config hash differs from the coordinator's is refused.
 *
 * @param nodeId      the node's id, unique in the cluster
 * @param host        host name or address the node runs on
 * @param cores       cores the node will use for workers
 * @param numaNode    NUMA node the JVM is pinned to (0 on machines without NUMA)
 * @param specHash    hash of the spec source text the node loaded
 * @param configHash  hash of the model config the node loaded
 * @param secretProof proof that the node knows the cluster secret; opaque to this module
 */
public record Join(int nodeId, String host, int cores, int numaNode, String specHash, String configHash,
                   String secretProof) implements ControlMessage {

    /** Checks the components; see the class comment for their meaning. */
    public Join {
        Check.nodeId(nodeId, "nodeId");
        Check.nonEmpty(host, "host");
        Check.positive(cores, "cores");
        Check.nodeId(numaNode, "numaNode");
        Check.text(specHash, "specHash");
        Check.text(configHash, "configHash");
        Check.text(secretProof, "secretProof");
    }

    ControlProtos.Join toProto() {
        return ControlProtos.Join.newBuilder()
                .setNodeId(nodeId)
                .setHost(host)
                .setCores(cores)
                .setNumaNode(numaNode)
                .setSpecHash(specHash)
                .setConfigHash(configHash)
                .setSecretProof(secretProof)
                .build();
    }

    static Join fromProto(ControlProtos.Join p) {
        return new Join(p.getNodeId(), p.getHost(), p.getCores(), p.getNumaNode(), p.getSpecHash(),
                p.getConfigHash(), p.getSecretProof());
    }
}
