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
 * @param dataChannel where the node's data plane receives ({@code host|udpHost|udpPort}); empty when unknown
 * @param replyTo     the node's control actor in Pekko's serialized form; empty when unknown
 */
public record Join(int nodeId, String host, int cores, int numaNode, String specHash, String configHash,
                   String secretProof, String dataChannel, String replyTo) implements ControlMessage {

    /** A join without data channel and reply address (they travel out of band). */
    public Join(int nodeId, String host, int cores, int numaNode, String specHash, String configHash,
                String secretProof) {
        this(nodeId, host, cores, numaNode, specHash, configHash, secretProof, "", "");
    }

    /** Checks the components; see the class comment for their meaning. */
    public Join {
        Check.nodeId(nodeId, "nodeId");
        Check.nonEmpty(host, "host");
        Check.positive(cores, "cores");
        Check.nodeId(numaNode, "numaNode");
        Check.text(specHash, "specHash");
        Check.text(configHash, "configHash");
        Check.text(secretProof, "secretProof");
        Check.text(dataChannel, "dataChannel");
        Check.text(replyTo, "replyTo");
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
                .setDataChannel(dataChannel)
                .setReplyTo(replyTo)
                .build();
    }

    static Join fromProto(ControlProtos.Join p) {
        return new Join(p.getNodeId(), p.getHost(), p.getCores(), p.getNumaNode(), p.getSpecHash(),
                p.getConfigHash(), p.getSecretProof(), p.getDataChannel(), p.getReplyTo());
    }
}
