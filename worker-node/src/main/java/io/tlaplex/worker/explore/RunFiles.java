package io.tlaplex.worker.explore;

import io.tlaplex.worker.queue.StateQueue;
import io.tlaplex.worker.trace.TraceLog;
import io.tlaplex.worker.trace.TraceStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of one parallel run: a fresh folder under the caller's work directory holding the queues' spill
 * segments and the workers' trace logs. Closing closes every queue and log opened through it and deletes the
 * folder with all it holds. Owned by the thread that calls {@link ParallelExplorer#run()}.
 */
final class RunFiles implements AutoCloseable {
    private static final int TRACE_BUFFER_BYTES = 64 << 10;

    private final Path dir;
    private final TraceStore traceStore;
    private final List<StateQueue> queues = new ArrayList<>();
    private final List<TraceLog> logs = new ArrayList<>();

    private RunFiles(Path dir) {
        this.dir = dir;
        this.traceStore = new TraceStore(dir.resolve("trace"), 0);
    }

    static RunFiles create(Path workDir) {
        try {
            Files.createDirectories(workDir);
            return new RunFiles(Files.createTempDirectory(workDir, "explore-"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the exploration folder in " + workDir, e);
        }
    }

    Path dir() {
        return dir;
    }

    TraceStore traceStore() {
        return traceStore;
    }

    StateQueue openQueue(String name, long memoryBytes, int segmentBytes) {
        StateQueue queue = new StateQueue(dir.resolve("queues"), name, memoryBytes, segmentBytes);
        queues.add(queue);
        return queue;
    }

    TraceLog openLog(int logId) {
        TraceLog log = traceStore.openLog(logId, TRACE_BUFFER_BYTES);
        logs.add(log);
        return log;
    }

    /** Closes everything and deletes the folder; throws the first failure after trying every step. */
    @Override
    public void close() {
        RuntimeException failure = null;
        for (StateQueue queue : queues) {
            failure = attempt(queue::close, failure);
        }
        for (TraceLog log : logs) {
            failure = attempt(log::close, failure);
        }
        failure = attempt(this::deleteFolder, failure);
        if (failure != null) {
            throw failure;
        }
    }

    private void deleteFolder() {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the exploration folder " + dir, e);
        }
    }

    private static RuntimeException attempt(Runnable step, RuntimeException earlier) {
        try {
            step.run();
            return earlier;
        } catch (RuntimeException e) {
            if (earlier != null) {
                earlier.addSuppressed(e);
                return earlier;
            }
            return e;
        }
    }
}
