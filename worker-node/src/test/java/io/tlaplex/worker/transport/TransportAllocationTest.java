package io.tlaplex.worker.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.ThreadMXBean;
import io.tlaplex.protocol.BatchEntryFlyweight;
import io.tlaplex.protocol.BatchEntryHandler;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.agrona.CloseHelper;
import org.agrona.concurrent.CachedNanoClock;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Offer, drain, batch, send, poll, reassemble, validate and hand on allocate nothing per state once warm. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TransportAllocationTest {
    private static final int WARM_UP_STATES = 300_000;
    private static final int MEASURED_STATES = 300_000;

    private final TestDriver driver = TestDriver.start();
    private final List<Transport> transports = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        Path dir = driver.dir();
        CloseHelper.closeAll(transports);
        driver.close();
        assertFalse(Files.exists(dir), "aeron directory deleted");
    }

    @Test
    void shouldAllocateNothingPerStateOnceWarm() {
        CachedNanoClock clock = new CachedNanoClock();
        LinkConfig link = LinkConfig.defaults().withTermLength(512 * 1024);
        for (int node = 0; node < 2; node++) {
            transports.add(Transport.open(driver.launcher(), link, new NodeAddress(node, "host", "127.0.0.1", 0)));
        }
        List<NodeAddress> nodes = List.of(transports.get(0).address(), transports.get(1).address());
        CountingHandler counted = new CountingHandler();
        DataPlane from = transports.get(0).connect(3L, nodes, new CountingHandler(), clock);
        DataPlane to = transports.get(1).connect(3L, nodes, counted, clock);
        Pump pump = new Pump(clock, from.sender(), to.receiver());
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();

        send(from.proxy(), pump, 0, WARM_UP_STATES);
        long before = threads.getCurrentThreadAllocatedBytes();
        send(from.proxy(), pump, WARM_UP_STATES, WARM_UP_STATES + MEASURED_STATES);
        long after = threads.getCurrentThreadAllocatedBytes();
        pump.until(() -> counted.entries == WARM_UP_STATES + MEASURED_STATES, 5_000_000, "every state to arrive");

        assertEquals(WARM_UP_STATES + MEASURED_STATES, to.counters().receivedStates(0));
        double perState = (after - before) / (double) MEASURED_STATES;
        assertTrue(perState < 0.5, "allocated " + perState + " bytes per state");
    }

    private static void send(SenderProxy proxy, Pump pump, int fromState, int toState) {
        UnsafeBuffer state = new UnsafeBuffer(new byte[72]);
        for (int k = fromState; k < toState; k++) {
            long fp = TestStates.fingerprint(0, k);
            int length = TestStates.write(fp, state);
            while (!proxy.offer(1, fp, TestStates.parent(fp), TestStates.action(fp), state, 0, length)) {
                pump.cycle();
            }
            if ((k & 63) == 0) {
                pump.cycle();
            }
        }
    }

    /** Counts entries and reads one field, allocating nothing. */
    private static final class CountingHandler implements BatchEntryHandler {
        long entries;
        long checksum;

        @Override
        public void onEntry(int sourceNode, BatchEntryFlyweight entry) {
            entries++;
            checksum += entry.fingerprint();
        }
    }
}
