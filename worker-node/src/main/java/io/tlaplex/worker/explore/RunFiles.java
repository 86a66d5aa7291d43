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
 * folder with all it holds. A checkpointed run keeps its trace logs in the checkpoint folder instead, where they
 * outlive the run, and numbers its logs from a base past those of the run it resumes. Owned by the thread that
 * calls {@link ParallelExplorer#run()}.
 */
final class RunFiles implements AutoCloseable {
    private static final int TRACE_BUFFER_BYTES = 64 << 10;

    private final Path dir;
    private final Path traceDir;
    private final int logBase;
    private final TraceStore traceStore;
    private final List<StateQueue> queues = new ArrayList<>();
    private final List<TraceLog> logs = new ArrayList<>();

    private RunFiles(Path dir, Path traceDir, int logBase) {
        this.dir = dir;
        this.traceDir = traceDir;
        this.logBase = logBase;
        this.traceStore = new TraceStore(traceDir, 0);
    }

    static RunFiles create(Path workDir) {
        return create(workDir, null, 0);
    }

    /** As {@link #create(Path)}, with trace logs {@code logBase, logBase + 1, ...} in {@code traceDir} if not null. */
    static RunFiles create(Path workDir, Path traceDir, int logBase) {
        try {
            Files.createDirectories(workDir);
            Path dir = Files.createTempDirectory(workDir, "explore-");
            return new RunFiles(dir, traceDir == null ? dir.resolve("trace") : traceDir, logBase);
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

    /** Opens the log of worker {@code worker}: log id {@code logBase + worker}. */
    TraceLog openLog(int worker) {
        TraceLog log = traceStore.openLog(logBase + worker, TRACE_BUFFER_BYTES);
        logs.add(log);
        return log;
    }

    /** The logs opened so far, worker order. */
    List<TraceLog> logs() {
        return logs;
    }

    /** One past the highest log id this run writes: where a run resumed from its checkpoints starts numbering. */
    int logLimit() {
        return logBase + logs.size();
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
