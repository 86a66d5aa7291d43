package io.tlaplex.worker.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tlaplex.worker.explore.Outcome;
import io.tlaplex.worker.explore.TraceStep;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class SimulatorTest {

    /** Integers from 0, each step adds 1 or 2; the invariant fails at 7; stuck (deadlock) at 9 and beyond. */
    /** {@link StepModel} with an invariant violated at 7 and deadlocks checked or not. */
    private static final class Steps extends StepModel {
        private final boolean checkDeadlock;

        Steps(boolean checkDeadlock) {
            this.checkDeadlock = checkDeadlock;
        }

        @Override
        public int violatedInvariant(Integer state) {
            return state == 7 ? 0 : -1;
        }

        @Override
        public boolean checkDeadlock() {
            return checkDeadlock;
        }
    }

    private static SimulationResult<Integer> simulate(int workers, long seed) {
        return new Simulator<>(id -> new Steps(true), workers, 1000, 20, seed, SimulationListener.NONE, () -> 0L,
                Long.MAX_VALUE).run();
    }

    @Test
    void shouldReportTheSameCounterexampleForTheSameSeedWhateverTheWorkerCount() {
        List<TraceStep<Integer>> one = simulate(1, 42).result().trace();

        for (int workers = 2; workers <= 4; workers++) {
            assertEquals(one, simulate(workers, 42).result().trace());
        }
        assertEquals(Outcome.INVARIANT_VIOLATED, simulate(3, 42).result().outcome());
        assertEquals(7, one.get(one.size() - 1).state());
    }

    @Test
    void shouldRunTheRequestedNumberOfBehavioursOfAtMostDepthStates() {
        SimulationResult<Integer> result = new Simulator<>(id -> new Steps(false), 2, 25, 3, 1, SimulationListener.NONE,
                () -> 0L, Long.MAX_VALUE).run();

        assertEquals(Outcome.SUCCESS, result.result().outcome());
        assertEquals(25, result.traces());
        assertEquals(75, result.lengthSum());
        assertEquals(3, result.meanLength());
        assertEquals(0, result.lengthVariance());
    }
}
