package io.tlaplex.worker.liveness;

import io.tlaplex.worker.explore.EncodableStateModel;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Installs the recording of the behaviour graph: wraps the model of each exploring thread (see
 * {@link RecordingModel}) and, once the search has ended, hands the recorded files to {@link BehaviourGraph}.
 * {@link #wrap} is called on the thread that sets the run up; {@link #finish} after every worker has stopped.
 */
public final class GraphRecorder<S> implements AutoCloseable {
    private final Path dir;
    private final int stateWords;
    private final int actionWords;
    private final List<RecordWriter> writers = new ArrayList<>();
    private final RecordWriter inits;

    /** Records into {@code dir} (which must exist) with the given label sizes in longs. */
    public GraphRecorder(Path dir, int stateWords, int actionWords) {
        this.dir = dir;
        this.stateWords = stateWords;
        this.actionWords = actionWords;
        this.inits = new RecordWriter(dir.resolve("live-init.bin"));
    }

    /** The model for one exploring thread; the first one wrapped records the initial states too. */
    public synchronized EncodableStateModel<S> wrap(EncodableStateModel<S> model, LiveLabeler<S> labeler) {
        RecordWriter w = new RecordWriter(dir.resolve("live-" + writers.size() + ".bin"));
        writers.add(w);
        return new RecordingModel<>(model, labeler, w, inits, stateWords, actionWords);
    }

    /** Builds the graph from what was recorded; call once, after the search. */
    public synchronized BehaviourGraph finish() {
        inits.close();
        List<RecordWriter> done = List.copyOf(writers);
        for (RecordWriter w : done) {
            w.close();
        }
        return BehaviourGraph.build(dir, done, inits, stateWords, actionWords);
    }

    @Override
    public synchronized void close() {
        for (RecordWriter w : writers) {
            File f = w.file().toFile();
            if (f.exists() && !f.delete()) {
                f.deleteOnExit();
            }
        }
        File f = inits.file().toFile();
        if (f.exists() && !f.delete()) {
            f.deleteOnExit();
        }
    }
}
