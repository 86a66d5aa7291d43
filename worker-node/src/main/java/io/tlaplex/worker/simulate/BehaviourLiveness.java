package io.tlaplex.worker.simulate;

import io.tlaplex.frontend.eval.live.LiveSpec;
import io.tlaplex.worker.explore.EncodableStateModel;
import io.tlaplex.worker.explore.StateModel;
import io.tlaplex.worker.explore.TraceStep;
import io.tlaplex.worker.liveness.BehaviourGraph;
import io.tlaplex.worker.liveness.GraphRecorder;
import io.tlaplex.worker.liveness.Lasso;
import io.tlaplex.worker.liveness.LiveLabeler;
import io.tlaplex.worker.liveness.LivenessChecker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Checks finished behaviours of a simulation against the temporal properties as TLC does: on the graph of their own
 * states and steps, where every state may stutter and fairness is judged on the spec. One per simulating worker, on
 * its thread; each check's graph lives in a folder of its own under {@code scratch}, removed afterwards.
 */
public final class BehaviourLiveness<S> {
    private final EncodableStateModel<S> spec;
    private final LiveLabeler<S> labeler;
    private final LiveSpec live;
    private final Path scratch;

    /** {@code spec}: the worker's model of the spec; {@code labeler} evaluates the properties' predicates with it. */
    public BehaviourLiveness(EncodableStateModel<S> spec, LiveLabeler<S> labeler, LiveSpec live, Path scratch) {
        this.spec = spec;
        this.labeler = labeler;
        this.live = live;
        this.scratch = scratch;
    }

    /**
     * A violation on the graph of {@code behaviours} (each of at least one state), or null when there is none. A
     * behaviour cut at the depth limit can only violate a property by a cycle it closed or by stuttering where no
     * fair action is enabled; several behaviours together make a graph with all of each one's behaviours, so one
     * check clears them all when it finds nothing.
     */
    public TemporalViolation<S> check(List<List<TraceStep<S>>> behaviours) {
        Path dir = folder();
        try (GraphRecorder<S> recorder = new GraphRecorder<>(dir, live.stateWords(), live.actionWords())) {
            BehaviourReplay<S> replay = new BehaviourReplay<>(spec, behaviours);
            EncodableStateModel<S> recording = recorder.wrap(replay, labeler);
            StateModel.Sink<S> ignore = (state, actionId) -> { };
            recording.initialStates(ignore);
            for (S state : replay.distinctStates()) {
                recording.successors(state, ignore);
            }
            try (BehaviourGraph graph = recorder.finish()) {
                Lasso lasso = new LivenessChecker(graph, live, dir).check();
                if (lasso == null) {
                    return null;
                }
                return new TemporalViolation<>(LivenessChecker.states(replay, lasso), lasso.stuttering(),
                        lasso.backTo(), lasso.traceLength());
            }
        } finally {
            delete(dir);
        }
    }

    private Path folder() {
        try {
            return Files.createTempDirectory(scratch, "behaviour-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a folder for checking a behaviour in " + scratch, e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + dir, e);
        }
    }
}
