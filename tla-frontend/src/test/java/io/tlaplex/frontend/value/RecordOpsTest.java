package io.tlaplex.frontend.value;

import static io.tlaplex.frontend.value.Vals.fails;
import static io.tlaplex.frontend.value.Vals.fcn;
import static io.tlaplex.frontend.value.Vals.i;
import static io.tlaplex.frontend.value.Vals.range;
import static io.tlaplex.frontend.value.Vals.set;
import static io.tlaplex.frontend.value.Vals.tup;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RecordOpsTest {
    private final Vals v = new Vals();

    @Test
    void shouldKeepFieldsInTlcStringOrder() {
        v.s("type");
        v.s("bal");

        RecordValue r = v.rec("bal", i(0), "type", v.s("1a"));

        assertEquals("[type |-> \"1a\", bal |-> 0]", r.toString());
    }

    @Test
    void shouldSelectFields() {
        RecordValue r = v.rec("a", i(1), "b", i(2));

        assertEquals(i(2), RecordOps.field(r, v.s("b")));
        assertEquals(i(1), RecordOps.field(fcn(v.s("a"), i(1)), v.s("a")));
    }

    @Test
    void shouldReportMissingField() {
        RecordValue r = v.rec("b", i(1));

        assertEquals("Attempted to select nonexistent field \"a\" from the record\n[b |-> 1]",
                fails(() -> RecordOps.field(r, v.s("a"))).getMessage());
        assertEquals("Attempted to select field \"a\" from a non-record value 1",
                fails(() -> RecordOps.field(i(1), v.s("a"))).getMessage());
    }

    @Test
    void shouldRejectDuplicateFieldNames() {
        assertEquals("Field name a occurs multiple times in record.",
                fails(() -> v.rec("a", i(1), "a", i(2))).getMessage());
    }

    @Test
    void shouldEnumerateRecordSetsInTlcOrder() {
        SetValue rs = RecordOps.recordSet(new StringValue[] {v.s("x"), v.s("y")},
                new Value[] {range(1, 2), set(BoolValue.FALSE, BoolValue.TRUE)});

        assertEquals(4, rs.size());
        assertEquals("{[x |-> 1, y |-> FALSE], [x |-> 1, y |-> TRUE], [x |-> 2, y |-> FALSE], "
                + "[x |-> 2, y |-> TRUE]}", rs.toString());
    }

    @Test
    void shouldTestRecordSetMembership() {
        SetValue rs = RecordOps.recordSet(new StringValue[] {v.s("x")}, new Value[] {InfiniteSetValue.NAT});

        assertTrue(rs.contains(v.rec("x", i(3))));
        assertFalse(rs.contains(v.rec("x", i(-3))));
        assertFalse(rs.contains(v.rec("y", i(3))));
        assertFalse(rs.contains(v.rec("x", i(3), "y", i(3))));
        assertEquals("Attempted to check if non-record\n<<1>>\nis in set of records:\n[x : Nat]",
                fails(() -> rs.contains(tup(i(1)))).getMessage());
    }
}
