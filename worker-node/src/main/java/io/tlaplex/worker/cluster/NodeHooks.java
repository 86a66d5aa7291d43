package io.tlaplex.worker.cluster;

/**
 * How a {@link ClusterNode} shows evaluation errors and whom it tells about idleness and failures.
 *
 * @param errors   turns the model's exceptions into TLC's messages
 * @param listener the control bridge
 */
public record NodeHooks(ErrorFormat errors, NodeListener listener) {
}
