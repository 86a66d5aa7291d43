package io.tlaplex.worker.liveness;

import io.tlaplex.frontend.eval.live.LiveCheck;
import io.tlaplex.frontend.eval.live.LiveSpec;
import io.tlaplex.worker.explore.StateFinder;
import io.tlaplex.worker.explore.StateModel;
import io.tlaplex.worker.explore.TraceStep;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Checks the temporal properties over the behaviour graph once the search has explored it (TLC's
 * {@code -lncheck final}), stopping at the first fair accepting component. With one thread it runs on the calling
 * thread, each check of {@link LiveSpec} in turn. With more, a pool of its own runs the checks side by side (each
 * check's product and search are independent of the others'); the counterexample is still the one of the first
 * failing check. Scratch arrays are memory-mapped in {@code dir}.
 */
public final class LivenessChecker {
    private final BehaviourGraph graph;
    private final LiveSpec spec;
    private final Path dir;
    private final int threads;

    public LivenessChecker(BehaviourGraph graph, LiveSpec spec, Path dir) {
        this(graph, spec, dir, 1);
    }

    /** A checker using {@code threads} threads (1: the calling one only). */
    public LivenessChecker(BehaviourGraph graph, LiveSpec spec, Path dir, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.graph = graph;
        this.spec = spec;
        this.dir = dir;
        this.threads = threads;
    }

    /** The counterexample of the first check (in {@link LiveSpec#checks()} order) that fails, or null. */
    public Lasso check() {
        if (threads == 1 || spec.checks().size() < 2) {
            for (LiveCheck c : spec.checks()) {
                Lasso found = check(c);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, spec.checks().size()));
        AtomicInteger firstFailing = new AtomicInteger(Integer.MAX_VALUE);
        try {
            List<Future<Lasso>> tasks = new ArrayList<>();
            for (int i = 0; i < spec.checks().size(); i++) {
                int index = i;
                tasks.add(pool.submit(() -> checkUnlessEarlierFailed(index, firstFailing)));
            }
            for (Future<Lasso> t : tasks) {
                Lasso found = result(t);
                if (found != null) {
                    return found;
                }
            }
            return null;
        } finally {
            pool.shutdown();
            awaitQuietly(pool);
        }
    }

    private static Lasso result(Future<Lasso> task) {
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking temporal properties", e);
        }
    }

    /** Skips a check once an earlier one has failed: its result could not be the one reported. */
    private Lasso checkUnlessEarlierFailed(int index, AtomicInteger firstFailing) {
        if (firstFailing.get() < index) {
            return null;
        }
        Lasso found = check(spec.checks().get(index));
        if (found != null) {
            firstFailing.accumulateAndGet(index, Math::min);
        }
        return found;
    }

    /** The remaining tasks hold mapped files of {@code dir}: they end before the caller removes it. */
    private static void awaitQuietly(ExecutorService pool) {
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private Lasso check(LiveCheck c) {
        ProductGraph product = new ProductGraph(graph, c);
        try (SccSearch search = new SccSearch(product, dir)) {
            search.reach();
            int[] cycle = search.search(new FairComponent(product, spec.fairness()));
            return cycle == null ? null : lasso(c.property(), product, search, cycle);
        }
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
