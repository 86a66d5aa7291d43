package io.tlaplex.worker.transport;

import org.agrona.concurrent.Agent;
import org.agrona.concurrent.NanoClock;

/**
 * The sender duty cycle of one node: per destination, drain the workers' queue into a batch and ship it over Aeron
 * when it is full or older than the flush interval. Runs on one thread (its own, composed, or a test's).
 */
public final class SenderAgent implements Agent {
    private final String roleName;
    private final SenderChannel[] channels;
    private final NanoClock clock;

    SenderAgent(int localNode, SenderChannel[] channels, NanoClock clock) {
        this.roleName = "tlaplex-sender-" + localNode;
        this.channels = channels.clone();
        this.clock = clock;
    }

    @Override
    public int doWork() {
        long nowNs = clock.nanoTime();
        int work = 0;
        for (SenderChannel channel : channels) {
            work += channel.doWork(nowNs);
        }
        return work;
    }

    /**
     * Starts a new epoch on every channel: drops queued and batched states and restarts sequences and sent
     * counters. Call on the agent's thread, between duty cycles, while workers are paused.
     *
     * @param epoch the new epoch
     */
    public void startEpoch(int epoch) {
        for (SenderChannel channel : channels) {
            channel.startEpoch(epoch);
        }
    }

    @Override
    public String roleName() {
        return roleName;
    }
}
