package io.tlaplex.worker.transport;

import java.util.ArrayList;
import java.util.List;
import org.agrona.CloseHelper;
import org.agrona.concurrent.Agent;
import org.agrona.concurrent.CachedNanoClock;
import org.agrona.concurrent.UnsafeBuffer;

/** Several nodes in one JVM on one driver, each with its transport and agents, all driven by one {@link Pump}. */
final class TestCluster implements AutoCloseable {
    final CachedNanoClock clock = new CachedNanoClock();
    final List<Transport> transports = new ArrayList<>();
    final DataPlane[] planes;
    final CollectingHandler[] handlers;
    final Pump pump;

    /** Starts one node per entry of {@code hosts}: equal hosts talk over IPC, different ones over UDP. */
    TestCluster(MediaDriverLauncher driver, LinkConfig link, long runId, String... hosts) {
        planes = new DataPlane[hosts.length];
        handlers = new CollectingHandler[hosts.length];
        try {
            List<NodeAddress> addresses = new ArrayList<>();
            for (int i = 0; i < hosts.length; i++) {
                Transport transport = Transport.open(driver, link, new NodeAddress(i, hosts[i], "127.0.0.1", 0));
                transports.add(transport);
                addresses.add(transport.address());
            }
            Agent[] agents = new Agent[2 * hosts.length];
            for (int i = 0; i < hosts.length; i++) {
                handlers[i] = new CollectingHandler();
                planes[i] = transports.get(i).connect(runId, addresses, handlers[i], clock);
                agents[2 * i] = planes[i].sender();
                agents[2 * i + 1] = planes[i].receiver();
            }
            pump = new Pump(clock, agents);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /**
     * Every node generates {@code statesPerNode} states and routes those another node owns through its proxy,
     * pumping whenever a queue is full. Returns {@code sent[from][to]}.
     */
    long[][] routeAll(OwnerFunction owners, int statesPerNode) {
        int n = planes.length;
        long[][] sent = new long[n][n];
        UnsafeBuffer state = new UnsafeBuffer(new byte[64 + 8]);
        for (long k = 0; k < statesPerNode; k++) {
            for (int node = 0; node < n; node++) {
                long fp = TestStates.fingerprint(node, k);
                int owner = owners.owner(fp);
                if (owner != node) {
                    int length = TestStates.write(fp, state);
                    offer(node, owner, fp, state, length);
                    sent[node][owner]++;
                }
            }
        }
        return sent;
    }

    void offer(int node, int owner, long fp, UnsafeBuffer state, int length) {
        SenderProxy proxy = planes[node].proxy();
        while (!proxy.offer(owner, fp, TestStates.parent(fp), TestStates.action(fp), state, 0, length)) {
            if (Thread.interrupted()) {
                throw new IllegalStateException("interrupted while offering");
            }
            pump.cycle();
        }
    }

    /** Returns true when every channel sent and received exactly {@code sent[from][to]} states. */
    boolean balanced(long[][] sent) {
        for (int from = 0; from < sent.length; from++) {
            for (int to = 0; to < sent.length; to++) {
                if (from != to && (planes[from].counters().sentStates(to) != sent[from][to]
                        || planes[to].counters().receivedStates(from) != sent[from][to])) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public void close() {
        CloseHelper.closeAll(transports);
    }
}
