package io.tlaplex.worker.trace;

import java.util.List;

/**
 * The part of a trace one node could rebuild, oldest step first. When {@code continueAt} is
 * {@link TraceRef#INITIAL} the first step is an initial state; otherwise the trace goes on, backwards,
 * at that position on another node.
 */
public record TracePath(List<TraceRecord> steps, long continueAt) {
    public TracePath {
        steps = List.copyOf(steps);
    }

    public boolean isComplete() {
        return continueAt == TraceRef.INITIAL;
    }
}
