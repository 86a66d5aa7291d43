package io.tlaplex.worker.transport;

import java.util.Objects;

/**
 * Where a node receives state batches. Nodes with equal {@code host} share a media driver and talk over
 * {@code aeron:ipc}; the others send to {@code udpHost:udpPort}.
 *
 * @param nodeId  the node's id in the run
 * @param host    identity of the host the node runs on (nodes on one host must use the same string)
 * @param udpHost address the node's UDP subscription binds to and peers on other hosts send to
 * @param udpPort UDP port; 0 before binding asks for an ephemeral port, see {@link Transport#address()}
 */
public record NodeAddress(int nodeId, String host, String udpHost, int udpPort) {

    /** Checks the components. */
    public NodeAddress {
        if (nodeId < 0) {
            throw new IllegalArgumentException("nodeId must be >= 0, got " + nodeId);
        }
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(udpHost, "udpHost");
        if (udpPort < 0 || udpPort > 65_535) {
            throw new IllegalArgumentException("udpPort must be in 0..65535, got " + udpPort);
        }
    }

    /** Returns true when this node and {@code other} share a host, hence a media driver. */
    public boolean sameHostAs(NodeAddress other) {
        return host.equals(other.host);
    }

    /** Returns this address with the port the subscription actually bound. */
    NodeAddress withUdpPort(int port) {
        return new NodeAddress(nodeId, host, udpHost, port);
    }

    /** Returns {@code host:port} as Aeron writes an endpoint, with brackets around an IPv6 literal. */
    String udpEndpoint() {
        return (udpHost.indexOf(':') >= 0 ? "[" + udpHost + "]" : udpHost) + ":" + udpPort;
    }
}
