package io.tlaplex.worker.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tlaplex.protocol.BatchDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.agrona.CloseHelper;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Node 0's sender, driven by hand with a manual clock, sending to node 1 over IPC. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SenderAgentTest {
    private static final long FLUSH_NS = LinkConfig.defaults().flushIntervalNs();
    private static final LinkConfig LINK = LinkConfig.defaults().withTermLength(512 * 1024);

    private final UnsafeBuffer state = new UnsafeBuffer(new byte[128]);
    private TestDriver driver;
    private TestCluster cluster;
    private TransportCounters counters;

    @BeforeEach
    void start() {
        driver = TestDriver.start();
        cluster = new TestCluster(driver.launcher(), LINK, 5L, "host", "host");
        counters = cluster.planes[0].counters();
    }

    @AfterEach
    void cleanUp() {
        Path dir = driver.dir();
        CloseHelper.closeAll(cluster, driver);
        assertFalse(Files.exists(dir), "aeron directory deleted");
    }

    /** Runs both agents without moving the clock. */
    private void cyclesWithoutTime(int cycles) {
        for (int i = 0; i < cycles; i++) {
            cluster.planes[0].sender().doWork();
            cluster.planes[1].receiver().doWork();
        }
    }

    private void untilWithoutTime(BooleanSupplier done) {
        for (int i = 0; i < 10_000_000 && !done.getAsBoolean() && !Thread.currentThread().isInterrupted(); i++) {
            cyclesWithoutTime(1);
        }
    }

    private void offer(long k) {
        long fp = TestStates.fingerprint(0, k);
        assertTrue(cluster.planes[0].proxy().offer(1, fp, TestStates.parent(fp), TestStates.action(fp),
                state, 0, TestStates.write(fp, state)));
    }

    @Test
    void shouldHoldAPartBatchUntilItIsOlderThanTheFlushInterval() {
        for (int k = 0; k < 3; k++) {
            offer(k);
        }

        cyclesWithoutTime(1_000);
        cluster.clock.advance(FLUSH_NS - 1);
        cyclesWithoutTime(1_000);
        long sentBeforeInterval = counters.sentStates(1);
        long pendingBeforeInterval = counters.pendingStates(1);
        cluster.clock.advance(1);
        untilWithoutTime(() -> cluster.planes[1].counters().receivedStates(0) == 3);

        assertEquals(0, sentBeforeInterval);
        assertEquals(3, pendingBeforeInterval);
        assertEquals(1, counters.sentBatches(1));
        assertEquals(3, counters.sentStates(1));
        assertEquals(0, counters.pendingStates(1));
        assertEquals(3, cluster.handlers[1].entries);
    }

    @Test
    void shouldSendAFullBatchAtOnceAndKeepTheRestForTheNext() {
        int fits = statesFittingOneBatch();
        for (int k = 0; k < fits + 10; k++) {
            offer(k);
        }

        untilWithoutTime(() -> cluster.planes[1].counters().receivedStates(0) == fits);
        cyclesWithoutTime(1_000);

        assertEquals(1, counters.sentBatches(1));
        assertEquals(fits, counters.sentStates(1));
        assertEquals(10, counters.pendingStates(1));
        assertEquals(fits, cluster.handlers[1].entries);
    }

    @Test
    void shouldDropQueuedStatesAndRestartCountersOnANewEpoch() {
        for (int k = 0; k < 5; k++) {
            offer(k);
        }
        cyclesWithoutTime(100);

        cluster.planes[0].sender().startEpoch(1);
        cluster.planes[1].receiver().startEpoch(1);
        offer(100);
        cyclesWithoutTime(10);
        cluster.clock.advance(FLUSH_NS);
        untilWithoutTime(() -> cluster.planes[1].counters().receivedStates(0) == 1);

        assertEquals(1, counters.sentStates(1));
        assertEquals(1, cluster.handlers[1].entries);
        assertTrue(cluster.handlers[1].fingerprints.contains(TestStates.fingerprint(0, 100)));
    }

    @Test
    void shouldRefuseStatesForItselfOrLongerThanABatchHolds() {
        SenderProxy proxy = cluster.planes[0].proxy();
        int max = BatchDescriptor.maxStateLength(LINK.batchCapacityBytes());
        UnsafeBuffer big = new UnsafeBuffer(new byte[max + 1]);

        assertEquals(max, proxy.maxStateLength());
        assertThrows(IllegalArgumentException.class, () -> proxy.offer(0, 1L, 0L, 0, state, 0, 8));
        assertThrows(IllegalArgumentException.class, () -> proxy.offer(2, 1L, 0L, 0, state, 0, 8));
        assertThrows(IllegalArgumentException.class, () -> proxy.offer(1, 1L, 0L, 0, big, 0, max + 1));
        assertTrue(proxy.offer(1, 1L, 0L, 0, big, 0, max));
    }

    private static int statesFittingOneBatch() {
        int position = BatchDescriptor.HEADER_LENGTH;
        int count = 0;
        while (true) {
            long length = BatchDescriptor.entryLength(TestStates.length(TestStates.fingerprint(0, count)));
            if (position + length > LINK.batchCapacityBytes()) {
                return count;
            }
            position += (int) length;
            count++;
        }
    }
}
