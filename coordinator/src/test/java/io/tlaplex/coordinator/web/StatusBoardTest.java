package io.tlaplex.coordinator.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class StatusBoardTest {
    private static final long START_MS = 1_700_000_000_000L;

    private final AtomicLong clock = new AtomicLong(START_MS);
    private final StatusBoard board = new StatusBoard("Spec", clock::get, 1_000, 4);

    @Test
    void shouldStartInParsingWithNoFiguresNoCheckpointAndNoEstimate() {
        StatusSnapshot s = board.snapshot();

        assertEquals(RunPhase.PARSING, s.phase());
        assertEquals(new StatusSnapshot.Figures(0, 0, 0, 0, 0), s.figures());
        assertEquals(0, s.checkpoint().count());
        assertEquals(-1, s.times().etaMs());
        assertEquals(List.of(), s.nodes());
        assertEquals(0, s.plots().distinct().size());
    }

    @Test
    void shouldKeepLatestFiguresButPlotAtMostOncePerSampleInterval() {
        board.progress(1, 10, 5, 4);
        clock.addAndGet(400);
        board.progress(2, 30, 20, 9);

        StatusSnapshot s = board.snapshot();

        assertEquals(new StatusSnapshot.Figures(2, 30, 20, 9, 0), s.figures());
        assertArrayEquals(new long[] {0}, s.plots().distinct().timesMs());
        assertArrayEquals(new double[] {5}, s.plots().distinct().values());
    }

    @Test
    void shouldPlotGeneratedStatesPerSecondSinceThePreviousSample() {
        clock.addAndGet(500);
        board.progress(1, 1_000, 10, 10);
        clock.addAndGet(2_000);
        board.progress(2, 7_000, 50, 10);

        StatusSnapshot s = board.snapshot();

        assertArrayEquals(new long[] {500, 2_500}, s.plots().generatedPerSecond().timesMs());
        assertArrayEquals(new double[] {2_000, 3_000}, s.plots().generatedPerSecond().values());
        assertEquals(3_000, s.figures().generatedPerSecond());
    }

    @Test
    void shouldDropTheOldestPointsWhenTheHistoryIsFull() {
        for (int i = 1; i <= 6; i++) {
            board.progress(i, i * 10, i, 0);
            clock.addAndGet(1_000);
        }

        StatusSnapshot s = board.snapshot();

        assertArrayEquals(new long[] {2_000, 3_000, 4_000, 5_000}, s.plots().distinct().timesMs());
        assertArrayEquals(new double[] {3, 4, 5, 6}, s.plots().distinct().values());
    }

    @Test
    void shouldEstimateTheTimeLeftFromAQueueThatShrinks() {
        board.progress(5, 100, 100, 300);
        clock.addAndGet(1_000);
        board.progress(5, 200, 150, 200);
        clock.addAndGet(1_000);
        board.progress(6, 300, 180, 100);

        assertEquals(1_000, board.snapshot().times().etaMs());
    }

    @Test
    void shouldGiveNoEstimateWhileTheQueueGrows() {
        board.progress(1, 100, 100, 100);
        clock.addAndGet(1_000);
        board.progress(2, 200, 150, 200);
        clock.addAndGet(1_000);
        board.progress(3, 300, 180, 300);

        assertEquals(-1, board.snapshot().times().etaMs());
    }

    @Test
    void shouldDeriveANodesStatesPerSecondOverWindowsOfAtLeastOneSecond() {
        board.node(new NodeStatus(0, "h", true, 1_000, 5, 0.1, 0, 0));
        clock.addAndGet(500);
        board.node(new NodeStatus(0, "h", true, 2_000, 5, 0.1, 0, 0));
        double beforeWindow = board.snapshot().nodes().get(0).statesPerSecond();
        clock.addAndGet(1_500);
        board.node(new NodeStatus(0, "h", true, 9_000, 5, 0.1, 0, 0));

        StatusSnapshot.NodeView view = board.snapshot().nodes().get(0);

        assertEquals(0, beforeWindow);
        assertEquals(4_000, view.statesPerSecond());
        assertEquals(9_000, view.status().generated());
        assertEquals(START_MS + 2_000, view.lastSeenMs());
    }

    @Test
    void shouldListNodesByIdWithTheLatestReportOfEach() {
        NodeStatus two = new NodeStatus(2, "b", true, 1, 1, 0.5, 10, 20);
        NodeStatus oneOld = new NodeStatus(1, "a", true, 1, 1, 0.5, 10, 20);
        NodeStatus oneNew = new NodeStatus(1, "a", false, 5, 0, 0.6, 30, 40);
        board.node(two);
        board.node(oneOld);
        board.node(oneNew);

        List<StatusSnapshot.NodeView> nodes = board.snapshot().nodes();

        assertEquals(List.of(oneNew, two), nodes.stream().map(StatusSnapshot.NodeView::status).toList());
    }

    @Test
    void shouldRecordTheLastCheckpointAndPlotEveryPause() {
        clock.addAndGet(3_000);
        board.checkpoint(1, 2_500_000);
        clock.addAndGet(4_000);
        board.checkpoint(2, 7_000_000);

        StatusSnapshot s = board.snapshot();

        assertEquals(new StatusSnapshot.Checkpoint(2, 2, START_MS + 7_000, 7_000_000), s.checkpoint());
        assertArrayEquals(new long[] {3_000, 7_000}, s.plots().checkpointPauseMs().timesMs());
        assertArrayEquals(new double[] {2.5, 7}, s.plots().checkpointPauseMs().values());
    }

    @Test
    void shouldStopTheClockAndKeepTheFirstEndingWhenFinished() {
        board.phase(RunPhase.EXPLORING);
        clock.addAndGet(2_000);
        board.finished("Model checking completed. No error has been found.");
        clock.addAndGet(5_000);
        board.failed("late failure");
        board.phase(RunPhase.EXPLORING);

        StatusSnapshot s = board.snapshot();

        assertEquals(RunPhase.DONE, s.phase());
        assertEquals("Model checking completed. No error has been found.", s.verdict());
        assertEquals(2_000, s.times().elapsedMs());
        assertEquals(START_MS + 7_000, s.times().nowMs());
    }

    @Test
    void shouldStopTheClockWhenTheEndComesAsAPhase() {
        clock.addAndGet(1_000);
        board.phase(RunPhase.DONE);
        clock.addAndGet(1_000);

        StatusSnapshot s = board.snapshot();

        assertEquals(RunPhase.DONE, s.phase());
        assertEquals(1_000, s.times().elapsedMs());
    }

    @Test
    void shouldReportAFailedRunAsFailed() {
        board.phase(RunPhase.CHECKING_LIVENESS);
        board.failed("node 3 left the cluster");

        StatusSnapshot s = board.snapshot();

        assertEquals(RunPhase.FAILED, s.phase());
        assertEquals("node 3 left the cluster", s.verdict());
        assertEquals(-1, s.times().etaMs());
    }

    @Test
    void shouldRefuseAHistoryTooSmallToPlot() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new StatusBoard("Spec", clock::get, 1_000, 1));

        assertEquals("a time series needs room for two samples, not 1", e.getMessage());
    }
}
