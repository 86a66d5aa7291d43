package io.tlaplex.worker.explore;

import io.tlaplex.worker.fpset.FingerprintSet;
import java.util.Arrays;

/**
 * Test mode of {@link ParallelExplorer}: each worker records, through its own {@link Recorder}, the fingerprints
 * it queues and the ones it expands. Every expansion checks that its state was already in the fingerprint set;
 * every level end (barrier action, all workers waiting) checks that the states expanded in the level are exactly
 * those queued for it, each once: none lost, none expanded twice. Keeps two longs per state: for tests only.
 */
final class OwnershipAudit {
    private final FingerprintSet seen;
    private final Recorder[] recorders;
    /** Sorted fingerprints queued for the level being expanded. */
    private long[] expected = new long[0];

    OwnershipAudit(FingerprintSet seen, int workers) {
        this.seen = seen;
        this.recorders = new Recorder[workers];
        for (int i = 0; i < workers; i++) {
            recorders[i] = new Recorder();
        }
    }

    Recorder recorder(int worker) {
        return recorders[worker];
    }

    /** Takes the states queued so far, the initial ones, as what level 1 must expand; before the workers start. */
    void startFirstLevel() {
        expected = takeQueued();
    }

    /**
     * Checks the level that just ended; {@code complete} is false when the run stopped inside it, and then only
     * the per-expansion checks apply.
     *
     * @throws IllegalStateException describing the first breach
     */
    void checkLevel(int level, boolean complete) {
        for (Recorder r : recorders) {
            if (r.problem != null) {
                throw new IllegalStateException("ownership audit, level " + level + ": " + r.problem);
            }
        }
        long[] expanded = new long[0];
        for (Recorder r : recorders) {
            expanded = concat(expanded, r.expanded, r.expandedCount);
            r.expandedCount = 0;
        }
        Arrays.sort(expanded);
        if (complete && !Arrays.equals(expanded, expected)) {
            throw new IllegalStateException("ownership audit, level " + level + ": " + firstDifference(expanded));
        }
        expected = takeQueued();
    }

    private long[] takeQueued() {
        long[] queued = new long[0];
        for (Recorder r : recorders) {
            queued = concat(queued, r.enqueued, r.enqueuedCount);
            r.enqueuedCount = 0;
        }
        Arrays.sort(queued);
        for (int i = 1; i < queued.length; i++) {
            if (queued[i] == queued[i - 1]) {
                throw new IllegalStateException("ownership audit: state " + Long.toHexString(queued[i])
                        + " was queued twice");
            }
        }
        return queued;
    }

    private String firstDifference(long[] expanded) {
        int i = 0;
        int j = 0;
        while (i < expected.length || j < expanded.length) {
            long want = i < expected.length ? expected[i] : Long.MAX_VALUE;
            long got = j < expanded.length ? expanded[j] : Long.MAX_VALUE;
            if (i < expected.length && (j == expanded.length || want < got)) {
                return "state " + Long.toHexString(want) + " was queued but never expanded";
            }
            if (j < expanded.length && (i == expected.length || got < want)) {
                return "state " + Long.toHexString(got) + " was expanded but not queued for this level";
            }
            if (j + 1 < expanded.length && expanded[j + 1] == got) {
                return "state " + Long.toHexString(got) + " was expanded twice";
            }
            i++;
            j++;
        }
        return "no difference";
    }

    private static long[] concat(long[] a, long[] b, int bCount) {
        long[] joined = Arrays.copyOf(a, a.length + bCount);
        System.arraycopy(b, 0, joined, a.length, bCount);
        return joined;
    }

    /** One worker's records; written by that worker only, read by the barrier action. */
    final class Recorder {
        private long[] enqueued = new long[1024];
        private int enqueuedCount;
        private long[] expanded = new long[1024];
        private int expandedCount;
        private String problem;

        void enqueued(long fp) {
            if (enqueuedCount == enqueued.length) {
                enqueued = Arrays.copyOf(enqueued, enqueuedCount * 2);
            }
            enqueued[enqueuedCount++] = fp;
        }

        void expanding(long fp, int depth, int level) {
            if (problem == null && !seen.contains(fp)) {
                problem = "state " + Long.toHexString(fp) + " was expanded before it was in the fingerprint set";
            } else if (problem == null && depth != level) {
                problem = "state " + Long.toHexString(fp) + " of depth " + depth + " was expanded in level " + level;
            }
            if (expandedCount == expanded.length) {
                expanded = Arrays.copyOf(expanded, expandedCount * 2);
            }
            expanded[expandedCount++] = fp;
        }
    }
}
