package io.tlaplex.frontend.value;

import static io.tlaplex.frontend.value.Vals.fcn;
import static io.tlaplex.frontend.value.Vals.i;
import static io.tlaplex.frontend.value.Vals.range;
import static io.tlaplex.frontend.value.Vals.set;
import static io.tlaplex.frontend.value.Vals.tup;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PrintingTest {
    private final Vals v = new Vals();

    @Test
    void shouldPrintScalars() {
        assertEquals("TRUE", BoolValue.TRUE.toString());
        assertEquals("FALSE", BoolValue.FALSE.toString());
        assertEquals("-42", i(-42).toString());
        assertEquals("p1", v.mv("p1").toString());
    }

    @Test
    void shouldPrintStringsWithTlcEscapes() {
        assertEquals("\"a\\\"b\\\\c\\nd\\te\\rf\\fg\"", v.s("a\"b\\c\nd\te\rf\fg").toString());
    }

    @Test
    void shouldPrintSetsInTlcOrder() {
        assertEquals("{}", set().toString());
        assertEquals("{1, 2, 3}", set(i(3), i(1), i(2)).toString());
        assertEquals("{FALSE, TRUE}", SetEnumValue.BOOLEAN.toString());
    }

    @Test
    void shouldPrintIntervalsAsTlcDoes() {
        assertEquals("1..3", range(1, 3).toString());
        assertEquals("{}", range(3, 1).toString());
    }

    @Test
    void shouldPrintTuplesAndTheEmptyTuple() {
        assertEquals("<<1, \"a\">>", tup(i(1), v.s("a")).toString());
        assertEquals("<<>>", TupleValue.EMPTY.toString());
    }

    @Test
    void shouldPrintFunctionsAsTlcDoes() {
        assertEquals("<< >>", FcnRcdValue.EMPTY.toString());
        assertEquals("<<5, 6>>", FcnOps.fromDomain(range(1, 2), new Value[] {i(5), i(6)}).toString());
        assertEquals("(2 :> 5 @@ 3 :> 6)", FcnOps.fromDomain(range(2, 3), new Value[] {i(5), i(6)}).toString());
        assertEquals("(1 :> \"a\" @@ 2 :> \"b\" @@ 4 :> \"c\")",
                fcn(i(4), v.s("c"), i(2), v.s("b"), i(1), v.s("a")).toString());
        assertEquals("[x |-> 1]", fcn(v.s("x"), i(1)).toString());
        assertEquals("(\"a b\" :> 1)", fcn(v.s("a b"), i(1)).toString());
        assertEquals("(\"WF_x\" :> 1)", fcn(v.s("WF_x"), i(1)).toString());
        assertEquals("({1} :> TRUE)", fcn(set(i(1)), BoolValue.TRUE).toString());
    }

    @Test
    void shouldPrintRecordsInFieldOrder() {
        v.s("b");
        assertEquals("[b |-> 2, a |-> <<>>]", v.rec("a", TupleValue.EMPTY, "b", i(2)).toString());
    }

    @Test
    void shouldPrintSmallLazySetsEnumeratedAndInfiniteOnesLazily() {
        assertEquals("{{}, {1}}", SetOps.powerset(set(i(1))).toString());
        assertEquals("Nat", InfiniteSetValue.NAT.toString());
        assertEquals("SUBSET Nat", SetOps.powerset(InfiniteSetValue.NAT).toString());
        assertEquals("[1..2 -> Int]", FcnOps.setOfFcns(range(1, 2), InfiniteSetValue.INT).toString());
        assertEquals("[a : STRING]", RecordOps.recordSet(new StringValue[] {v.s("a")},
                new Value[] {InfiniteSetValue.STRING}).toString());
        assertEquals("(Int \\X {1})", SetOps.product(new Value[] {InfiniteSetValue.INT, set(i(1))}).toString());
        assertEquals("UNION {Nat}", SetOps.bigUnion(set(InfiniteSetValue.NAT)).toString());
    }

    @Test
    void shouldReportKindsInTlcWords() {
        assertEquals("an integer", i(1).kindString());
        assertEquals("a tuple", tup().kindString());
        assertEquals("a record", v.rec("a", i(1)).kindString());
        assertEquals("a set of the form i..j", range(1, 2).kindString());
    }
}
