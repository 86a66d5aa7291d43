package io.tlaplex.worker.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tlaplex.worker.explore.TraceStep;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class TemporalBatchTest {

    /**
     * Integers from 0, each step adds 1 or 2, stuck at 9; a finished behaviour "violates a temporal property" when
     * it passes through {@code bad} (-1: never). Counts the checks it is asked for.
     */
    private static final class Steps extends StepModel {
        private final int bad;
        private final AtomicInteger checks;

        Steps(int bad, AtomicInteger checks) {
            this.bad = bad;
            this.checks = checks;
        }

        @Override
        public boolean checksTemporalProperties() {
            return true;
        }

        @Override
        public TemporalViolation<Integer> temporalViolation(List<List<TraceStep<Integer>>> behaviours) {
            checks.incrementAndGet();
            for (List<TraceStep<Integer>> behaviour : behaviours) {
                for (TraceStep<Integer> step : behaviour) {
                    if (step.state() == bad) {
                        return new TemporalViolation<>(behaviour, true, 0, behaviour.size() + 1);
                    }
                }
            }
            return null;
        }
    }

    private static SimulationResult<Integer> simulate(int workers, long traces, int bad, AtomicInteger checks) {
        return new Simulator<>(id -> new Steps(bad, checks), workers, traces, 20, 42, SimulationListener.NONE,
                () -> 0L, Long.MAX_VALUE).run();
    }

    @Test
    void shouldCheckFinishedBehavioursABatchAtATime() {
        AtomicInteger checks = new AtomicInteger();

        SimulationResult<Integer> result = simulate(1, 2 * TemporalBatch.SIZE + 2, -1, checks);

        assertNull(result.temporal());
        assertEquals(3, checks.get());
    }

    @Test
    void shouldReportTheLowestViolatingBehaviourWhateverTheWorkerCount() {
        TemporalViolation<Integer> one = simulate(1, 500, 4, new AtomicInteger()).temporal();

        assertNotNull(one);
        assertTrue(one.trace().stream().anyMatch(s -> s.state() == 4), one.trace().toString());
        for (int workers = 2; workers <= 4; workers++) {
            assertEquals(one.trace(), simulate(workers, 500, 4, new AtomicInteger()).temporal().trace());
        }
    }
}
