package io.tlaplex.worker.explore;

/** Receives the search's counters now and then; called on the exploring thread. */
public interface ProgressListener {

    ProgressListener NONE = (depth, generated, distinct, queued) -> { };

    void progress(int depth, long generated, long distinct, long queued);
}
