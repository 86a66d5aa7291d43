package io.tlaplex.worker.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.agrona.CloseHelper;
import org.agrona.concurrent.AgentRunner;
import org.agrona.concurrent.SystemNanoClock;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The agents on their own backing-off threads, with the real clock, as a node runs them. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TransportRunnerTest {
    private static final int STATES = 50_000;

    private final TestDriver driver = TestDriver.start();
    private final List<AutoCloseable> resources = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        Path dir = driver.dir();
        for (int i = resources.size() - 1; i >= 0; i--) {
            CloseHelper.quietClose(resources.get(i));
        }
        driver.close();
        assertFalse(Files.exists(dir), "aeron directory deleted");
    }

    @Test
    void shouldDeliverStatesWhenTheAgentsRunOnTheirOwnThreads() {
        LinkConfig link = LinkConfig.defaults().withTermLength(512 * 1024);
        List<Transport> transports = new ArrayList<>();
        for (int node = 0; node < 2; node++) {
            NodeAddress self = new NodeAddress(node, "host", "127.0.0.1", 0);
            Transport transport = Transport.open(driver.launcher(), link, self);
            resources.add(transport);
            transports.add(transport);
        }
        List<NodeAddress> nodes = List.of(transports.get(0).address(), transports.get(1).address());
        AtomicLong received = new AtomicLong();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        DataPlane from = transports.get(0).connect(1L, nodes, (source, entry) -> { }, new SystemNanoClock());
        DataPlane to = transports.get(1).connect(1L, nodes, (source, entry) -> received.lazySet(received.get() + 1),
                new SystemNanoClock());
        for (DataPlane plane : List.of(from, to)) {
            AgentRunner runner = plane.newRunner(driver.launcher().config().newIdleStrategy(), failure::set);
            resources.add(runner);
            AgentRunner.startOnThread(runner);
        }

        UnsafeBuffer state = new UnsafeBuffer(new byte[72]);
        for (int k = 0; k < STATES; k++) {
            long fp = TestStates.fingerprint(0, k);
            int length = TestStates.write(fp, state);
            while (!from.proxy().offer(1, fp, TestStates.parent(fp), TestStates.action(fp), state, 0, length)) {
                Thread.onSpinWait();
            }
        }
        while (received.get() < STATES && failure.get() == null && !Thread.currentThread().isInterrupted()) {
            Thread.onSpinWait();
        }

        assertEquals(null, failure.get());
        assertEquals(STATES, received.get());
        assertEquals(STATES, from.counters().sentStates(1));
        assertTrue(to.counters().receivedBatches(0) >= 1);
    }
}
