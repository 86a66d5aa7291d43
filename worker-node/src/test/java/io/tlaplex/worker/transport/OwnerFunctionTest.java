package io.tlaplex.worker.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tlaplex.protocol.OwnerMap;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class OwnerFunctionTest {
    private static final int KEYS = 400_000;
    private static final long SEED = 0x5eedL;

    private static long key(int i) {
        return new SplittableRandom(i).nextLong();
    }

    @Test
    void shouldSpreadFingerprintsEvenlyOverNodes() {
        OwnerFunction owners = OwnerFunction.uniform(3, 1, SEED);
        int[] counts = new int[3];

        for (int i = 0; i < KEYS; i++) {
            counts[owners.owner(key(i))]++;
        }

        for (int count : counts) {
            assertEquals(KEYS / 3.0, count, KEYS * 0.01, "keys per node " + Arrays.toString(counts));
        }
    }

    @Test
    void shouldMoveOnlyTheLostNodesKeysWhenANodeLeaves() {
        OwnerFunction before = OwnerFunction.uniform(4, 1, SEED);
        OwnerFunction after = before.withoutNode(1);
        int moved = 0;
        int[] received = new int[4];

        for (int i = 0; i < KEYS; i++) {
            long fp = key(i);
            int was = before.owner(fp);
            int is = after.owner(fp);
            assertTrue(is != 1, "no key may stay on the lost node");
            if (was != is) {
                assertEquals(1, was, "only the lost node's keys move");
                moved++;
                received[is]++;
            }
        }

        assertEquals(KEYS / 4.0, moved, KEYS * 0.01);
        assertEquals(0, after.bucketsOwnedBy(1));
        for (int survivor : new int[] {0, 2, 3}) {
            assertEquals(moved / 3.0, received[survivor], moved * 0.03, "survivors share the lost node's keys");
        }
    }

    @Test
    void shouldMoveOnlyAFairShareToANewNode() {
        OwnerFunction before = OwnerFunction.uniform(4, 1, SEED);
        OwnerFunction after = before.withNode(4);
        int moved = 0;

        for (int i = 0; i < KEYS; i++) {
            long fp = key(i);
            if (before.owner(fp) != after.owner(fp)) {
                assertEquals(4, after.owner(fp), "a key only moves to the new node");
                moved++;
            }
        }

        assertEquals(KEYS / 5.0, moved, KEYS * 0.01);
        for (int node = 0; node < 5; node++) {
            assertEquals(OwnerFunction.DEFAULT_BUCKET_COUNT / 5.0, after.bucketsOwnedBy(node), 1.0);
        }
    }

    @Test
    void shouldTakeTheShardFromTheLowBitsIndependentlyOfTheOwner() {
        OwnerFunction owners = OwnerFunction.uniform(2, 8, SEED);
        int[][] counts = new int[2][8];

        for (int i = 0; i < KEYS; i++) {
            long fp = key(i);
            counts[owners.owner(fp)][owners.shard(fp)]++;
        }

        assertEquals(5, owners.shard(0xABCDEF0000000005L));
        assertEquals(owners.owner(0x1234567800000000L), owners.owner(0x12345678FFFFFFFFL),
                "low bits never pick the node");
        for (int[] node : counts) {
            for (int count : node) {
                assertEquals(KEYS / 16.0, count, KEYS * 0.005);
            }
        }
    }

    @Test
    void shouldOnlyMoveKeysIntoTheNewBucketWhenJumpHashGrows() {
        for (int i = 0; i < 100_000; i++) {
            long key = key(i);
            int before = OwnerFunction.jump(key, 99);
            int after = OwnerFunction.jump(key, 100);
            assertTrue(after == before || after == 99, "key " + key + " moved from " + before + " to " + after);
        }
    }

    @Test
    void shouldRoundTripThroughTheShippedOwnerMap() {
        OwnerFunction owners = OwnerFunction.uniform(3, 4, SEED).withoutNode(0);

        OwnerMap map = owners.toOwnerMap();
        OwnerFunction copy = OwnerFunction.of(map, 4);

        assertEquals(SEED, map.seed());
        for (int i = 0; i < 10_000; i++) {
            assertEquals(owners.owner(key(i)), copy.owner(key(i)));
        }
    }

    @Test
    void shouldRejectRemovingTheLastNodeOrAnAbsentOne() {
        OwnerFunction one = OwnerFunction.uniform(1, 1, SEED);

        assertThrows(IllegalArgumentException.class, () -> one.withoutNode(0));
        assertThrows(IllegalArgumentException.class, () -> one.withoutNode(3));
        assertThrows(IllegalArgumentException.class, () -> one.withNode(0));
        assertThrows(IllegalArgumentException.class, () -> OwnerFunction.uniform(2, 3, SEED));
    }
}
