package io.tlaplex.worker.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.aeron.Aeron;
import io.aeron.ExclusivePublication;
import io.tlaplex.protocol.BatchVerdict;
import io.tlaplex.protocol.BatchWriter;
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
 * A rogue publisher on node 1's stream sends frames of another run, for another node, cut short, corrupted, or of
 * the wrong epoch: each is counted under its verdict and none reaches the handler, and real traffic still flows.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ReceiverAgentTest {
    private static final long RUN_ID = 21L;
    private static final LinkConfig LINK = LinkConfig.defaults().withTermLength(512 * 1024);

    private TestDriver driver;
    private TestCluster cluster;
    private Aeron rogueClient;
    private ExclusivePublication rogue;

    @BeforeEach
    void start() {
        driver = TestDriver.start();
        cluster = new TestCluster(driver.launcher(), LINK, RUN_ID, "host", "host");
        rogueClient = driver.launcher().connect();
        rogue = rogueClient.addExclusivePublication(Channels.ipcPublication(LINK), LINK.streamId(1));
        cluster.planes[0].sender().startEpoch(1);
        cluster.planes[1].receiver().startEpoch(1);
    }

    @AfterEach
    void cleanUp() {
        Path dir = driver.dir();
        CloseHelper.closeAll(rogueClient, cluster, driver);
        assertFalse(Files.exists(dir), "aeron directory deleted");
    }

    @Test
    void shouldCountAndDropForeignStaleAndDamagedFramesWithoutHandingOnAnEntry() {
        send(frame(RUN_ID + 1, 0, 1, 1));
        send(frame(RUN_ID, 0, 0, 1));
        UnsafeBuffer whole = frame(RUN_ID, 0, 1, 1);
        send(new UnsafeBuffer(whole, 0, whole.capacity() / 2));
        UnsafeBuffer corrupt = frame(RUN_ID, 0, 1, 1);
        corrupt.putByte(corrupt.capacity() - 1, (byte) (corrupt.getByte(corrupt.capacity() - 1) ^ 0x5a));
        send(corrupt);
        send(frame(RUN_ID, 0, 1, 0));
        send(frame(RUN_ID, 0, 1, 2));
        TransportCounters counters = cluster.planes[1].counters();
        cluster.pump.until(() -> counters.rejectedFrames() == 6, 1_000_000, "six rejections");

        assertEquals(1, counters.frames(BatchVerdict.FOREIGN_RUN));
        assertEquals(1, counters.frames(BatchVerdict.WRONG_DESTINATION));
        assertEquals(1, counters.frames(BatchVerdict.TRUNCATED));
        assertEquals(1, counters.frames(BatchVerdict.CHECKSUM_MISMATCH));
        assertEquals(1, counters.frames(BatchVerdict.STALE_EPOCH));
        assertEquals(1, counters.frames(BatchVerdict.FUTURE_EPOCH));
        assertEquals(0, counters.frames(BatchVerdict.ACCEPTED));
        assertEquals(0, counters.receivedStates(0));
        assertEquals(0, cluster.handlers[1].entries);
    }

    @Test
    void shouldKeepAcceptingRealTrafficAfterRejectingFrames() {
        send(frame(RUN_ID + 1, 0, 1, 1));
        send(frame(RUN_ID, 0, 1, 0));
        OwnerFunction everythingToNode1 = OwnerFunction.uniform(2, 1, 0L).withoutNode(0);

        long[][] sent = cluster.routeAll(everythingToNode1, 20_000);
        TransportCounters counters = cluster.planes[1].counters();
        // The rogue frames come on an image of their own, which may be polled after the real traffic.
        cluster.pump.until(() -> cluster.balanced(sent) && counters.rejectedFrames() >= 2, 5_000_000,
                "real traffic and both rogue frames to arrive");

        assertEquals(2, counters.rejectedFrames());
        assertEquals(20_000, cluster.handlers[1].entries);
        assertEquals(0, cluster.handlers[1].duplicates + cluster.handlers[1].damaged);
    }

    /** A sealed frame of three states from {@code source} to {@code destination}, copied out of its writer. */
    private static UnsafeBuffer frame(long runId, int source, int destination, int epoch) {
        BatchWriter writer = new BatchWriter(new UnsafeBuffer(new byte[4096]), runId, source, destination);
        writer.startEpoch(epoch);
        UnsafeBuffer state = new UnsafeBuffer(new byte[128]);
        for (int k = 0; k < 3; k++) {
            long fp = TestStates.fingerprint(9, k);
            writer.append(fp, TestStates.parent(fp), TestStates.action(fp), state, 0, TestStates.write(fp, state));
        }
        int length = writer.seal();
        UnsafeBuffer copy = new UnsafeBuffer(new byte[length]);
        copy.putBytes(0, writer.buffer(), 0, length);
        return copy;
    }

    private void send(UnsafeBuffer frame) {
        cluster.pump.until(() -> rogue.offer(frame, 0, frame.capacity()) > 0, 1_000_000, "the rogue frame to go out");
    }
}
