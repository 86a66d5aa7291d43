package io.tlaplex.worker.liveness;

import io.tlaplex.frontend.eval.live.LiveCheck;
import io.tlaplex.frontend.eval.live.LiveSpec;
import io.tlaplex.worker.explore.StateFinder;
import io.tlaplex.worker.explore.StateModel;
import io.tlaplex.worker.explore.TraceStep;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the temporal properties over the behaviour graph once the search has explored it (TLC's
 * {@code -lncheck final}): each check of {@link LiveSpec} in turn, stopping at the first fair accepting component.
 * Runs on the calling thread; its scratch arrays are memory-mapped in {@code dir}.
 */
public final class LivenessChecker {
    private final BehaviourGraph graph;
    private final LiveSpec spec;
    private final Path dir;

    public LivenessChecker(BehaviourGraph graph, LiveSpec spec, Path dir) {
        this.graph = graph;
        this.spec = spec;
        this.dir = dir;
    }

    /** The first counterexample found, or null when every property holds. */
    public Lasso check() {
        for (LiveCheck c : spec.checks()) {
            ProductGraph product = new ProductGraph(graph, c);
            try (SccSearch search = new SccSearch(product, dir)) {
                search.reach();
                int[] cycle = search.search(new FairComponent(product, spec.fairness()));
                if (cycle != null) {
                    return lasso(c.property(), product, search, cycle);
                }
            }
        }
        return null;
    }

    private Lasso lasso(String property, ProductGraph product, SccSearch search, int[] cycle) {
        int start = cycle[0];
        List<Long> prefix = new ArrayList<>();
        for (int n = start; n >= 0; n = search.parentOf(n)) {
            prefix.add(0, graph.fingerprint(product.state(n)));
        }
        List<Long> printed = new ArrayList<>();
        for (long fp : prefix) {
            if (printed.isEmpty() || printed.get(printed.size() - 1) != fp) {
                printed.add(fp);
            }
        }
        int backTo = printed.size();
        long startFp = printed.get(backTo - 1);
        for (int i = 1; i < cycle.length - 1; i++) {
            long fp = graph.fingerprint(product.state(cycle[i]));
            if (printed.get(printed.size() - 1) != fp) {
                printed.add(fp);
            }
        }
        long[] states = printed.stream().mapToLong(Long::longValue).toArray();
        return new Lasso(property, states, states[states.length - 1] == startFp, backTo);
    }

    /**
     * The states of a lasso, rebuilt by re-running the spec from an initial state, with the action of each step;
     * one more entry at the end for the step back to state {@link Lasso#backTo()} unless the lasso stutters.
     */
    public static <S> List<TraceStep<S>> states(StateModel<S> model, Lasso lasso) {
        StateFinder<S> finder = new StateFinder<>(model);
        List<TraceStep<S>> out = new ArrayList<>();
        S state = null;
        for (long fp : lasso.states()) {
            state = finder.find(state, fp, -1);
            out.add(new TraceStep<>(state, finder.foundAction()));
        }
        if (!lasso.stuttering()) {
            S back = finder.find(state, lasso.states()[lasso.backTo() - 1], -1);
            out.add(new TraceStep<>(back, finder.foundAction()));
        }
        return out;
    }
}
