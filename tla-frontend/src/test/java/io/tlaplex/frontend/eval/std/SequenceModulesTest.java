package io.tlaplex.frontend.eval.std;

import static io.tlaplex.frontend.eval.std.StdTesting.i;
import static io.tlaplex.frontend.eval.std.StdTesting.intSeq;
import static io.tlaplex.frontend.eval.std.StdTesting.ints;
import static io.tlaplex.frontend.eval.std.StdTesting.op;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tlaplex.frontend.value.BoolValue;
import io.tlaplex.frontend.value.InfiniteSetValue;
import io.tlaplex.frontend.value.IntValue;
import io.tlaplex.frontend.value.SetValue;
import io.tlaplex.frontend.value.TupleValue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SequenceModulesTest {
    private final StdTesting t = new StdTesting();
    private final OperatorArg isEven = op("IsEven", 1, a -> BoolValue.of(((IntValue) a[0]).value() % 2 == 0));

    @Test
    void shouldComputeLengthHeadAndTail() {
        assertEquals(i(3), t.call("Sequences", "Len", intSeq(1, 2, 3)));
        assertEquals(i(2), t.call("Sequences", "Len", t.s("ab")));
        assertEquals(i(1), t.call("Sequences", "Head", intSeq(1, 2, 3)));
        assertEquals(intSeq(2, 3), t.call("Sequences", "Tail", intSeq(1, 2, 3)));
        assertEquals(t.s("bc"), t.call("Sequences", "Tail", t.s("abc")));
    }

    @Test
    void shouldRejectNonSequencesAndEmptySequences() {
        assertEquals("The argument of Len should be a sequence, but instead it is:\n1",
                t.error("Sequences", "Len", i(1)));
        assertEquals("Attempted to apply Head to the empty sequence.", t.error("Sequences", "Head", TupleValue.EMPTY));
        assertEquals("Attempted to apply Tail to the empty sequence.", t.error("Sequences", "Tail", t.s("")));
        assertEquals("Evaluating an expression of the form Append(s, v) when s is not a sequence:\n1",
                t.error("Sequences", "Append", i(1), i(2)));
    }

    @Test
    void shouldAppendAndConcatenateUnderBothSpellings() {
        assertEquals(intSeq(1, 2), t.call("Sequences", "Append", intSeq(1), i(2)));
        assertEquals(intSeq(1, 2, 3), t.call("Sequences", "\\o", intSeq(1), intSeq(2, 3)));
        assertEquals(t.s("abc"), t.call("Sequences", "\\circ", t.s("ab"), t.s("c")));
        assertEquals("Evaluating an expression of the form t \\o s when s is not a string:\n<<1>>",
                t.error("Sequences", "\\o", t.s("a"), intSeq(1)));
    }

    @Test
    void shouldTakeSubsequencesWithTlcsDomainErrors() {
        assertEquals(intSeq(2, 3), t.call("Sequences", "SubSeq", intSeq(1, 2, 3), i(2), i(3)));
        assertEquals(TupleValue.EMPTY, t.call("Sequences", "SubSeq", intSeq(1, 2, 3), i(3), i(2)));
        assertEquals("The second argument of SubSeq must be in the domain of its first argument:\n<<1, 2, 3>>\n"
                + ", but instead it is\n0", t.error("Sequences", "SubSeq", intSeq(1, 2, 3), i(0), i(1)));
        assertEquals("The third argument of SubSeq should be a natural number, but instead it is:\n\"x\"",
                t.error("Sequences", "SubSeq", intSeq(1, 2, 3), i(1), t.s("x")));
    }

    @Test
    void shouldSelectElementsSatisfyingTheOperatorInOrder() {
        assertEquals(intSeq(4, 2), t.call("Sequences", "SelectSeq", intSeq(4, 1, 2, 3), isEven));
    }

    @Test
    void shouldNotApplySelectSeqsOperatorToAnEmptySequence() {
        AtomicInteger calls = new AtomicInteger();
        OperatorArg counting = op("Counting", 1, a -> {
            calls.incrementAndGet();
            return BoolValue.TRUE;
        });

        assertEquals(TupleValue.EMPTY, t.call("Sequences", "SelectSeq", TupleValue.EMPTY, counting));
        assertEquals(0, calls.get());
    }

    @Test
    void shouldRejectSelectSeqArgumentsAsTlcDoes() {
        OperatorArg notBoolean = op("LAMBDA x : x", 1, a -> a[0]);

        assertEquals("The first argument of SelectSeq should be a sequence, but instead it is:\n{1}",
                t.error("Sequences", "SelectSeq", ints(1), isEven));
        assertEquals("The second argument of SelectSeq should be a boolean-valued operator, but instead it is:\n"
                + "LAMBDA x : x", t.error("Sequences", "SelectSeq", intSeq(1), notBoolean));
        assertEquals("The second argument of SelectSeq should be a operator, but instead it is:\n3",
                t.error("Sequences", "SelectSeq", intSeq(1), i(3)));
    }

    @Test
    void shouldBuildTheSetOfSequences() {
        SetValue seqs = (SetValue) t.call("Sequences", "Seq", ints(1, 2));

        assertTrue(seqs.contains(intSeq(2, 1, 2)));
        assertTrue(seqs.contains(TupleValue.EMPTY));
        assertFalse(seqs.contains(intSeq(3)));
        assertFalse(seqs.isFinite());
    }

    @Test
    void shouldComputeCardinalityAndFiniteness() {
        assertEquals(i(3), t.call("FiniteSets", "Cardinality", ints(1, 2, 3)));
        assertEquals(i(4), t.call("FiniteSets", "Cardinality", t.call("Naturals", "..", i(1), i(4))));
        assertSame(BoolValue.TRUE, t.call("FiniteSets", "IsFiniteSet", ints(1)));
        assertSame(BoolValue.FALSE, t.call("FiniteSets", "IsFiniteSet", InfiniteSetValue.NAT));
    }

    @Test
    void shouldRejectCardinalityOfInfiniteSetsAndNonSets() {
        assertEquals("Attemtped to compute cardinality of the value\nNat",
                t.error("FiniteSets", "Cardinality", InfiniteSetValue.NAT));
        assertEquals("Attempted to check if the integer 1 is a finite set.",
                t.error("FiniteSets", "IsFiniteSet", i(1)));
    }
}
