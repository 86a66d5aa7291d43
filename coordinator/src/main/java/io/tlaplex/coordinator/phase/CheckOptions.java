package io.tlaplex.coordinator.phase;

/**
 * How to run one check: worker threads, whether deadlock is checked (TLC's {@code -deadlock} turns it
 * off), the seed of fingerprints and randomness, and the progress interval.
 */
public record CheckOptions(int workers, boolean deadlockFlagGiven, long seed, long progressIntervalNs) {

    public static CheckOptions defaults() {
        return new CheckOptions(1, false, 0L, 60_000_000_000L);
    }
}
