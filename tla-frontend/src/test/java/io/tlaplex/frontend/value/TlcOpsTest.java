package io.tlaplex.frontend.value;

import static io.tlaplex.frontend.value.Vals.fails;
import static io.tlaplex.frontend.value.Vals.fcn;
import static io.tlaplex.frontend.value.Vals.i;
import static io.tlaplex.frontend.value.Vals.range;
import static io.tlaplex.frontend.value.Vals.set;
import static io.tlaplex.frontend.value.Vals.tup;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TlcOpsTest {
    private final Vals v = new Vals();

    @Test
    void shouldMakeAndCombineFunctions() {
        FcnValue f = TlcOps.combine(TlcOps.makeFcn(i(2), v.s("b")), TlcOps.makeFcn(i(1), v.s("a")));

        assertEquals(tup(v.s("a"), v.s("b")), f);
        assertEquals("<<\"a\", \"b\">>", f.toString());
    }

    @Test
    void shouldPreferLeftFunctionInCombine() {
        FcnValue f = TlcOps.combine(TlcOps.makeFcn(i(1), i(10)), fcn(i(1), i(20), i(3), i(30)));

        assertEquals("(1 :> 10 @@ 3 :> 30)", f.toString());
    }

    @Test
    void shouldRejectCombiningNonFunction() {
        assertEquals("The second argument of @@ should be a function, but instead it is:\n{}",
                fails(() -> TlcOps.combine(tup(), set())).getMessage());
    }

    @Test
    void shouldEnumeratePermutations() {
        SetEnumValue ps = TlcOps.permutations(set(v.mv("p"), v.mv("q")));

        assertEquals("{(p :> p @@ q :> q), (p :> q @@ q :> p)}", ps.toString());
        assertEquals(24, TlcOps.permutations(range(1, 4)).size());
        assertEquals(set(FcnRcdValue.EMPTY), TlcOps.permutations(set()));
    }

    @Test
    void shouldSortWithTlcInsertionSort() {
        TupleValue s = tup(i(3), i(1), i(2), i(1));

        TupleValue sorted = TlcOps.sortSeq(s, (a, b) -> ((IntValue) a).value() < ((IntValue) b).value());

        assertEquals(tup(i(1), i(1), i(2), i(3)), sorted);
    }

    @Test
    void shouldKeepEqualElementsStableUnderStrictOrder() {
        TupleValue s = tup(tup(i(1), v.s("x")), tup(i(0), v.s("y")), tup(i(1), v.s("z")));

        TupleValue sorted = TlcOps.sortSeq(s,
                (a, b) -> ((IntValue) ((TupleValue) a).get(0)).value() < ((IntValue) ((TupleValue) b).get(0)).value());

        assertEquals(tup(tup(i(0), v.s("y")), tup(i(1), v.s("x")), tup(i(1), v.s("z"))), sorted);
    }

    @Test
    void shouldConvertValuesToStrings() {
        StringValue s = TlcOps.toStringValue(v.rec("a", set(v.s("q\""))), v.table);

        assertEquals("[a |-> {\"q\\\"\"}]", s.value());
    }

    @Test
    void shouldFailAssertionWithTheMessageValue() {
        assertEquals(BoolValue.TRUE, TlcOps.assertTrue(BoolValue.TRUE, v.s("ok")));
        assertEquals("The first argument of Assert evaluated to FALSE; the second argument was:\n\"boom\"",
                fails(() -> TlcOps.assertTrue(BoolValue.FALSE, v.s("boom"))).getMessage());
    }
}
