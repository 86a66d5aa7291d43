package io.tlaplex.protocol;

import io.tlaplex.protocol.proto.ControlProtos;

/**
 * One member of a run as the coordinator assigned it in {@link Assign}.
 *
 * @param nodeId      the node's id; also its index in batch headers and owner maps
 * @param host        host name or address
 * @param cores       cores the node uses for workers
 * @param numaNode    NUMA node the JVM is pinned to
 * @param dataChannel Aeron channel URI of the node's state-batch subscription; empty for a single node
 */
public record AssignedNode(int nodeId, String host, int cores, int numaNode, String dataChannel) {

    /** Checks the components; see the class comment for their meaning. */
    public AssignedNode {
        Check.nodeId(nodeId, "nodeId");
        Check.nonEmpty(host, "host");
        Check.positive(cores, "cores");
        Check.nodeId(numaNode, "numaNode");
        Check.text(dataChannel, "dataChannel");
    }

    ControlProtos.AssignedNode toProto() {
        return ControlProtos.AssignedNode.newBuilder()
                .setNodeId(nodeId)
                .setHost(host)
                .setCores(cores)
                .setNumaNode(numaNode)
                .setDataChannel(dataChannel)
                .build();
    }

    static AssignedNode fromProto(ControlProtos.AssignedNode p) {
        return new AssignedNode(p.getNodeId(), p.getHost(), p.getCores(), p.getNumaNode(), p.getDataChannel());
    }
}
