package io.tlaplex.worker.explore;

/**
 * A {@link StateModel} whose states can be queued as bytes: what {@link ParallelExplorer} needs from the model of
 * each worker. One instance per worker thread, as it holds that worker's evaluation context.
 */
public interface EncodableStateModel<S> extends StateModel<S>, StateCodec<S> {
}
