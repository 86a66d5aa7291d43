package io.tlaplex.coordinator.phase;

import io.tlaplex.frontend.eval.CompiledSpec;
import io.tlaplex.frontend.eval.State;
import io.tlaplex.frontend.eval.live.LiveSpec;
import io.tlaplex.worker.explore.EncodableStateModel;
import io.tlaplex.worker.liveness.GraphRecorder;
import io.tlaplex.worker.spec.SpecStateModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The liveness part of one node of a cluster run: its models record the states this node expands, with their
 * labels and steps, into the run's shared folder (file names carry the node id, so nodes never collide), and after
 * the run {@link #seal} writes the index the coordinator waits for ({@link LiveGather}). The files stay until the
 * coordinator has read them. {@link #models} runs on the node's control actor, {@link #seal} on the command's thread
 * once the node's process has finished its run.
 */
public final class LiveNode {
    private final Path dir;
    private final int nodeId;
    private GraphRecorder<State> recorder;

    /** {@code dir}: the folder shared with the coordinator, or null when none was given. */
    public LiveNode(Path dir, int nodeId) {
        this.dir = dir;
        this.nodeId = nodeId;
    }

    /** Where node {@code nodeId} writes its index in {@code dir}. */
    static Path index(Path dir, int nodeId) {
        return dir.resolve("live-node" + nodeId + ".index");
    }

    private static String prefix(int nodeId) {
        return "live-node" + nodeId + "-";
    }

    /**
     * The models of an engine about to start: {@code plain} itself for a spec without temporal properties, else
     * recording ones. A second engine (a restarted run) records afresh.
     *
     * @throws IllegalStateException when the spec has temporal properties and no folder was given
     */
    public IntFunction<? extends EncodableStateModel<State>> models(CompiledSpec spec,
            IntFunction<SpecStateModel> plain) {
        LiveSpec live = spec.liveness();
        if (live.isEmpty()) {
            return plain;
        }
        if (dir == null) {
            throw new IllegalStateException("the spec has temporal properties: give the coordinator and every node "
                    + "-live-dir DIR, a folder they share");
        }
        removeOwnFiles();
        GraphRecorder<State> r = new GraphRecorder<>(dir, prefix(nodeId), live.stateWords(), live.actionWords());
        recorder = r;
        return id -> {
            SpecStateModel model = plain.apply(id);
            return r.wrap(model, new WorkerLabeler(model.worker()));
        };
    }

    /** Closes the record files and writes this node's index; call once the node's engine has stopped. */
    public void seal() {
        if (recorder != null) {
            recorder.seal(index(dir, nodeId));
            recorder = null;
        }
    }

    /** Files of an earlier run (or engine) of this node id: their names would collide. */
    private void removeOwnFiles() {
        if (recorder != null) {
            recorder.close();
            recorder = null;
        }
        String prefix = prefix(nodeId);
        String index = index(dir, nodeId).getFileName().toString();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir + " for the behaviour graph", e);
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.startsWith(prefix) || name.startsWith(index)) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + dir + " for the behaviour graph", e);
        }
    }

    /** The indexes of nodes {@code 0 .. nodes - 1} in {@code dir}, in node order. */
    static List<Path> indexes(Path dir, int nodes) {
        return IntStream.range(0, nodes).mapToObj(id -> index(dir, id)).toList();
    }
}
