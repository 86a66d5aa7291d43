package io.tlaplex.coordinator.phase;

import io.tlaplex.worker.fpset.FingerprintSetConfig;
import io.tlaplex.worker.nativeio.ThreadPlacement;

/**
 * How to run one check: worker threads, whether deadlock is checked (TLC's {@code -deadlock} turns it
 * off), the seed of fingerprints and randomness, how often the explorer reports progress, the share of
 * physical memory for fingerprints ({@code -fpmem}), where to pin workers (null: not pinned), and
 * whether a live status line goes to the terminal between TLC's once-a-minute progress lines, and checkpoints
 * (null: none).
 */
public record CheckOptions(int workers, boolean deadlockFlagGiven, long seed, long progressIntervalNs, double fpmem,
        ThreadPlacement placement, boolean liveProgress, CheckpointOptions checkpoints) {

    public CheckOptions(int workers, boolean deadlockFlagGiven, long seed, long progressIntervalNs, double fpmem,
            ThreadPlacement placement, boolean liveProgress) {
        this(workers, deadlockFlagGiven, seed, progressIntervalNs, fpmem, placement, liveProgress, null);
    }

    /** One worker, TLC's defaults otherwise; what the conformance runner uses. */
    public static CheckOptions defaults() {
        return new CheckOptions(1, false, 0L, 60_000_000_000L, FingerprintSetConfig.DEFAULT_FPMEM, null, false);
    }

    public CheckOptions withWorkers(int count) {
        return new CheckOptions(count, deadlockFlagGiven, seed, progressIntervalNs, fpmem, placement, liveProgress,
                checkpoints);
    }

    /** Reports from the explorer this often (the status page wants every second); the printed lines keep theirs. */
    public CheckOptions withProgressInterval(long nanos) {
        return new CheckOptions(workers, deadlockFlagGiven, seed, nanos, fpmem, placement, liveProgress, checkpoints);
    }

    /** How often the progress printer wants a call when the explorer reports faster for the status page. */
    long printerIntervalNs() {
        return liveProgress ? 1_000_000_000L : 60_000_000_000L;
    }

    public CheckOptions withCheckpoints(CheckpointOptions plan) {
        return new CheckOptions(workers, deadlockFlagGiven, seed, progressIntervalNs, fpmem, placement, liveProgress,
                plan);
    }
}
