package io.tlaplex.worker.transport;

import java.util.function.BooleanSupplier;
import org.agrona.concurrent.Agent;
import org.agrona.concurrent.CachedNanoClock;

/**
 * Drives agents by hand, advancing a manual clock a little each cycle, until a condition holds. Bounded, and it
 * gives up when the test's timeout interrupts the thread, so a stuck test fails instead of spinning forever.
 */
final class Pump {
    static final long TICK_NS = 10_000;

    private final CachedNanoClock clock;
    private final Agent[] agents;

    Pump(CachedNanoClock clock, Agent... agents) {
        this.clock = clock;
        this.agents = agents.clone();
    }

    /** Runs one duty cycle of every agent and returns their work count. */
    int cycle() {
        clock.advance(TICK_NS);
        int work = 0;
        for (Agent agent : agents) {
            try {
                work += agent.doWork();
            } catch (Exception e) {
                throw new IllegalStateException(agent.roleName() + " failed", e);
            }
        }
        return work;
    }

    /** Cycles until {@code done}, failing after {@code maxCycles} or when interrupted. */
    void until(BooleanSupplier done, long maxCycles, String what) {
        for (long i = 0; i < maxCycles; i++) {
            if (done.getAsBoolean()) {
                return;
            }
            if (Thread.interrupted()) {
                throw new IllegalStateException("interrupted while waiting for " + what);
            }
            cycle();
        }
        if (!done.getAsBoolean()) {
            throw new AssertionError("gave up after " + maxCycles + " cycles waiting for " + what);
        }
    }

    /** Runs exactly {@code cycles} duty cycles. */
    void run(int cycles) {
        for (int i = 0; i < cycles; i++) {
            cycle();
        }
    }
}
