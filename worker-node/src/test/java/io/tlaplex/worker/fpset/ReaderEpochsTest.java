package io.tlaplex.worker.fpset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ReaderEpochsTest {
    private final ReaderEpochs epochs = new ReaderEpochs();

    @Test
    void shouldFreeRetiredMemoryOnceNoCallIsInside() {
        AtomicBoolean freed = new AtomicBoolean();
        epochs.retire(64, () -> freed.set(true));

        epochs.reclaim();

        assertTrue(freed.get());
        assertEquals(0, epochs.pendingBytes());
    }

    @Test
    void shouldKeepRetiredMemoryWhileACallThatEnteredBeforeTheRetirementIsInside() {
        AtomicBoolean freed = new AtomicBoolean();
        int inside = epochs.enter();
        epochs.retire(64, () -> freed.set(true));

        for (int i = 0; i < 5; i++) {
            epochs.reclaim();
        }

        assertFalse(freed.get(), "a caller entered before retirement may still probe the table");
        assertEquals(64, epochs.pendingBytes());
        epochs.exit(inside);
        epochs.reclaim();
        epochs.reclaim();
        assertTrue(freed.get());
    }

    @Test
    void shouldNotWaitForCallsThatEnteredAfterTheRetirement() {
        AtomicBoolean freed = new AtomicBoolean();
        epochs.retire(64, () -> freed.set(true));
        epochs.reclaim();
        AtomicBoolean second = new AtomicBoolean();
        epochs.retire(64, () -> second.set(true));
        int late = epochs.enter();

        epochs.reclaim();
        epochs.reclaim();

        assertTrue(freed.get());
        epochs.exit(late);
        epochs.reclaim();
        epochs.reclaim();
        assertTrue(second.get());
    }

    @Test
    void shouldNotFreeWhileAnOldCallerFromAnEarlierEpochIsStillInside() {
        int old = epochs.enter();
        epochs.retire(8, () -> { });
        epochs.reclaim();
        AtomicBoolean freed = new AtomicBoolean();
        epochs.retire(64, () -> freed.set(true));

        for (int i = 0; i < 5; i++) {
            epochs.reclaim();
        }

        assertFalse(freed.get());
        epochs.exit(old);
        for (int i = 0; i < 3; i++) {
            epochs.reclaim();
        }
        assertTrue(freed.get());
    }
}
