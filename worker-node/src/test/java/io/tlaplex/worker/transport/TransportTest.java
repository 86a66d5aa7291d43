package io.tlaplex.worker.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.agrona.CloseHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Several nodes in one JVM exchange a few hundred thousand states over IPC, UDP on 127.0.0.1, or both. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class TransportTest {
    private static final long RUN_ID = 0xC0FFEEL;
    private static final int STATES_PER_NODE = 150_000;
    private static final LinkConfig LINK = LinkConfig.defaults().withTermLength(512 * 1024);

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
    void shouldDeliverEveryStateExactlyOnceToItsOwnerOverIpc() {
        cluster = new TestCluster(driver.launcher(), LINK, RUN_ID, "host", "host", "host");

        exchangeAndCheck(3);
    }

    @Test
    void shouldDeliverEveryStateExactlyOnceToItsOwnerOverUdp() {
        cluster = new TestCluster(driver.launcher(), LINK, RUN_ID, "host-a", "host-b", "host-c");

        exchangeAndCheck(3);
    }

    @Test
    void shouldDeliverEveryStateExactlyOnceWhenSomePeersShareAHostAndOthersDoNot() {
        cluster = new TestCluster(driver.launcher(), LINK, RUN_ID, "host-a", "host-a", "host-b");

        exchangeAndCheck(3);
    }

    private void exchangeAndCheck(int nodes) {
        OwnerFunction owners = OwnerFunction.uniform(nodes, 1, 7L);

        long[][] sent = cluster.routeAll(owners, STATES_PER_NODE);
        cluster.pump.until(() -> cluster.balanced(sent), 20_000_000L, "every channel to balance");

        long remote = 0;
        for (int to = 0; to < nodes; to++) {
            long expected = 0;
            for (int from = 0; from < nodes; from++) {
                expected += sent[from][to];
            }
            CollectingHandler handler = cluster.handlers[to];
            assertEquals(expected, handler.entries, "entries handed to node " + to);
            assertEquals(expected, handler.fingerprints.size(), "distinct fingerprints at node " + to);
            assertEquals(0, handler.duplicates);
            assertEquals(0, handler.damaged);
            assertEquals(0, cluster.planes[to].counters().rejectedFrames());
            remote += expected;
        }
        assertTrue(remote > STATES_PER_NODE, "a few hundred thousand states crossed: " + remote);
        for (int node = 0; node < nodes; node++) {
            for (long k = 0; k < STATES_PER_NODE; k++) {
                long fp = TestStates.fingerprint(node, k);
                int owner = owners.owner(fp);
                assertTrue(owner == node || cluster.handlers[owner].fingerprints.contains(fp), "state reached owner");
            }
        }
    }
}
