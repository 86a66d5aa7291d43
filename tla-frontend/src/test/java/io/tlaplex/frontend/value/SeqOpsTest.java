package io.tlaplex.frontend.value;

import static io.tlaplex.frontend.value.Vals.fails;
import static io.tlaplex.frontend.value.Vals.i;
import static io.tlaplex.frontend.value.Vals.range;
import static io.tlaplex.frontend.value.Vals.set;
import static io.tlaplex.frontend.value.Vals.tup;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SeqOpsTest {
    private final Vals v = new Vals();

    @Test
    void shouldComputeLengthOfSequencesFunctionsAndStrings() {
        assertEquals(i(2), SeqOps.len(tup(i(5), i(6))));
        assertEquals(i(3), SeqOps.len(FcnOps.fromDomain(range(1, 3), new Value[] {i(0), i(0), i(0)})));
        assertEquals(i(0), SeqOps.len(FcnRcdValue.EMPTY));
        assertEquals(i(5), SeqOps.len(v.s("hello")));
    }

    @Test
    void shouldRejectLengthOfNonSequence() {
        assertEquals("The argument of Len should be a sequence, but instead it is:\n{1}",
                fails(() -> SeqOps.len(set(i(1)))).getMessage());
    }

    @Test
    void shouldTakeHeadAndTail() {
        assertEquals(i(1), SeqOps.head(tup(i(1), i(2))));
        assertEquals(tup(i(2)), SeqOps.tail(tup(i(1), i(2))));
        assertEquals(v.s("ello"), SeqOps.tail(v.s("hello")));
    }

    @Test
    void shouldRejectHeadAndTailOfEmptySequence() {
        assertEquals("Attempted to apply Head to the empty sequence.",
                fails(() -> SeqOps.head(TupleValue.EMPTY)).getMessage());
        assertEquals("Attempted to apply Tail to the empty sequence.",
                fails(() -> SeqOps.tail(TupleValue.EMPTY)).getMessage());
        assertEquals("Attempted to apply Tail to the empty sequence.",
                fails(() -> SeqOps.tail(v.s(""))).getMessage());
    }

    @Test
    void shouldAppendAndConcatenate() {
        assertEquals(tup(i(1), i(2)), SeqOps.append(tup(i(1)), i(2)));
        assertEquals(tup(i(1), i(2), i(3)), SeqOps.concat(tup(i(1)), tup(i(2), i(3))));
        assertEquals(v.s("abcd"), SeqOps.concat(v.s("ab"), v.s("cd")));
        TupleValue t = tup(i(1));
        assertSame(t, SeqOps.concat(t, TupleValue.EMPTY));
    }

    @Test
    void shouldRejectAppendToNonSequence() {
        assertEquals("Evaluating an expression of the form Append(s, v) when s is not a sequence:\n1",
                fails(() -> SeqOps.append(i(1), i(2))).getMessage());
        assertEquals("Evaluating an expression of the form t \\o s when s is not a string:\n<<1>>",
                fails(() -> SeqOps.concat(v.s("a"), tup(i(1)))).getMessage());
        assertEquals("Evaluating an expression of the form s \\o t when s is not a sequence:\n{}",
                fails(() -> SeqOps.concat(set(), tup(i(1)))).getMessage());
    }

    @Test
    void shouldTakeSubsequences() {
        TupleValue s = tup(i(1), i(2), i(3), i(4));

        assertEquals(tup(i(2), i(3)), SeqOps.subSeq(s, i(2), i(3)));
        assertEquals(TupleValue.EMPTY, SeqOps.subSeq(s, i(3), i(2)));
        assertEquals(v.s("ell"), SeqOps.subSeq(v.s("hello"), i(2), i(4)));
    }

    @Test
    void shouldRejectSubsequenceOutsideTheDomain() {
        TupleValue s = tup(i(1), i(2));

        assertEquals("The third argument of SubSeq must be in the domain of its first argument:\n<<1, 2>>\n"
                + ", but instead it is\n5", fails(() -> SeqOps.subSeq(s, i(1), i(5))).getMessage());
        assertEquals("The second argument of SubSeq should be a natural number, but instead it is:\n\"a\"",
                fails(() -> SeqOps.subSeq(s, v.s("a"), i(1))).getMessage());
    }

    @Test
    void shouldSelectMatchingElements() {
        TupleValue s = tup(i(1), i(2), i(3), i(4));

        assertEquals(tup(i(2), i(4)), SeqOps.selectSeq(s, x -> ((IntValue) x).value() % 2 == 0));
        assertEquals("The first argument of SelectSeq should be a sequence, but instead it is:\n1",
                fails(() -> SeqOps.selectSeq(i(1), x -> true)).getMessage());
    }

    @Test
    void shouldTestMembershipInSeqOfS() {
        SetValue seqs = SeqOps.seqSet(range(1, 3));

        assertTrue(seqs.contains(TupleValue.EMPTY));
        assertTrue(seqs.contains(tup(i(1), i(3))));
        assertFalse(seqs.contains(tup(i(1), i(4))));
        assertFalse(seqs.isFinite());
        assertEquals("Seq(1..3)", seqs.toString());
        assertEquals("Attempted to check if the value:\n\"ab\"\nis an element of Seq(1..3).",
                fails(() -> seqs.contains(v.s("ab"))).getMessage());
    }
}
