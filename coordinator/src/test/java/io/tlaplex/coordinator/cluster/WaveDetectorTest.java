package io.tlaplex.coordinator.cluster;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tlaplex.protocol.LevelStatus;
import io.tlaplex.protocol.PeerCounters;
import java.util.List;
import org.junit.jupiter.api.Test;

class WaveDetectorTest {
    private final WaveDetector detector = new WaveDetector(2);

    /** Node 0 sent {@code sent} states in {@code sent} batches to node 1, which received {@code received}. */
    private static List<LevelStatus> wave(boolean idle0, boolean idle1, long sent, long received) {
        return List.of(status(0, idle0, new PeerCounters(1, sent, sent, 0, 0)),
                status(1, idle1, new PeerCounters(0, 0, 0, received, received)));
    }

    private static LevelStatus status(int node, boolean idle, PeerCounters channel) {
        return new LevelStatus(7L, node, 3, 1L, idle, false, 0, 0, 0, List.of(channel), null);
    }

    @Test
    void shouldNotEndALevelOnOneConsistentWave() {
        boolean ended = detector.offer(wave(true, true, 5, 5));

        assertFalse(ended);
    }

    @Test
    void shouldEndALevelOnTwoConsecutiveConsistentWavesWithTheSameCounters() {
        detector.offer(wave(true, true, 5, 5));

        boolean ended = detector.offer(wave(true, true, 5, 5));

        assertTrue(ended);
    }

    @Test
    void shouldNotEndWhileStatesAreStillInFlight() {
        detector.offer(wave(true, true, 5, 4));

        boolean ended = detector.offer(wave(true, true, 5, 4));

        assertFalse(ended);
    }

    @Test
    void shouldNotEndWhenALateBatchChangedTheCountersBetweenTwoConsistentWaves() {
        detector.offer(wave(true, true, 5, 5));

        boolean endedOnChange = detector.offer(wave(true, true, 6, 6));
        boolean endedOnRepeat = detector.offer(wave(true, true, 6, 6));

        assertFalse(endedOnChange);
        assertTrue(endedOnRepeat);
    }

    @Test
    void shouldStartOverWhenANodeWasBusyBetweenTwoIdleWaves() {
        detector.offer(wave(true, true, 5, 5));
        detector.offer(wave(true, false, 5, 5));

        boolean endedAfterFlap = detector.offer(wave(true, true, 5, 5));
        boolean endedOnRepeat = detector.offer(wave(true, true, 5, 5));

        assertFalse(endedAfterFlap);
        assertTrue(endedOnRepeat);
    }

    @Test
    void shouldNotEndOnAWaveThatMissesANode() {
        List<LevelStatus> partial = List.of(status(0, true, new PeerCounters(1, 0, 0, 0, 0)));
        detector.offer(partial);

        boolean ended = detector.offer(partial);

        assertFalse(ended);
    }

    @Test
    void shouldForgetTheLastLevelsWavesOnReset() {
        detector.offer(wave(true, true, 5, 5));
        detector.reset();

        boolean ended = detector.offer(wave(true, true, 5, 5));

        assertFalse(ended);
    }

    @Test
    void shouldNotEndWhenReceivedBatchesExceedSentOnes() {
        List<LevelStatus> odd = List.of(status(0, true, new PeerCounters(1, 1, 5, 0, 0)),
                status(1, true, new PeerCounters(0, 0, 0, 2, 5)));
        detector.offer(odd);

        boolean ended = detector.offer(odd);

        assertFalse(ended);
    }
}
