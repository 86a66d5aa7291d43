package io.tlaplex.frontend.eval.live;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableauTest {
    private static final TFormula.Lit P = new TFormula.Lit(0, false, false);
    private static final TFormula.Lit A = new TFormula.Lit(0, true, false);

    private static int[][] successors(Tableau t) {
        int[][] out = new int[t.size()][];
        for (int n = 0; n < out.length; n++) {
            out[n] = t.successors(n);
        }
        return out;
    }

    private static boolean[] fulfilled(Tableau t, int promise) {
        boolean[] out = new boolean[t.size()];
        for (int n = 0; n < out.length; n++) {
            out[n] = t.fulfills(n, promise);
        }
        return out;
    }

    @Test
    void shouldBuildOneSelfLoopingNodeForAlways() {
        Tableau t = new Tableau(new TFormula.Always(P));

        assertArrayEquals(new int[] {0}, t.initial());
        assertArrayEquals(new int[][] {{0}}, successors(t));
        assertEquals(P, t.stateLiterals(0));
        assertEquals(TFormula.TRUE, t.actionLiterals(0));
        assertEquals(0, t.promiseCount());
    }

    @Test
    void shouldSplitEventuallyIntoNowOrLaterWithOnePromise() {
        Tableau t = new Tableau(new TFormula.Eventually(P));

        assertArrayEquals(new int[] {0, 1}, t.initial());
        assertArrayEquals(new int[][] {{2}, {0, 1}, {2}}, successors(t));
        assertEquals(List.of(P, TFormula.TRUE, TFormula.TRUE),
                List.of(t.stateLiterals(0), t.stateLiterals(1), t.stateLiterals(2)));
        assertEquals(1, t.promiseCount());
        assertArrayEquals(new boolean[] {true, false, true}, fulfilled(t, 0));
    }

    @Test
    void shouldPutActionLiteralsOnTheStepLeavingTheNode() {
        Tableau t = new Tableau(new TFormula.Always(new TFormula.Eventually(A)));

        assertArrayEquals(new int[] {0, 1}, t.initial());
        assertArrayEquals(new int[][] {{0, 1}, {0, 1}}, successors(t));
        assertEquals(List.of(A, TFormula.TRUE), List.of(t.actionLiterals(0), t.actionLiterals(1)));
        assertEquals(List.of(TFormula.TRUE, TFormula.TRUE), List.of(t.stateLiterals(0), t.stateLiterals(1)));
        assertArrayEquals(new boolean[] {true, false}, fulfilled(t, 0));
    }

    @Test
    void shouldNeverFulfilAPromiseThatContradictsAnAlways() {
        Tableau t = new Tableau(TFormula.and(List.of(new TFormula.Always(P), new TFormula.Eventually(P.negate()))));

        assertArrayEquals(new int[] {0}, t.initial());
        assertArrayEquals(new int[][] {{1}, {1}}, successors(t));
        assertEquals(List.of(P, P), List.of(t.stateLiterals(0), t.stateLiterals(1)));
        assertArrayEquals(new boolean[] {false, false}, fulfilled(t, 0));
    }
}
