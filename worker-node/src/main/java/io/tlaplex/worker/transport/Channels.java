package io.tlaplex.worker.transport;

import io.aeron.ChannelUriStringBuilder;

/** Aeron channel URIs of the data plane; term length and MTU travel in the URI so any driver honours them. */
final class Channels {
    static final String IPC_SUBSCRIPTION = "aeron:ipc";
    /**
     * The kernel charges a datagram more than its payload, so a receiver window as large as the socket buffer
     * (Aeron's default) overflows it, and each loss then stalls the channel for a retransmit linger. Keep the
     * window a quarter of the buffer; the kernel caps the buffer at net.core.rmem_max.
     */
    static final int UDP_SOCKET_RCVBUF_BYTES = 2 << 20;
    static final int UDP_RECEIVER_WINDOW_BYTES = 512 << 10;

    private Channels() {
    }

    static String ipcPublication(LinkConfig link) {
        return new ChannelUriStringBuilder().media("ipc")
                .termLength(link.termLengthBytes())
                .mtu(link.ipcMtuBytes())
                .build();
    }

    static String udpSubscription(NodeAddress self) {
        return new ChannelUriStringBuilder().media("udp")
                .endpoint(self.udpEndpoint())
                .socketRcvbufLength(UDP_SOCKET_RCVBUF_BYTES)
                .receiverWindowLength(UDP_RECEIVER_WINDOW_BYTES)
                .build();
    }

    static String udpPublication(NodeAddress peer, LinkConfig link) {
        return new ChannelUriStringBuilder().media("udp")
                .endpoint(peer.udpEndpoint())
                .termLength(link.termLengthBytes())
                .mtu(link.mtuBytes())
                .build();
    }
}
