package io.tlaplex.frontend.eval.std;

import static io.tlaplex.frontend.eval.std.StdTesting.fcn;
import static io.tlaplex.frontend.eval.std.StdTesting.i;
import static io.tlaplex.frontend.eval.std.StdTesting.intSeq;
import static io.tlaplex.frontend.eval.std.StdTesting.ints;
import static io.tlaplex.frontend.eval.std.StdTesting.seq;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tlaplex.frontend.value.BoolValue;
import io.tlaplex.frontend.value.InfiniteSetValue;
import io.tlaplex.frontend.value.TupleValue;
import io.tlaplex.frontend.value.Value;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonModuleTest {
    private final StdTesting t = new StdTesting();

    @TempDir
    Path dir;

    @Test
    void shouldWriteRecordsAsObjectsAndSequencesAsArrays() {
        Value v = t.rec("a", i(1), "b", seq(BoolValue.TRUE, t.s("x"), TupleValue.EMPTY));

        assertEquals(t.s("{\"a\":1,\"b\":[true,\"x\",[]]}"), t.call("Json", "ToJson", v));
    }

    @Test
    void shouldWriteSetsAsArraysInTlcsOrder() {
        assertEquals(t.s("[1,2,3]"), t.call("Json", "ToJson", ints(3, 1, 2)));
        assertEquals(t.s("[1,2]"), t.call("Json", "ToJson", t.call("Naturals", "..", i(1), i(2))));
    }

    @Test
    void shouldKeyOtherFunctionsByTheStringOrTheKeysTlcSyntax() {
        Value f = fcn(i(2), t.s("x"), i(5), t.s("y"));

        assertEquals(t.s("{\"2\":\"x\",\"5\":\"y\"}"), t.call("Json", "ToJson", f));
        assertEquals(t.s("{\"m\":\"m\"}"),
                t.call("Json", "ToJson", fcn(t.strings.declareModelValue("m"), t.strings.declareModelValue("m"))));
    }

    @Test
    void shouldEscapeStringsAsTlcsJsonWriterDoes() {
        Value text = t.s("q\"b\\n\n\t\u0001\u2028<&>");

        assertEquals(t.s("\"q\\\"b\\\\n\\n\\t\\u0001\\u2028<&>\""), t.call("Json", "ToJson", text));
    }

    @Test
    void shouldRejectValuesWithoutAJsonForm() {
        assertEquals("ToJson cannot convert the following value to JSON:\nNat",
                t.error("Json", "ToJson", InfiniteSetValue.NAT));
        assertEquals("ToJsonArray cannot convert the following value to JSON:\n1",
                t.error("Json", "ToJsonArray", i(1)));
        assertEquals("ToJsonObject cannot convert the following value to JSON:\n{1}",
                t.error("Json", "ToJsonObject", ints(1)));
    }

    @Test
    void shouldWriteArraysFromSequencesAndSets() {
        assertEquals(t.s("[1,2]"), t.call("Json", "ToJsonArray", intSeq(1, 2)));
        assertEquals(t.s("[1]"), t.call("Json", "ToJsonArray", ints(1)));
        assertEquals(t.s("[]"), t.call("Json", "ToJsonArray", TupleValue.EMPTY));
    }

    @Test
    void shouldWriteTuplesAsObjectsKeyedFromZeroInToJsonObject() {
        assertEquals(t.s("{\"0\":\"a\",\"1\":\"b\"}"), t.call("Json", "ToJsonObject", seq(t.s("a"), t.s("b"))));
        assertEquals(t.s("{\"k\":1}"), t.call("Json", "ToJsonObject", t.rec("k", i(1))));
        assertEquals(t.s("[7,8]"), t.call("Json", "ToJsonObject", fcn(i(1), i(7), i(2), i(8))));
        assertEquals(t.s("{}"), t.call("Json", "ToJsonObject", TupleValue.EMPTY));
    }

    @Test
    void shouldSerializeASequenceAsOneArrayWithAnElementPerLine() throws IOException {
        Path file = dir.resolve("nested/out.json");

        Value result = t.call("Json", "JsonSerialize", t.s(file.toString()), seq(t.rec("a", i(1)), intSeq(1, 2)));

        assertSame(BoolValue.TRUE, result);
        assertEquals("[\n{\"a\":1},\n[1,2]\n]\n", Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void shouldSerializeOneValuePerLineForNdJson() throws IOException {
        Path file = dir.resolve("out.ndjson");

        t.call("Json", "ndJsonSerialize", t.s(file.toString()), seq(t.rec("a", i(1)), t.s("z")));

        assertEquals("{\"a\":1}\n\"z\"\n", Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void shouldReadBackWhatWasSerialized() {
        String file = dir.resolve("round.json").toString();
        Value v = seq(t.rec("a", i(1), "b", seq(BoolValue.FALSE, t.s("x\ny"))), intSeq(-3, 4));

        t.call("Json", "JsonSerialize", t.s(file), v);

        assertEquals(v, t.call("Json", "JsonDeserialize", t.s(file)));
    }

    @Test
    void shouldReadBackNdJsonSkippingBlankLines() throws IOException {
        Path file = dir.resolve("in.ndjson");
        Files.writeString(file, "{\"a\": [1, 2]}\n\n  \"s\"  \n42\n");

        assertEquals(seq(t.rec("a", intSeq(1, 2)), t.s("s"), i(42)),
                t.call("Json", "ndJsonDeserialize", t.s(file.toString())));
    }

    @Test
    void shouldTruncateNumbersToTlcIntegersAsTlcsReaderDoes() throws IOException {
        Path file = dir.resolve("numbers.json");
        Files.writeString(file, "[1.9, -2.5e0, 4294967297, 1e2, {\"k\": 1, \"k\": 2}, {}]");

        assertEquals(seq(i(1), i(-2), i(1), i(100), t.rec("k", i(2)), TupleValue.EMPTY),
                t.call("Json", "JsonDeserialize", t.s(file.toString())));
    }

    @Test
    void shouldReportMalformedJsonWithItsPosition() throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "[1,\n 2 3]");

        assertEquals("Cannot read JSON from " + file + " at line 2, column 4: expected ']' but found '3'",
                t.error("Json", "JsonDeserialize", t.s(file.toString())));
    }

    @Test
    void shouldRejectNullWhichHasNoTlaPlusValue() throws IOException {
        Path file = dir.resolve("null.ndjson");
        Files.writeString(file, "1\n[null]\n");

        assertEquals("Cannot read JSON from " + file + " at line 2, column 6: Cannot convert value: unsupported JSON"
                + " value null", t.error("Json", "ndJsonDeserialize", t.s(file.toString())));
    }

    @Test
    void shouldReportFilesThatCannotBeRead() {
        String missing = dir.resolve("missing.json").toString();

        assertTrue(t.error("Json", "JsonDeserialize", t.s(missing))
                .startsWith("JsonDeserialize could not read the file " + missing + ": "));
    }

    @Test
    void shouldRejectSerializeArgumentsOfTheWrongKind() {
        assertEquals("The first argument of JsonSerialize should be a string, but instead it is:\n1",
                t.error("Json", "JsonSerialize", i(1), intSeq(1)));
        assertEquals("The second argument of ndJsonSerialize should be a sequence, but instead it is:\n{1}",
                t.error("Json", "ndJsonSerialize", t.s(dir.resolve("x").toString()), ints(1)));
    }
}
