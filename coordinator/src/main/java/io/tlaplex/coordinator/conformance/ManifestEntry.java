package io.tlaplex.coordinator.conformance;

import java.util.Set;

/**
 * One model of a conformance manifest ({@code manifest.tsv}): where its files are and the answers
 * TLC gave for it.
 */
public record ManifestEntry(
        String id,
        String dir,
        String module,
        String config,
        String expectedResult,
        long distinctStates,
        long totalStates,
        int depth,
        Set<String> features,
        double tlcSeconds,
        boolean countsComplete,
        int traceLength) {

    /** True when the verdict rests on temporal properties (liveness), which the checker does not do yet. */
    public boolean needsLiveness() {
        return features.contains("liveness") || expectedResult.equals("liveness");
    }
}
