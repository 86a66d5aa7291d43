package io.tlaplex.worker.cluster;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.agrona.concurrent.Agent;

/**
 * A node's data-plane duty cycle (sender and receiver), run by whichever thread gets it first: the data-plane
 * thread while the workers are idle, and the workers themselves between slices of states and when their sender
 * queue is full. On a small host the worker then ships and receives on the core it already has instead of waiting
 * for the data-plane thread to be scheduled. One thread at a time; the guard orders each run after the last.
 */
final class DutyCycle implements Agent {
    private final Agent agent;
    private final Consumer<Throwable> failed;
    private final AtomicBoolean running = new AtomicBoolean();
    private boolean stopped;

    DutyCycle(Agent agent, Consumer<Throwable> failed) {
        this.agent = agent;
        this.failed = failed;
    }

    /** Runs one cycle unless another thread is running one; returns the work done, or -1 when it was busy. */
    int tryRun() {
        if (!running.compareAndSet(false, true)) {
            return -1;
        }
        try {
            return agent.doWork();
        } catch (Exception e) {
            failed.accept(e);
            return 0;
        } finally {
            running.setRelease(false);
        }
    }

    /** Waits for a running cycle to end and runs none after it: before the data plane closes (control thread). */
    void stop() {
        while (!stopped && !running.compareAndSet(false, true)) {
            Thread.onSpinWait();
        }
        stopped = true;
    }

    /** The data-plane thread's cycle: no work when a worker holds it. */
    @Override
    public int doWork() {
        return Math.max(0, tryRun());
    }

    @Override
    public void onStart() {
        agent.onStart();
    }

    @Override
    public void onClose() {
        agent.onClose();
    }

    @Override
    public String roleName() {
        return agent.roleName();
    }
}
