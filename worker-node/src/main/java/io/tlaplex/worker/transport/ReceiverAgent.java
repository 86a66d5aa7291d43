package io.tlaplex.worker.transport;

import io.aeron.FragmentAssembler;
import io.aeron.Subscription;
import io.aeron.logbuffer.FragmentHandler;
import io.aeron.logbuffer.Header;
import io.tlaplex.protocol.BatchEntryHandler;
import io.tlaplex.protocol.BatchHeaderFlyweight;
import io.tlaplex.protocol.BatchReader;
import io.tlaplex.protocol.BatchVerdict;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.Agent;

/**
 * The receiver duty cycle of one node: polls its subscriptions (IPC from same-host peers, UDP from the others),
 * reassembles each batch, lets the protocol's {@link BatchReader} reject foreign, stale, damaged or out-of-sequence
 * frames, and hands the entries of accepted ones to the node's handler. Runs on one thread.
 */
public final class ReceiverAgent implements Agent {
    private final String roleName;
    private final Subscription[] subscriptions;
    private final FragmentAssembler[] assemblers;
    private final BatchReader reader;
    private final BatchEntryHandler handler;
    private final TransportCounters counters;
    private final int fragmentLimit;
    private final BatchHeaderFlyweight header = new BatchHeaderFlyweight();
    private final FragmentHandler frameHandler = this::onFrame;

    ReceiverAgent(int localNode, Subscription[] subscriptions, BatchReader reader, BatchEntryHandler handler,
                  TransportCounters counters, int fragmentLimit) {
        this.roleName = "tlaplex-receiver-" + localNode;
        this.subscriptions = subscriptions.clone();
        // One assembler per subscription: session ids are unique per driver, and UDP images come from other drivers.
        this.assemblers = new FragmentAssembler[subscriptions.length];
        for (int i = 0; i < assemblers.length; i++) {
            assemblers[i] = new FragmentAssembler(frameHandler);
        }
        this.reader = reader;
        this.handler = handler;
        this.counters = counters;
        this.fragmentLimit = fragmentLimit;
    }

    @Override
    public int doWork() {
        int work = 0;
        for (int i = 0; i < subscriptions.length; i++) {
            work += subscriptions[i].poll(assemblers[i], fragmentLimit);
        }
        return work;
    }

    /** Receives one whole frame from an assembler. */
    private void onFrame(DirectBuffer buffer, int offset, int length, Header aeronHeader) {
        BatchVerdict verdict = reader.read(buffer, offset, length, handler);
        counters.frames(verdict, reader.count(verdict));
        if (verdict == BatchVerdict.ACCEPTED) {
            int source = header.wrap(buffer, offset).sourceNode();
            counters.received(source, reader.receivedBatches(source), reader.receivedStates(source));
        }
    }

    /**
     * Accepts only frames of {@code epoch} from now on and restarts every received counter. Call on the agent's
     * thread, between duty cycles.
     *
     * @param epoch the new epoch
     */
    public void startEpoch(int epoch) {
        reader.startEpoch(epoch);
        for (int node = 0; node < counters.nodeCount(); node++) {
            counters.received(node, 0, 0);
        }
    }

    @Override
    public String roleName() {
        return roleName;
    }
}
