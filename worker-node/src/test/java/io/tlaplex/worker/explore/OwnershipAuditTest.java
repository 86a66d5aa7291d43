package io.tlaplex.worker.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tlaplex.worker.fpset.FingerprintSet;
import io.tlaplex.worker.fpset.FingerprintSetConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OwnershipAuditTest {
    private final FingerprintSet seen = new FingerprintSetConfig(1 << 20, 100, null, 0).create();
    private final OwnershipAudit audit = new OwnershipAudit(seen, 2);

    @AfterEach
    void close() {
        seen.close();
    }

    /** States 1, 2, 3 queued for level 1 by worker 0 and in the fingerprint set. */
    private void queueFirstLevel() {
        for (long fp = 1; fp <= 3; fp++) {
            seen.insert(fp);
            audit.recorder(0).enqueued(fp);
        }
        audit.startFirstLevel();
    }

    @Test
    void shouldAcceptLevelWhoseQueuedStatesWereEachExpandedOnceByAnyWorker() {
        queueFirstLevel();
        audit.recorder(1).expanding(1, 1, 1);
        audit.recorder(0).expanding(3, 1, 1);
        audit.recorder(1).expanding(2, 1, 1);

        audit.checkLevel(1, true);
    }

    @Test
    void shouldRejectLevelThatLostAState() {
        queueFirstLevel();
        audit.recorder(0).expanding(1, 1, 1);
        audit.recorder(1).expanding(3, 1, 1);

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> audit.checkLevel(1, true));

        assertEquals("ownership audit, level 1: state 2 was queued but never expanded", e.getMessage());
    }

    @Test
    void shouldRejectStateExpandedTwice() {
        queueFirstLevel();
        audit.recorder(0).expanding(1, 1, 1);
        audit.recorder(0).expanding(2, 1, 1);
        audit.recorder(1).expanding(2, 1, 1);
        audit.recorder(1).expanding(3, 1, 1);

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> audit.checkLevel(1, true));

        assertEquals("ownership audit, level 1: state 2 was expanded twice", e.getMessage());
    }

    @Test
    void shouldRejectStateExpandedBeforeItWasInTheFingerprintSet() {
        audit.recorder(0).enqueued(9);
        audit.startFirstLevel();
        audit.recorder(1).expanding(9, 1, 1);

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> audit.checkLevel(1, false));

        assertEquals("ownership audit, level 1: state 9 was expanded before it was in the fingerprint set",
                e.getMessage());
    }

    @Test
    void shouldRejectStateQueuedTwice() {
        audit.recorder(0).enqueued(4);
        audit.recorder(1).enqueued(4);

        IllegalStateException e = assertThrows(IllegalStateException.class, audit::startFirstLevel);

        assertEquals("ownership audit: state 4 was queued twice", e.getMessage());
    }

    @Test
    void shouldOnlyCheckExpansionsOfALevelTheRunStoppedIn() {
        queueFirstLevel();
        audit.recorder(0).expanding(1, 1, 1);

        audit.checkLevel(1, false);
    }
}
