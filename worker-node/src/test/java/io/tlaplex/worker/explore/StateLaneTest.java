package io.tlaplex.worker.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

class StateLaneTest {
    private final TakenBatch batch = new TakenBatch();
    private int nextIn;
    private int nextOut;

    /** State n is the string "s" + n, with fingerprint 10n, trace reference 100n and depth n % 7. */
    private void addStates(StateLane lane, String[] states, int count) {
        for (int i = 0; i < count; i++) {
            int n = nextIn++;
            lane.add(states[n], 10L * n, 100L * n, n % 7);
        }
    }

    private int pollAndCheck(StateLane lane, String[] states, int max) {
        int taken = lane.poll(batch, max);
        assertFalse(batch.isEncoded());
        assertEquals(taken, batch.size());
        for (int i = 0; i < taken; i++) {
            int n = nextOut++;
            assertSame(states[n], batch.state(i), "state " + n);
            assertEquals(10L * n, batch.fingerprint(i));
            assertEquals(100L * n, batch.traceRef(i));
            assertEquals(n % 7, batch.depth(i));
        }
        return taken;
    }

    private static String[] states(int n) {
        String[] states = new String[n];
        for (int i = 0; i < n; i++) {
            states[i] = "s" + i;
        }
        return states;
    }

    @Test
    void shouldGiveBackStatesInOrderAcrossChunks() {
        StateLane lane = new StateLane(10_000);
        String[] states = states(1000);
        addStates(lane, states, 1000);

        assertEquals(100, pollAndCheck(lane, states, 100));
        assertEquals(300, pollAndCheck(lane, states, 300));
        assertEquals(600, pollAndCheck(lane, states, 700));
        assertEquals(0, pollAndCheck(lane, states, 5));

        assertEquals(0, lane.size());
        assertEquals(0, batch.size());
    }

    @Test
    void shouldRefuseStatesBeyondItsCapacity() {
        StateLane lane = new StateLane(3);
        String[] states = states(4);
        addStates(lane, states, 3);

        assertFalse(lane.hasRoom());
        assertThrows(IllegalStateException.class, () -> lane.add("x", 1, 1, 1));
        assertEquals(3, lane.size());

        assertEquals(1, pollAndCheck(lane, states, 1));
        assertTrue(lane.hasRoom());
    }

    @Test
    void shouldHoldNothingWithCapacityZero() {
        StateLane lane = new StateLane(0);

        assertFalse(lane.hasRoom());
        assertEquals(0, lane.poll(batch, 10));
    }

    @Test
    void shouldInterleaveAddingAndTakingWithoutLosingStates() {
        StateLane lane = new StateLane(700);
        String[] states = states(20_000);
        int taken = 0;
        while (nextIn < states.length) {
            int room = 700 - lane.size();
            addStates(lane, states, Math.min(257, Math.min(room, states.length - nextIn)));
            taken += pollAndCheck(lane, states, 1 + nextIn % 300);
        }
        while (lane.size() > 0) {
            taken += pollAndCheck(lane, states, 64);
        }

        assertEquals(states.length, taken);
    }

    @Test
    void shouldAllocateNothingOnceItsChunksAreInPlace() {
        StateLane lane = new StateLane(2000);
        String[] states = states(1000);
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        cycle(lane, states, 10);
        long before = threads.getCurrentThreadAllocatedBytes();

        cycle(lane, states, 1000);

        long perState = (threads.getCurrentThreadAllocatedBytes() - before) / (1000L * states.length);
        assertEquals(0, perState, "bytes allocated per state");
    }

    /** Fills the lane with every state and drains it in batches, {@code rounds} times. */
    private void cycle(StateLane lane, String[] states, int rounds) {
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < states.length; i++) {
                lane.add(states[i], i, i, 1);
            }
            while (lane.poll(batch, 256) > 0) {
                batch.clear();
            }
        }
    }
}
