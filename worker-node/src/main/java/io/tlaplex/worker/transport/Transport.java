package io.tlaplex.worker.transport;

import io.aeron.Aeron;
import io.aeron.ExclusivePublication;
import io.aeron.Subscription;
import io.tlaplex.protocol.BatchDescriptor;
import io.tlaplex.protocol.BatchEntryHandler;
import io.tlaplex.protocol.BatchReader;
import io.tlaplex.protocol.BatchWriter;
import java.util.List;
import org.agrona.BufferUtil;
import org.agrona.CloseHelper;
import org.agrona.concurrent.NanoClock;
import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.ringbuffer.ManyToOneRingBuffer;
import org.agrona.concurrent.ringbuffer.RingBuffer;
import org.agrona.concurrent.ringbuffer.RingBufferDescriptor;

/**
 * One node's data plane over the host's media driver: opening subscribes on IPC (stream {@code base + nodeId}) and
 * on UDP (port 0 takes an ephemeral one, see {@link #address()}); connecting adds one exclusive publication per peer,
 * IPC to same-host peers and UDP to the others. Built and closed by the node's assembly code.
 */
public final class Transport implements AutoCloseable {
    private static final int DRAIN_LIMIT = 4096;
    private static final int FRAGMENT_LIMIT = 256;
    private static final long BIND_TIMEOUT_NS = 10_000_000_000L;

    private final LinkConfig link;
    private final Aeron aeron;
    private final NodeAddress address;
    private final Subscription[] subscriptions;
    private DataPlane dataPlane;

    private Transport(LinkConfig link, Aeron aeron, NodeAddress address, Subscription[] subscriptions) {
        this.link = link;
        this.aeron = aeron;
        this.address = address;
        this.subscriptions = subscriptions;
    }

    /**
     * Connects an Aeron client to the driver and subscribes this node's IPC stream and UDP endpoint.
     *
     * @param driver the host's driver
     * @param link   sizes and timing of every link
     * @param self   this node's address; a UDP port of 0 binds an ephemeral port
     * @return the transport; close it before the driver
     */
    public static Transport open(MediaDriverLauncher driver, LinkConfig link, NodeAddress self) {
        Aeron aeron = driver.connect();
        try {
            int streamId = link.streamId(self.nodeId());
            Subscription ipc = aeron.addSubscription(Channels.IPC_SUBSCRIPTION, streamId);
            Subscription udp = aeron.addSubscription(Channels.udpSubscription(self), streamId);
            NodeAddress bound = self.withUdpPort(boundPort(udp));
            return new Transport(link, aeron, bound, new Subscription[] {ipc, udp});
        } catch (RuntimeException e) {
            CloseHelper.quietClose(aeron);
            throw e;
        }
    }

    /** Reads the UDP port the driver bound, which it reports shortly after the subscription is added. */
    private static int boundPort(Subscription udp) {
        long deadlineNs = System.nanoTime() + BIND_TIMEOUT_NS;
        while (System.nanoTime() < deadlineNs) {
            List<String> addresses = udp.localSocketAddresses();
            if (!addresses.isEmpty()) {
                String address = addresses.get(0);
                return Integer.parseInt(address.substring(address.lastIndexOf(':') + 1));
            }
            Thread.yield();
        }
        throw new IllegalStateException("UDP subscription " + udp.channel() + " did not bind within 10 s");
    }

    /** Returns this node's address, with the UDP port actually bound; peers send to it. */
    public NodeAddress address() {
        return address;
    }

    /**
     * Adds a publication to every other node and builds the agents. Call once, when the run's members are known.
     *
     * @param runId   run id stamped on and required of every frame
     * @param nodes   every node of the run, this one included, with ids {@code 0 .. size - 1}
     * @param handler receives each accepted entry, on the receiver agent's thread
     * @param clock   the sender's clock, read once per duty cycle
     * @return the data plane
     */
    public DataPlane connect(long runId, List<NodeAddress> nodes, BatchEntryHandler handler, NanoClock clock) {
        if (dataPlane != null) {
            throw new IllegalStateException("transport of node " + address.nodeId() + " is already connected");
        }
        NodeAddress[] byId = byId(nodes);
        TransportCounters counters = new TransportCounters(byId.length);
        RingBuffer[] queues = new RingBuffer[byId.length];
        SenderChannel[] channels = new SenderChannel[byId.length - 1];
        int next = 0;
        for (NodeAddress peer : byId) {
            if (peer.nodeId() != address.nodeId()) {
                queues[peer.nodeId()] = newQueue();
                channels[next++] = channel(runId, peer, queues[peer.nodeId()], counters);
            }
        }
        int maxStateLength = BatchDescriptor.maxStateLength(link.batchCapacityBytes());
        BatchReader reader = new BatchReader(runId, address.nodeId(), byId.length);
        dataPlane = new DataPlane(new SenderProxy(queues, maxStateLength),
                new SenderAgent(address.nodeId(), channels, clock),
                new ReceiverAgent(address.nodeId(), subscriptions, reader, handler, counters, FRAGMENT_LIMIT),
                counters);
        return dataPlane;
    }

    private NodeAddress[] byId(List<NodeAddress> nodes) {
        NodeAddress[] byId = new NodeAddress[nodes.size()];
        for (NodeAddress node : nodes) {
            if (node.nodeId() >= byId.length || byId[node.nodeId()] != null) {
                throw new IllegalArgumentException("node ids must be 0.." + (byId.length - 1) + " once each: " + nodes);
            }
            byId[node.nodeId()] = node;
        }
        if (address.nodeId() >= byId.length) {
            throw new IllegalArgumentException("this node " + address.nodeId() + " is not among " + nodes);
        }
        return byId;
    }

    private SenderChannel channel(long runId, NodeAddress peer, RingBuffer queue, TransportCounters counters) {
        String uri = address.sameHostAs(peer) ? Channels.ipcPublication(link) : Channels.udpPublication(peer, link);
        ExclusivePublication publication = aeron.addExclusivePublication(uri, link.streamId(peer.nodeId()));
        UnsafeBuffer frame = new UnsafeBuffer(BufferUtil.allocateDirectAligned(link.batchCapacityBytes(), 64));
        BatchWriter writer = new BatchWriter(frame, runId, address.nodeId(), peer.nodeId());
        return new SenderChannel(queue, writer, publication, counters, link.flushIntervalNs(), DRAIN_LIMIT);
    }

    private RingBuffer newQueue() {
        int bytes = link.queueCapacityBytes() + RingBufferDescriptor.TRAILER_LENGTH;
        return new ManyToOneRingBuffer(new UnsafeBuffer(BufferUtil.allocateDirectAligned(bytes, 64)));
    }

    /** Closes the Aeron client, and with it every publication and subscription of this node. */
    @Override
    public void close() {
        CloseHelper.close(aeron);
    }
}
