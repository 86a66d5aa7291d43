package io.tlaplex.frontend.value;

import static io.tlaplex.frontend.value.Vals.fails;
import static io.tlaplex.frontend.value.Vals.i;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class RecordShapeTest {
    private final Vals v = new Vals();

    @Test
    void shouldPlaceSourceOrderValuesIntoTlcFieldOrder() {
        v.s("type");
        v.s("bal");
        RecordShape shape = RecordShape.of(new StringValue[] {v.s("bal"), v.s("ins"), v.s("type")});
        Value[] bySlot = new Value[shape.size()];

        bySlot[shape.slot(0)] = i(0);
        bySlot[shape.slot(1)] = i(7);
        bySlot[shape.slot(2)] = v.s("1a");
        RecordValue r = shape.record(bySlot);

        assertEquals(v.rec("bal", i(0), "ins", i(7), "type", v.s("1a")), r);
        assertEquals("[type |-> \"1a\", bal |-> 0, ins |-> 7]", r.toString());
    }

    @Test
    void shouldShareOneNamesArrayBetweenItsRecords() {
        RecordShape shape = RecordShape.of(new StringValue[] {v.s("b"), v.s("a")});

        RecordValue r1 = shape.record(new Value[] {i(1), i(2)});
        RecordValue r2 = shape.record(new Value[] {i(3), i(4)});

        assertSame(r1.names(), r2.names());
    }

    @Test
    void shouldRejectDuplicateFieldNamesAsRecordsDo() {
        assertEquals("Field name a occurs multiple times in record.",
                fails(() -> RecordShape.of(new StringValue[] {v.s("a"), v.s("b"), v.s("a")})).getMessage());
    }
}
