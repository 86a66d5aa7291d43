package io.tlaplex.worker.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.agrona.CloseHelper;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A receiver that stops polling fills a tiny term; the sender then keeps its batch, the workers' queue fills and
 * refuses offers, and once the receiver polls again every state arrives exactly once.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class BackPressureTest {
    private static final long RUN_ID = 11L;
    private static final int STATES = 60_000;
    private static final LinkConfig TINY = LinkConfig.defaults()
            .withBatchCapacity(8 * 1024)
            .withTermLength(64 * 1024)
            .withQueueCapacity(64 * 1024);

    private TestDriver driver;
    private TestCluster cluster;

    @BeforeEach
    void startDriver() {
        driver = TestDriver.start();
    }

    @AfterEach
    void cleanUp() {
        Path dir = driver.dir();
        CloseHelper.closeAll(cluster, driver);
        assertFalse(Files.exists(dir), "aeron directory deleted");
    }

    @Test
    void shouldKeepEveryStateWhileTheIpcReceiverStalls() {
        cluster = new TestCluster(driver.launcher(), TINY, RUN_ID, "host", "host");

        stallThenDrain();
    }

    @Test
    void shouldKeepEveryStateWhileTheUdpReceiverStalls() {
        cluster = new TestCluster(driver.launcher(), TINY, RUN_ID, "host-a", "host-b");

        stallThenDrain();
    }

    @Test
    void shouldKeepSendingToOtherPeersWhileOnePeerStalls() {
        cluster = new TestCluster(driver.launcher(), TINY, RUN_ID, "host", "host", "host");
        Pump withoutNode2 = new Pump(cluster.clock, cluster.planes[0].sender(), cluster.planes[1].receiver());
        SenderProxy proxy = cluster.planes[0].proxy();
        UnsafeBuffer state = new UnsafeBuffer(new byte[72]);
        int toNode2 = 0;
        int toNode1 = 0;

        for (int k = 0; k < STATES; k++) {
            long fp = TestStates.fingerprint(0, k);
            int length = TestStates.write(fp, state);
            if (proxy.offer(2, fp, TestStates.parent(fp), TestStates.action(fp), state, 0, length)) {
                toNode2++;
            }
            while (!proxy.offer(1, fp, TestStates.parent(fp), TestStates.action(fp), state, 0, length)) {
                withoutNode2.cycle();
            }
            toNode1++;
            if ((k & 15) == 0) {
                withoutNode2.cycle();
            }
        }
        int sentToNode1 = toNode1;
        withoutNode2.until(() -> cluster.planes[1].counters().receivedStates(0) == sentToNode1, 5_000_000,
                "node 1 to receive everything");

        TransportCounters counters = cluster.planes[0].counters();
        assertTrue(toNode2 < STATES, "node 2's queue filled up, took " + toNode2);
        assertTrue(counters.backPressured(2) > 0, "node 2's channel was back-pressured");
        assertEquals(STATES, cluster.handlers[1].entries);
        assertEquals(0, cluster.handlers[2].entries);
    }

    private void stallThenDrain() {
        Pump senderOnly = new Pump(cluster.clock, cluster.planes[0].sender());
        SenderProxy proxy = cluster.planes[0].proxy();
        UnsafeBuffer state = new UnsafeBuffer(new byte[72]);
        TransportCounters counters = cluster.planes[0].counters();
        int offered = 0;

        // Offer and send until the sender is back-pressured and stops making progress: the receiver never polls.
        for (int round = 0; round < 10_000 && offered < STATES && !Thread.currentThread().isInterrupted(); round++) {
            long sentBefore = counters.sentStates(1);
            offered += offerUntilRefused(proxy, state, offered);
            senderOnly.run(2_000);
            if (counters.backPressured(1) > 0 && counters.sentStates(1) == sentBefore) {
                break;
            }
        }

        assertTrue(offered < STATES, "the queue filled and refused an offer at " + offered);
        assertTrue(counters.backPressured(1) > 0, "the sender saw back-pressure");
        assertEquals(0, counters.otherOfferFailures(1));
        assertTrue(counters.pendingStates(1) > 0, "a batch is held, not dropped");
        assertEquals(0, cluster.handlers[1].entries);

        int refusedAt = offered;
        for (int k = refusedAt; k < STATES; k++) {
            long fp = TestStates.fingerprint(0, k);
            cluster.offer(0, 1, fp, state, TestStates.write(fp, state));
        }
        long[][] sent = {{0, STATES}, {0, 0}};
        cluster.pump.until(() -> cluster.balanced(sent), 20_000_000L, "the stalled channel to drain");

        CollectingHandler handler = cluster.handlers[1];
        assertEquals(STATES, handler.entries);
        assertEquals(STATES, handler.fingerprints.size());
        assertEquals(0, handler.duplicates + handler.damaged);
        for (int k = 0; k < STATES; k++) {
            assertTrue(handler.fingerprints.contains(TestStates.fingerprint(0, k)), "state " + k + " arrived");
        }
    }

    /** Offers states {@code from, from + 1, ...} without pumping; returns how many the proxy took. */
    private static int offerUntilRefused(SenderProxy proxy, UnsafeBuffer state, int from) {
        int k = from;
        while (k < STATES) {
            long fp = TestStates.fingerprint(0, k);
            int length = TestStates.write(fp, state);
            if (!proxy.offer(1, fp, TestStates.parent(fp), TestStates.action(fp), state, 0, length)) {
                break;
            }
            k++;
        }
        return k - from;
    }
}
