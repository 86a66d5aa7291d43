package io.tlaplex.frontend.value;

import static io.tlaplex.frontend.value.Vals.fcn;
import static io.tlaplex.frontend.value.Vals.i;
import static io.tlaplex.frontend.value.Vals.range;
import static io.tlaplex.frontend.value.Vals.set;
import static io.tlaplex.frontend.value.Vals.tup;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValueCodecTest {
    private final Vals v = new Vals();

    private List<Value> everyKind() {
        return List.of(BoolValue.TRUE, BoolValue.FALSE, i(0), i(-1), i(Integer.MAX_VALUE), i(Integer.MIN_VALUE),
                v.s(""), v.s("héllo \"quoted\" \uD83D\uDE00"), v.mv("p"), set(), set(i(3), i(1)), range(1, 4),
                range(2, 1), TupleValue.EMPTY, tup(i(1), v.s("a"), set(v.mv("p"))), v.rec("a", i(1), "b", tup()),
                fcn(v.mv("p"), i(1), v.mv("q"), i(2)), fcn(i(0), i(0), i(1), i(1)), FcnRcdValue.EMPTY,
                FcnOps.fromDomain(range(5, 6), new Value[] {i(1), i(2)}), fcn(set(i(1)), tup(i(2))),
                SetOps.powerset(set(i(1), i(2))), FcnOps.setOfFcns(range(1, 2), SetEnumValue.BOOLEAN),
                SetOps.product(new Value[] {range(1, 2), set(v.s("x"))}),
                set(v.rec("x", set(tup(i(1)))), v.rec("x", set())));
    }

    @Test
    void shouldRoundTripEveryKindOfValue() {
        ValueCodec codec = new ValueCodec(v.table);
        for (Value original : everyKind()) {
            byte[] bytes = ValueCodec.toBytes(original);

            Value decoded = codec.decode(bytes, 0, bytes.length);

            assertEquals(original, decoded, original.toString());
            assertEquals(0, original.compareTo(decoded), original.toString());
            assertArrayEquals(bytes, ValueCodec.toBytes(decoded), original.toString());
        }
    }

    @Test
    void shouldRoundTripAStateAtAnOffset() {
        Value[] state = everyKind().toArray(new Value[0]);
        MutableBuffer out = new MutableBuffer(8);
        out.putByte(0x7F);
        ValueCodec.encodeState(state, out);

        Value[] decoded = new ValueCodec(v.table).decodeState(out.array(), 1, out.length() - 1, state.length);

        assertArrayEquals(state, decoded);
    }

    @Test
    void shouldDecodeToCanonicalRepresentations() {
        ValueCodec codec = new ValueCodec(v.table);
        byte[] seq = ValueCodec.toBytes(FcnOps.fromDomain(range(1, 2), new Value[] {i(1), i(2)}));
        byte[] rec = ValueCodec.toBytes(fcn(v.s("a"), i(1)));

        assertEquals("<<1, 2>>", codec.decode(seq, 0, seq.length).toString());
        assertTrue(codec.decode(rec, 0, rec.length) instanceof RecordValue);
    }

    @Test
    void shouldGiveEqualValuesTheSameBytesWhateverTheirRepresentation() {
        assertArrayEquals(ValueCodec.toBytes(tup(i(1), i(2))),
                ValueCodec.toBytes(FcnOps.fromDomain(range(1, 2), new Value[] {i(1), i(2)})));
        assertArrayEquals(ValueCodec.toBytes(range(1, 3)), ValueCodec.toBytes(set(i(3), i(2), i(1))));
        assertArrayEquals(ValueCodec.toBytes(v.rec("a", i(1))), ValueCodec.toBytes(fcn(v.s("a"), i(1))));
        assertArrayEquals(ValueCodec.toBytes(TupleValue.EMPTY), ValueCodec.toBytes(FcnRcdValue.EMPTY));
    }

    @Test
    void shouldRejectTruncatedAndTrailingBytes() {
        ValueCodec codec = new ValueCodec(v.table);
        byte[] bytes = ValueCodec.toBytes(tup(i(1), i(2)));
        byte[] longer = java.util.Arrays.copyOf(bytes, bytes.length + 1);

        assertThrows(IllegalArgumentException.class, () -> codec.decode(bytes, 0, bytes.length - 1));
        assertThrows(IllegalArgumentException.class, () -> codec.decode(longer, 0, longer.length));
        assertThrows(IllegalArgumentException.class, () -> codec.decode(new byte[] {99}, 0, 1));
    }

    @Test
    void shouldRejectSetsEncodedInAnotherOrder() {
        StringTable other = new StringTable();
        other.string("b");
        other.string("a");
        byte[] bytes = ValueCodec.toBytes(SetEnumValue.of(new Value[] {other.string("a"), other.string("b")}));
        v.s("a");
        v.s("b");

        assertThrows(IllegalArgumentException.class, () -> new ValueCodec(v.table).decode(bytes, 0, bytes.length));
    }

    @Test
    void shouldRejectRecordFieldsInAnotherOrderAfterDecodingTheSameFieldsInOrder() {
        StringTable other = new StringTable();
        other.string("b");
        other.string("a");
        byte[] foreign = ValueCodec.toBytes(RecordValue.of(new StringValue[] {other.string("a"), other.string("b")},
                new Value[] {i(1), i(2)}));
        byte[] own = ValueCodec.toBytes(v.rec("a", i(1), "b", i(2)));
        ValueCodec codec = new ValueCodec(v.table);

        Value first = codec.decode(own, 0, own.length);

        assertEquals(v.rec("a", i(1), "b", i(2)), first);
        assertThrows(IllegalArgumentException.class, () -> codec.decode(foreign, 0, foreign.length));
    }

    @Test
    void shouldShareTheFieldNamesOfRecordsDecodedWithTheSameFields() {
        ValueCodec codec = new ValueCodec(v.table);
        byte[] one = ValueCodec.toBytes(v.rec("x", i(1), "y", v.s("p")));
        byte[] two = ValueCodec.toBytes(v.rec("x", i(2), "y", v.s("q")));

        RecordValue first = (RecordValue) codec.decode(one, 0, one.length);
        RecordValue second = (RecordValue) codec.decode(two, 0, two.length);

        assertSame(first.names(), second.names());
        assertEquals(v.rec("x", i(2), "y", v.s("q")), second);
    }

    @Test
    void shouldDecodeRecordsNestedInRecordFieldsWithTheirOwnFieldNames() {
        ValueCodec codec = new ValueCodec(v.table);
        Value inner = v.rec("op", v.s("Rd"), "adr", i(1), "val", i(2));
        Value outer = tup(v.rec("req", inner, "reg", v.s("r1")), v.rec("req", inner, "reg", v.s("r2")));
        byte[] bytes = ValueCodec.toBytes(outer);

        Value decoded = codec.decode(bytes, 0, bytes.length);

        assertEquals(outer, decoded);
        assertArrayEquals(bytes, ValueCodec.toBytes(decoded));
        assertEquals(outer, codec.decode(bytes, 0, bytes.length), "again, through the caches");
    }

    @Test
    void shouldRoundTripThousandsOfRandomNestedValuesThroughOneDecoder() {
        Random random = new Random(20261122L);
        String[] names = {"a", "b", "op", "adr", "val", "req", "reg", "x"};
        ModelValue[] models = {v.mv("m1"), v.mv("m2"), v.mv("a")};
        ValueCodec codec = new ValueCodec(v.table);
        for (int k = 0; k < 5000; k++) {
            Value original = randomValue(random, names, models, 3);
            byte[] bytes = ValueCodec.toBytes(original);

            Value decoded = codec.decode(bytes, 0, bytes.length);

            assertEquals(original, decoded, "value " + k + ": " + original);
            assertArrayEquals(bytes, ValueCodec.toBytes(decoded), "value " + k + ": " + original);
        }
    }

    private Value randomValue(Random random, String[] names, ModelValue[] models, int depth) {
        int kind = random.nextInt(depth == 0 ? 3 : 6);
        switch (kind) {
            case 0:
                return i(random.nextInt(7) - 3);
            case 1:
                return v.s(names[random.nextInt(names.length)]);
            case 2:
                return models[random.nextInt(models.length)];
            case 3: {
                // Sets hold comparable elements (TLC refuses to compare a string with a number); sequences anything.
                boolean isSet = random.nextBoolean();
                Value[] elements = new Value[random.nextInt(4)];
                for (int e = 0; e < elements.length; e++) {
                    elements[e] = isSet ? i(random.nextInt(5)) : randomValue(random, names, models, depth - 1);
                }
                return isSet ? set(elements) : tup(elements);
            }
            default: {
                Object[] fields = new Object[2 * (1 + random.nextInt(3))];
                for (int f = 0; f < fields.length; f += 2) {
                    fields[f] = names[(f + random.nextInt(3)) % names.length];
                    fields[f + 1] = randomValue(random, names, models, depth - 1);
                }
                return distinctFields(fields) ? v.rec(fields) : i(0);
            }
        }
    }

    private static boolean distinctFields(Object[] fields) {
        Set<Object> seen = new HashSet<>();
        for (int f = 0; f < fields.length; f += 2) {
            if (!seen.add(fields[f])) {
                return false;
            }
        }
        return true;
    }

    @Test
    void shouldTellAStringFromAModelValueWithTheSameName() {
        ValueCodec codec = new ValueCodec(v.table);
        byte[] string = ValueCodec.toBytes(v.s("p"));
        byte[] model = ValueCodec.toBytes(v.mv("p"));

        Value decodedString = codec.decode(string, 0, string.length);
        Value decodedModel = codec.decode(model, 0, model.length);

        assertEquals(v.s("p"), decodedString);
        assertEquals(v.mv("p"), decodedModel);
        assertEquals(v.s("p"), codec.decode(string, 0, string.length));
    }

    @Test
    void shouldRefuseToEncodeInfiniteSets() {
        EvalException e = assertThrows(EvalException.class, () -> ValueCodec.toBytes(set(InfiniteSetValue.NAT)));

        assertEquals("TLC has found a state in which the value of a variable contains Nat", e.getMessage());
    }
}
