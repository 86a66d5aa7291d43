package io.tlaplex.coordinator.sim;

import io.tlaplex.protocol.ControlMessage;
import java.util.function.Consumer;

/**
 * The control network of one attempt, between the coordinator and each node: per direction of each pair, messages
 * arrive in the order they were sent or not at all, as Pekko Artery delivers them. At the stormy level and above a
 * message may be lost, arrive twice (the copy right behind it, keeping the order) or be slow. Owned by the
 * simulation's thread.
 */
final class ControlNet {
    private static final long FAST_NANOS = 2_000_000L;

    private final Attempt attempt;
    private final SimLevel level;
    private final long[] lastArrival;
    private long dropped;
    private long duplicated;

    ControlNet(Attempt attempt, SimLevel level, int nodes) {
        this.attempt = attempt;
        this.level = level;
        this.lastArrival = new long[2 * nodes];
    }

    /** From the coordinator to node {@code node}. */
    void toNode(int node, ControlMessage message, Consumer<ControlMessage> deliver) {
        send(2 * node, message, deliver);
    }

    /** From node {@code node} to the coordinator. */
    void toCoordinator(int node, ControlMessage message, Consumer<ControlMessage> deliver) {
        send(2 * node + 1, message, deliver);
    }

    private void send(int channel, ControlMessage message, Consumer<ControlMessage> deliver) {
        Scheduler scheduler = attempt.scheduler();
        if (scheduler.chance(level.dropChance())) {
            dropped++;
            attempt.log(() -> "dropped " + message);
            return;
        }
        long delay = scheduler.chance(level.slowChance()) ? scheduler.between(FAST_NANOS, level.slowNanos())
                : scheduler.between(10_000, FAST_NANOS);
        long at = Math.max(scheduler.nowNanos() + delay, lastArrival[channel]);
        lastArrival[channel] = at;
        attempt.at(at, () -> deliver.accept(message));
        if (scheduler.chance(level.duplicateChance())) {
            duplicated++;
            long again = at + scheduler.between(0, FAST_NANOS);
            lastArrival[channel] = again;
            attempt.at(again, () -> deliver.accept(message));
        }
    }

    long dropped() {
        return dropped;
    }

    long duplicated() {
        return duplicated;
    }
}
