package io.tlaplex.coordinator.sim;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The data plane of one attempt: a link per ordered pair of nodes that delivers batches reliably and in order after
 * a random delay, as Aeron does. A batch for a node whose engine has not started yet waits, as an Aeron publication
 * without a connected subscriber makes its sender retry; a link to a dead node loses it, and the attempt with it.
 * Owned by the simulation's thread.
 */
final class DataLinks {
    private static final long RETRY_NANOS = 1_000_000L;

    private final Attempt attempt;
    private final long maxDelayNanos;
    private final long[][] lastArrival;
    private final int[][] inFlight;
    private final List<ArrayDeque<List<SimEngine.Entry>>> waiting = new ArrayList<>();
    private final int nodes;

    DataLinks(Attempt attempt, int nodes, long maxDelayNanos) {
        this.attempt = attempt;
        this.maxDelayNanos = maxDelayNanos;
        this.lastArrival = new long[nodes][nodes];
        this.inFlight = new int[nodes][nodes];
        this.nodes = nodes;
        for (int link = 0; link < nodes * nodes; link++) {
            waiting.add(new ArrayDeque<>());
        }
    }

    void send(int from, int to, List<SimEngine.Entry> batch) {
        Scheduler scheduler = attempt.scheduler();
        long at = Math.max(scheduler.nowNanos() + scheduler.between(10_000, maxDelayNanos), lastArrival[from][to]);
        lastArrival[from][to] = at;
        inFlight[from][to]++;
        attempt.at(at, () -> {
            waiting.get(from * nodes + to).addLast(batch);
            pump(from, to);
        });
    }

    private void pump(int from, int to) {
        ArrayDeque<List<SimEngine.Entry>> queue = waiting.get(from * nodes + to);
        if (queue.isEmpty()) {
            return;
        }
        if (!attempt.engineStarted(to)) {
            attempt.later(RETRY_NANOS, () -> pump(from, to));
            return;
        }
        while (!queue.isEmpty()) {
            List<SimEngine.Entry> batch = queue.removeFirst();
            inFlight[from][to]--;
            SimEngine engine = attempt.engine(to);
            if (engine != null) {
                attempt.onEngineThread(() -> engine.receive(from, batch));
            }
        }
    }

    /** Whether any batch is travelling or waiting. */
    boolean busy() {
        for (int[] row : inFlight) {
            for (int count : row) {
                if (count > 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
