package io.tlaplex.coordinator.phase;

import io.tlaplex.frontend.eval.State;
import io.tlaplex.frontend.eval.live.LiveSpec;
import io.tlaplex.worker.explore.CheckpointAttachment;
import io.tlaplex.worker.explore.EncodableStateModel;
import io.tlaplex.worker.explore.ResumePoint;
import io.tlaplex.worker.liveness.BehaviourGraph;
import io.tlaplex.worker.liveness.GraphRecorder;
import io.tlaplex.worker.liveness.Lasso;
import io.tlaplex.worker.liveness.LivenessChecker;
import io.tlaplex.worker.spec.SpecStateModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The liveness part of one local check: a folder for the recorded behaviour graph, the recorder wrapped around
 * every exploring thread's model, and the check after the search, on as many threads as explored. Only created
 * when the spec has temporal properties, so that other runs pay nothing. Used from the thread that drives the run.
 */
final class LiveRun implements AutoCloseable {
    /** Developer setting for benchmarks: the number of threads of the search after exploration. */
    static final String THREADS_PROPERTY = "tlaplex.live.threads";

    private final LiveSpec spec;
    private final Path dir;
    /** Whether the folder is the run's own (removed at the end) rather than a checkpoint's. */
    private final boolean temporary;
    private final GraphRecorder<State> recorder;
    private final AtomicInteger explorers = new AtomicInteger();

    private LiveRun(LiveSpec spec, Path dir, boolean temporary) {
        this.spec = spec;
        this.dir = dir;
        this.temporary = temporary;
        this.recorder = new GraphRecorder<>(dir, spec.stateWords(), spec.actionWords());
    }

    /**
     * Records into a temporary folder, or, for a run with checkpoints, into their folder's {@code live}, where the
     * checkpoints keep the record files up to each epoch's end (see {@link #attachment}).
     */
    static LiveRun open(LiveSpec spec, CheckpointOptions checkpoints) {
        try {
            if (checkpoints == null) {
                return new LiveRun(spec, Files.createTempDirectory("tlaplex-live-"), true);
            }
            Path dir = checkpoints.directory().resolve(ResumePoint.ATTACHED_DIR);
            Files.createDirectories(dir);
            return new LiveRun(spec, dir, false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a working folder for liveness checking", e);
        }
    }

    /** The record files as checkpoints keep them. */
    CheckpointAttachment attachment() {
        return new CheckpointAttachment() {
            @Override
            public Map<Path, Long> capture() {
                return recorder.capture();
            }

            @Override
            public void sync() {
                recorder.syncWritten();
            }
        };
    }

    /** Goes on from {@code point}: the record files cut back to its epoch; before the search starts. */
    void resume(ResumePoint point) {
        Map<String, Long> ends = point.attachedEnds();
        if (ends.isEmpty()) {
            throw new CheckpointFailure("cannot recover: the checkpoint in " + point.directory() + " holds no "
                    + "behaviour graph for the temporal properties (it was written without them)");
        }
        recorder.resume(ends);
    }

    /** {@code model} recording the behaviour graph, or {@code model} itself without liveness checking. */
    static EncodableStateModel<State> wrap(LiveRun run, SpecStateModel model) {
        if (run == null) {
            return model;
        }
        run.explorers.incrementAndGet();
        return run.recorder.wrap(model, new WorkerLabeler(model.worker()));
    }

    Lasso check() {
        try (BehaviourGraph graph = recorder.finish()) {
            return new LivenessChecker(graph, spec, dir, threads()).check();
        }
    }

    /** One per exploring thread, unless {@link #THREADS_PROPERTY} says otherwise. */
    private int threads() {
        return threads(explorers.get());
    }

    /** The search's threads: {@code fallback} (at least one), unless {@link #THREADS_PROPERTY} says otherwise. */
    static int threads(int wanted) {
        int fallback = Math.max(1, wanted);
        try {
            return Math.max(1, Integer.parseInt(System.getProperty(THREADS_PROPERTY, String.valueOf(fallback))));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    @Override
    public void close() {
        if (!temporary) {
            recorder.closeKeepingFiles();
            return;
        }
        recorder.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + dir, e);
        }
    }
}
