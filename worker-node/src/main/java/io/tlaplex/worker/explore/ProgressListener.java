package io.tlaplex.worker.explore;

/** Receives the search's counters now and then; called on one exploring thread at a time. */
public interface ProgressListener {

    ProgressListener NONE = (depth, generated, distinct, queued) -> { };

    void progress(int depth, long generated, long distinct, long queued);

    /** Called once, after the initial states were computed, with how many distinct ones there are. */
    default void initialStatesDone(long distinct) {
    }

    /**
     * Called after checkpoint {@code epoch}, taken at {@code level} with the workers paused for {@code pauseNanos},
     * was committed; from the thread that wrote it, possibly while workers report progress.
     */
    default void checkpointed(int epoch, int level, long queuedStates, long pauseNanos) {
    }
}
