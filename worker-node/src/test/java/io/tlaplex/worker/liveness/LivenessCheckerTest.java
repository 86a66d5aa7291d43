package io.tlaplex.worker.liveness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tlaplex.frontend.eval.live.Fairness;
import io.tlaplex.frontend.eval.live.LiveCheck;
import io.tlaplex.frontend.eval.live.LiveSpec;
import io.tlaplex.frontend.eval.live.TFormula;
import io.tlaplex.frontend.eval.live.Tableau;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checker on one thread against the checker on several, over random labelled graphs with weak and strong
 * fairness, tableaux, {@code []<>} and {@code <>[]} checks: both must report the same lasso (or none). State
 * predicates 0-2 and action predicates 0-1 are the low bits of the random state and step words.
 */
class LivenessCheckerTest {
    private static final int GRAPHS = 150;

    @TempDir
    Path dir;

    private static TFormula lit(Random r, boolean action) {
        return new TFormula.Lit(r.nextInt(action ? 2 : 3), action, r.nextBoolean());
    }

    private static LabelledGraph randomGraph(Random r) {
        int n = 2 + r.nextInt(40);
        int[][] edges = new int[n][];
        long[][] stepBits = new long[n][];
        long[] stateBits = new long[n];
        long[] stutterBits = new long[n];
        for (int s = 0; s < n; s++) {
            int degree = r.nextInt(4);
            edges[s] = new int[degree];
            stepBits[s] = new long[degree];
            for (int i = 0; i < degree; i++) {
                edges[s][i] = r.nextInt(n);
                stepBits[s][i] = r.nextInt(4);
            }
            stateBits[s] = r.nextInt(8);
            stutterBits[s] = r.nextInt(4) & ~1L;
        }
        int[] initial = r.nextBoolean() ? new int[] {0} : new int[] {0, 1};
        return new LabelledGraph(initial, edges, stepBits, stateBits, stutterBits);
    }

    private static LiveCheck randomCheck(Random r, int k) {
        List<TFormula> infinitely = new ArrayList<>();
        List<TFormula> eventually = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) {
            infinitely.add(lit(r, r.nextBoolean()));
        }
        for (int i = r.nextInt(2); i > 0; i--) {
            eventually.add(lit(r, r.nextBoolean()));
        }
        Tableau tableau = switch (r.nextInt(3)) {
            case 0 -> new Tableau(new TFormula.Eventually(lit(r, false)));
            case 1 -> new Tableau(new TFormula.Always(new TFormula.Eventually(lit(r, r.nextBoolean()))));
            default -> null;
        };
        TFormula init = r.nextInt(4) == 0 ? lit(r, false) : null;
        return new LiveCheck("P" + k, init, tableau, infinitely, eventually);
    }

    private static LiveSpec randomSpec(Random r) {
        List<Fairness> fairness = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) {
            int pred = r.nextInt(2);
            fairness.add(new Fairness(r.nextBoolean(), pred, pred, "F" + i));
        }
        List<LiveCheck> checks = new ArrayList<>();
        for (int k = 1 + r.nextInt(4); k > 0; k--) {
            checks.add(randomCheck(r, k));
        }
        return new LiveSpec(3, 2, fairness, checks);
    }

    private Lasso check(BehaviourGraph graph, LiveSpec spec, int threads) throws Exception {
        Path scratch = Files.createTempDirectory(dir, "scratch-");
        return new LivenessChecker(graph, spec, scratch, threads).check();
    }

    @Test
    @Timeout(120)
    void shouldReportTheSameLassoWithOneThreadAndWithSeveral() throws Exception {
        Random r = new Random(20261122L);
        int violated = 0;
        for (int g = 0; g < GRAPHS; g++) {
            LabelledGraph labelled = randomGraph(r);
            LiveSpec spec = randomSpec(r);
            try (BehaviourGraph graph = labelled.record(Files.createTempDirectory(dir, "graph-"), 2,
                    new ArrayList<>())) {

                Lasso sequential = check(graph, spec, 1);
                Lasso parallel = check(graph, spec, 3);

                if (sequential == null) {
                    assertNull(parallel, "graph " + g);
                    continue;
                }
                violated++;
                assertEquals(sequential.property(), parallel.property(), "graph " + g);
                assertArrayEquals(sequential.states(), parallel.states(), "graph " + g);
                assertEquals(sequential.stuttering(), parallel.stuttering(), "graph " + g);
                assertEquals(sequential.backTo(), parallel.backTo(), "graph " + g);
            }
        }
        assertTrue(violated > GRAPHS / 5 && violated < GRAPHS - GRAPHS / 5, "violated in " + violated + " graphs");
    }

    @Test
    void shouldReportTheFirstFailingCheckWhenSeveralFail() throws Exception {
        LabelledGraph labelled = new LabelledGraph(new int[] {0}, new int[][] {{1}, {0}}, new long[][] {{0}, {0}},
                new long[] {0, 1}, new long[] {0, 0});
        LiveCheck anyCycle = new LiveCheck("Later", null, null, List.of(), List.of());
        LiveCheck throughOne = new LiveCheck("First", null, null, List.of(new TFormula.Lit(0, false, false)),
                List.of());
        LiveSpec spec = new LiveSpec(1, 1, List.of(), List.of(throughOne, anyCycle));
        try (BehaviourGraph graph = labelled.record(dir, 1, new ArrayList<>())) {

            Lasso lasso = check(graph, spec, 2);

            assertEquals("First", lasso.property());
        }
    }

    @Test
    void shouldRejectFewerThanOneThread() {
        assertThrows(IllegalArgumentException.class, () -> new LivenessChecker(null, LiveSpec.NONE, dir, 0));
    }
}
