package io.tlaplex.worker.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SentCacheTest {

    @Test
    void shouldCutAFingerprintSentLately() {
        SentCache cache = new SentCache(1 << 10);

        assertTrue(cache.firstSend(42L));
        assertFalse(cache.firstSend(42L));
        assertTrue(cache.firstSend(43L));
    }

    @Test
    void shouldSendAgainOnlyWhatACollisionEvicted() {
        SentCache cache = new SentCache(4);
        int firstSends = 0;
        for (long fp = 1; fp <= 1_000; fp++) {
            firstSends += cache.firstSend(fp) ? 1 : 0;
        }

        assertEquals(1_000, firstSends);
        int again = 0;
        for (long fp = 1; fp <= 1_000; fp++) {
            again += cache.firstSend(fp) ? 1 : 0;
        }
        assertTrue(again >= 996, "a 4-slot cache can remember at most 4 of 1,000, but cut " + (1_000 - again));
    }

    @Test
    void shouldSendEverythingWithoutSlots() {
        SentCache cache = new SentCache(0);

        assertTrue(cache.firstSend(7L));
        assertTrue(cache.firstSend(7L));
    }

    @Test
    void shouldRejectASizeThatIsNotAPowerOfTwo() {
        assertThrows(IllegalArgumentException.class, () -> new SentCache(3));
    }
}
