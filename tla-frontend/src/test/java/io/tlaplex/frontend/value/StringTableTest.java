package io.tlaplex.frontend.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StringTableTest {
    private final StringTable table = new StringTable();

    @Test
    void shouldRankStringsInTheOrderTheyWereFirstInterned() {
        StringValue y = table.intern("y");
        StringValue x = table.intern("x");

        assertEquals(0, y.rank());
        assertEquals(1, x.rank());
        assertSame(y, table.string("y"));
    }

    @Test
    void shouldRankModelValuesWithTheirNames() {
        table.intern("q");
        ModelValue p = table.declareModelValue("p");
        ModelValue q = table.declareModelValue("q");

        assertTrue(q.compareTo(p) < 0);
        assertEquals(0, p.id());
        assertEquals(1, q.id());
        assertSame(q, table.modelValueById(1));
        assertEquals(2, table.modelValueCount());
    }

    @Test
    void shouldGiveUnknownStringsNoRankOnceFrozen() {
        table.intern("a");
        table.freeze();

        StringValue fresh = table.string("new");

        assertEquals(StringTable.UNRANKED, fresh.rank());
        assertNotSame(fresh, table.string("new"));
        assertEquals(fresh, table.string("new"));
        assertThrows(IllegalStateException.class, () -> table.intern("other"));
        assertThrows(IllegalArgumentException.class, () -> table.modelValue("nobody"));
    }

    @Test
    void shouldCompareStringsByTextWithinAndAcrossTables() {
        StringValue ab = table.intern("ab");
        StringValue ac = table.intern("ac");
        table.freeze();
        StringValue unknown = table.string("zz");
        StringTable other = new StringTable();

        assertFalse(ab.equals(ac));
        assertFalse(ab.equals(unknown));
        assertTrue(unknown.equals(table.string("zz")));
        assertTrue(ab.equals(other.intern("ab")));
        assertTrue(other.string("zz").equals(unknown));
    }

    @Test
    void shouldRecogniseTypedModelValues() {
        assertTrue(table.declareModelValue("A_b").isTyped());
        assertEquals(false, table.declareModelValue("A_").isTyped());
        assertEquals(false, table.declareModelValue("ab").isTyped());
    }
}
