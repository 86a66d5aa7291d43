package io.tlaplex.worker.liveness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.tlaplex.frontend.eval.live.Fairness;
import io.tlaplex.frontend.eval.live.LiveCheck;
import io.tlaplex.frontend.eval.live.LiveSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance of components under weak and strong fairness, on the graph of a flag that flips (0 <-> 1) and a
 * Finish step enabled in state 1 only, leading to 2. State bits: Flip enabled (1), Finish enabled (2); step bits:
 * Flip taken (1), Finish taken (2). The check asks for any fair behaviour, so accepted means "has a fair cycle".
 */
class FairComponentTest {
    private static final Fairness WF_FLIP = new Fairness(false, 0, 0, "WF_vars(Flip)");
    private static final Fairness WF_FINISH = new Fairness(false, 1, 1, "WF_vars(Finish)");
    private static final Fairness SF_FINISH = new Fairness(true, 1, 1, "SF_vars(Finish)");

    @TempDir
    Path dir;
    private BehaviourGraph graph;

    @BeforeEach
    void record() {
        LabelledGraph g = new LabelledGraph(new int[] {0}, new int[][] {{1}, {0, 2}, {}},
                new long[][] {{1}, {1, 2}, {}}, new long[] {1, 3, 0}, new long[] {0, 0, 0});
        graph = g.record(dir, 1, new ArrayList<>());
    }

    @AfterEach
    void close() {
        graph.close();
    }

    private int[] accept(List<Fairness> fairness, int... members) {
        ProductGraph product = new ProductGraph(graph, new LiveCheck("P", null, null, List.of(), List.of()));
        return new FairComponent(product, fairness).accept(members);
    }

    @Test
    void shouldAcceptCycleWhereEveryWeaklyFairActionIsTakenOrDisabled() {
        assertArrayEquals(new int[] {0, 1, 0}, accept(List.of(WF_FLIP, WF_FINISH), 0, 1));
    }

    @Test
    void shouldRejectStutteringWhileAWeaklyFairActionStaysEnabled() {
        assertNull(accept(List.of(WF_FLIP), 0));
    }

    @Test
    void shouldRejectComponentWhereAStronglyFairActionIsEnabledInfinitelyOftenButNeverTaken() {
        assertNull(accept(List.of(WF_FLIP, SF_FINISH), 0, 1));
    }

    @Test
    void shouldAcceptSubComponentThatNeverEnablesTheStronglyFairAction() {
        assertArrayEquals(new int[] {0, 0}, accept(List.of(SF_FINISH), 0, 1));
    }

    @Test
    void shouldAcceptStutteringWhereNoFairActionIsEnabled() {
        assertArrayEquals(new int[] {2, 2}, accept(List.of(WF_FLIP, SF_FINISH), 2));
    }

    @Test
    void shouldFindTheLassoToTheOnlyFairComponentUnderStrongFairness() {
        LiveCheck anyBehaviour = new LiveCheck("P", null, null, List.of(), List.of());
        LiveSpec spec = new LiveSpec(2, 2, List.of(WF_FLIP, SF_FINISH), List.of(anyBehaviour));

        Lasso lasso = new LivenessChecker(graph, spec, dir).check();

        assertArrayEquals(new long[] {1000, 1001, 1002}, lasso.states());
        assertArrayEquals(new Object[] {true, 3, 4}, new Object[] {lasso.stuttering(), lasso.backTo(),
                lasso.traceLength()});
    }
}
