package io.tlaplex.coordinator.sim;

import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * The simulator's only source of time and chance: a virtual clock and a queue of events ordered by time, ties broken
 * by the order they were scheduled in, so one seed always runs the same way. Owned by the simulation's thread.
 */
final class Scheduler {
    private final PriorityQueue<Event> queue = new PriorityQueue<>();
    private final SplittableRandom random;
    private long nowNanos;
    private long sequence;
    private long steps;

    Scheduler(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A scheduled event; cancelling it makes its firing do nothing. */
    static final class Event implements Comparable<Event> {
        private final long atNanos;
        private final long order;
        private final Runnable action;
        private boolean cancelled;

        private Event(long atNanos, long order, Runnable action) {
            this.atNanos = atNanos;
            this.order = order;
            this.action = action;
        }

        void cancel() {
            cancelled = true;
        }

        @Override
        public int compareTo(Event other) {
            int byTime = Long.compare(atNanos, other.atNanos);
            return byTime != 0 ? byTime : Long.compare(order, other.order);
        }
    }

    long nowNanos() {
        return nowNanos;
    }

    long steps() {
        return steps;
    }

    SplittableRandom random() {
        return random;
    }

    /** Runs {@code action} {@code delayNanos} from now (never before now). */
    Event after(long delayNanos, Runnable action) {
        return at(nowNanos + Math.max(0, delayNanos), action);
    }

    Event at(long atNanos, Runnable action) {
        Event event = new Event(Math.max(nowNanos, atNanos), sequence++, action);
        queue.add(event);
        return event;
    }

    /** Runs the next event that is not cancelled; false when none is left. */
    boolean step() {
        Event event;
        do {
            event = queue.poll();
            if (event == null) {
                return false;
            }
        } while (event.cancelled);
        nowNanos = event.atNanos;
        steps++;
        event.action.run();
        return true;
    }

    /** Uniform in {@code [minNanos, maxNanos]}. */
    long between(long minNanos, long maxNanos) {
        return minNanos + random.nextLong(maxNanos - minNanos + 1);
    }

    boolean chance(double probability) {
        return probability > 0 && random.nextDouble() < probability;
    }
}
