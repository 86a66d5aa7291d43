package io.tlaplex.worker.transport;

import org.agrona.ErrorHandler;
import org.agrona.concurrent.Agent;
import org.agrona.concurrent.AgentRunner;
import org.agrona.concurrent.CompositeAgent;
import org.agrona.concurrent.IdleStrategy;

/**
 * What a connected {@link Transport} hands the node: the proxy workers route remote states through, the two agents
 * to run (on their own threads, composed, or by hand), and the per-channel counters.
 *
 * @param proxy    thread-safe entry point for workers
 * @param sender   sender duty cycle
 * @param receiver receiver duty cycle
 * @param counters per-channel counters, readable from any thread
 */
public record DataPlane(SenderProxy proxy, SenderAgent sender, ReceiverAgent receiver, TransportCounters counters) {

    /**
     * Returns a runner for both agents composed on one thread, e.g. with {@link DriverConfig#newIdleStrategy()};
     * start it with {@link AgentRunner#startOnThread(AgentRunner)} and close it before the transport.
     *
     * @param idle   how the thread waits when neither agent has work
     * @param errors receives whatever an agent throws
     * @return the runner, not yet started
     */
    public AgentRunner newRunner(IdleStrategy idle, ErrorHandler errors) {
        return new AgentRunner(idle, errors, null, agent());
    }

    /** Both agents as one, to run by hand or on a runner. */
    public Agent agent() {
        return new CompositeAgent(sender, receiver);
    }
}
