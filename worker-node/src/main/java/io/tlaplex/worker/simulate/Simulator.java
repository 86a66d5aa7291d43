package io.tlaplex.worker.simulate;

import io.tlaplex.worker.explore.ExplorationResult;
import io.tlaplex.worker.explore.Outcome;
import io.tlaplex.worker.explore.TraceStep;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.function.LongSupplier;

/**
 * TLC's random simulation ({@code -simulate}): behaviours of at most {@code depth} states, each from a random
 * initial state by random successors, checking invariants, action properties and deadlock on the way and the
 * temporal properties once it ends. Behaviour
 * {@code i} draws every choice from a generator seeded by {@code (seed, i)} alone, and workers take behaviour
 * numbers in increasing order and finish every number below the lowest violation found, so the same seed reports
 * the same behaviours and the same counterexample whatever the number of workers (the counters differ: workers
 * may have started behaviours past the violation). Runs one platform thread per worker.
 */
public final class Simulator<S> {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private final IntFunction<? extends BehaviourModel<S>> models;
    private final int workers;
    private final long traces;
    private final int depth;
    private final long seed;
    private final SimulationListener listener;
    private final LongSupplier nanoClock;
    private final long progressIntervalNs;

    private final AtomicLong nextBehaviour = new AtomicLong();
    private final AtomicLong lowestFailure = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong generated = new AtomicLong();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong lengthSum = new AtomicLong();
    private final AtomicLong lengthSquareSum = new AtomicLong();
    private final AtomicLong longest = new AtomicLong();
    private Failure<S> failure;

    /**
     * @param models   one model per worker, by worker id
     * @param traces   how many behaviours to generate; -1 for no limit (until a violation)
     * @param depth    the most states a behaviour has
     */
    public Simulator(IntFunction<? extends BehaviourModel<S>> models, int workers, long traces, int depth, long seed,
            SimulationListener listener, LongSupplier nanoClock, long progressIntervalNs) {
        this.models = models;
        this.workers = workers;
        this.traces = traces;
        this.depth = depth;
        this.seed = seed;
        this.listener = listener;
        this.nanoClock = nanoClock;
        this.progressIntervalNs = progressIntervalNs;
    }

    /** Runs the simulation on {@code workers} threads (worker 0 on the caller's) and returns what it found. */
    public SimulationResult<S> run() {
        List<Thread> threads = new ArrayList<>();
        for (int w = 1; w < workers; w++) {
            BehaviourModel<S> model = models.apply(w);
            threads.add(Thread.ofPlatform().name("tlaplex-simulate-" + w).start(() -> simulate(model, false)));
        }
        simulate(models.apply(0), true);
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        int longestTrace = (int) longest.get();
        Failure<S> f = failure;
        ExplorationResult<S> result = f == null || f.temporal != null
                ? new ExplorationResult<>(Outcome.SUCCESS, generated.get(), 0, 0, longestTrace, List.of(), -1, null)
                : new ExplorationResult<>(f.outcome, generated.get(), 0, 0, longestTrace, f.trace, f.index, f.error);
        return new SimulationResult<>(result, done.get(), lengthSum.get(), lengthSquareSum.get(),
                f == null ? null : f.temporal);
    }

    private void simulate(BehaviourModel<S> model, boolean reports) {
        Behaviour<S> behaviour = new Behaviour<>(model, depth);
        TemporalBatch<S> batch = model.checksTemporalProperties() ? new TemporalBatch<>(model) : null;
        long nextProgressNs = nanoClock.getAsLong() + progressIntervalNs;
        while (true) {
            long i = nextBehaviour.getAndIncrement();
            if ((traces >= 0 && i >= traces) || i > lowestFailure.get()) {
                if (batch != null) {
                    report(batch.check());
                }
                return;
            }
            Failure<S> found = behaviour.run(mix(seed, i), () -> i > lowestFailure.get());
            generated.addAndGet(behaviour.generated());
            int length = behaviour.length();
            done.incrementAndGet();
            lengthSum.addAndGet(length);
            lengthSquareSum.addAndGet((long) length * length);
            longest.accumulateAndGet(length, Math::max);
            if (found != null) {
                report(i, found);
            } else if (batch != null && behaviour.finished() != null) {
                report(batch.add(i, behaviour.finished()));
            }
            if (reports && nanoClock.getAsLong() - nextProgressNs >= 0) {
                nextProgressNs = nanoClock.getAsLong() + progressIntervalNs;
                listener.progress(generated.get(), done.get(), lengthSum.get(), lengthSquareSum.get());
            }
        }
    }

    private void report(TemporalBatch.Found<S> found) {
        if (found != null) {
            report(found.number(), found.failure());
        }
    }

    /** Keeps the failure of the lowest behaviour number, so that the report does not depend on timing. */
    private synchronized void report(long behaviourNumber, Failure<S> found) {
        if (behaviourNumber < lowestFailure.get()) {
            lowestFailure.set(behaviourNumber);
            failure = found;
        }
    }

    /** The seed of behaviour {@code i}: a SplitMix64 step over the run's seed and the number. */
    static long mix(long seed, long i) {
        long z = seed + (i + 1) * GOLDEN;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * How one behaviour failed: the outcome, the trace to the bad state, the property's index or the error; or,
     * with {@code temporal} set (and no outcome), the temporal property the whole behaviour violates.
     */
    record Failure<S>(Outcome outcome, List<TraceStep<S>> trace, int index, RuntimeException error,
            TemporalViolation<S> temporal) {
    }
}
