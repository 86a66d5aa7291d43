package io.tlaplex.worker.nativeio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CpuSetTest {

    @Test
    void shouldParseRangesAndSinglesOfTheKernelListSyntax() {
        CpuSet set = CpuSet.parse("0-3,8-11,16\n");

        assertArrayEquals(new int[] {0, 1, 2, 3, 8, 9, 10, 11, 16}, set.toArray());
        assertEquals(9, set.size());
        assertEquals(16, set.max());
    }

    @Test
    void shouldReadABlankListAsTheEmptySet() {
        assertTrue(CpuSet.parse(" \n").isEmpty());
        assertEquals(-1, CpuSet.EMPTY.max());
    }

    @Test
    void shouldPrintCollapsedRanges() {
        assertEquals("0-3,5,7-8", CpuSet.of(8, 7, 5, 3, 2, 1, 0, 2).toString());
        assertEquals("", CpuSet.EMPTY.toString());
    }

    @Test
    void shouldRejectMalformedLists() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CpuSet.parse("0-3,x"));
        assertEquals("malformed CPU list: 0-3,x", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CpuSet.parse("5-2"));
        assertThrows(IllegalArgumentException.class, () -> CpuSet.parse("0,,1"));
        assertThrows(IllegalArgumentException.class, () -> CpuSet.parse("0-99999999"));
    }

    @Test
    void shouldIntersectAndUnite() {
        CpuSet a = CpuSet.parse("0-5");
        CpuSet b = CpuSet.parse("4-9");

        assertEquals(CpuSet.parse("4-5"), a.intersect(b));
        assertEquals(CpuSet.parse("0-9"), a.union(b));
        assertTrue(a.intersect(CpuSet.parse("7")).isEmpty());
    }

    @Test
    void shouldAnswerMembership() {
        CpuSet set = CpuSet.range(2, 4);

        assertTrue(set.contains(3));
        assertFalse(set.contains(5));
        assertEquals(2, set.get(0));
    }
}
