package io.tlaplex.coordinator.web;

/**
 * One node's latest figures as the run reports them; the board derives states/s from successive {@code generated}
 * counts. {@code fingerprintFill} is the fingerprint shard's used fraction (0..1); bytes are totals since the start.
 */
public record NodeStatus(int id, String host, boolean alive, long generated, long queued, double fingerprintFill,
        long bytesIn, long bytesOut) {
}
