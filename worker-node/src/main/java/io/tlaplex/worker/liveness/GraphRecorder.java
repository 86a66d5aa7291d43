package io.tlaplex.worker.liveness;

import io.tlaplex.worker.explore.EncodableStateModel;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Installs the recording of the behaviour graph: wraps the model of each exploring thread (see
 * {@link RecordingModel}) and, once the search has ended, hands the recorded files to {@link BehaviourGraph}, or, on
 * a node of a cluster run, seals them with an index for the coordinator to {@link #gather}. {@link #wrap} is called
 * on the thread that sets the run up; {@link #finish} and {@link #seal} after every worker has stopped.
 */
public final class GraphRecorder<S> implements AutoCloseable {
    private static final String INDEX_HEADER = "tlaplex-live-index 1";

    private final Path dir;
    private final String prefix;
    private final int stateWords;
    private final int actionWords;
    private final List<RecordWriter> writers = new ArrayList<>();
    private final RecordWriter inits;
    /** Files of the run a checkpoint resumes, by name, with the longs to keep, not yet reopened by {@link #wrap}. */
    private final Map<String, Long> resumed = new TreeMap<>();

    /** Records into {@code dir} (which must exist) with the given label sizes in longs. */
    public GraphRecorder(Path dir, int stateWords, int actionWords) {
        this(dir, "live-", stateWords, actionWords);
    }

    /**
     * Records into files of {@code dir} whose names start with {@code prefix}, so that several recorders (the nodes
     * of a cluster run) can share one folder.
     */
    public GraphRecorder(Path dir, String prefix, int stateWords, int actionWords) {
        this.dir = dir;
        this.prefix = prefix;
        this.stateWords = stateWords;
        this.actionWords = actionWords;
        this.inits = new RecordWriter(dir.resolve(prefix + "init.bin"));
    }

    /** The model for one exploring thread; the first one wrapped records the initial states too. */
    public synchronized EncodableStateModel<S> wrap(EncodableStateModel<S> model, LiveLabeler<S> labeler) {
        RecordWriter w = new RecordWriter(dir.resolve(prefix + writers.size() + ".bin"));
        Long keep = resumed.remove(w.file().getFileName().toString());
        if (keep != null) {
            w.resumeAt(keep);
        }
        writers.add(w);
        return new RecordingModel<>(model, labeler, w, inits, stateWords, actionWords);
    }

    /**
     * Goes on from a checkpoint: keeps the first {@code bytes.get(name)} bytes of each of this recorder's files the
     * checkpoint lists (a file no thread of this run writes is read as it is) and removes its other files, which a
     * run that crashed after the checkpoint left. Before the first {@link #wrap}.
     */
    public synchronized void resume(Map<String, Long> bytes) {
        if (!writers.isEmpty()) {
            throw new IllegalStateException("resume before the first exploring thread is wrapped");
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, prefix + "*.bin")) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                Long kept = bytes.get(name);
                if (kept == null) {
                    Files.delete(file);
                } else if (name.equals(inits.file().getFileName().toString())) {
                    inits.resumeAt(kept / Long.BYTES);
                } else {
                    resumed.put(name, kept / Long.BYTES);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restore the behaviour graph in " + dir, e);
        }
    }

    /**
     * While no exploring thread runs: hands every buffered record to its file and returns each file with its length
     * in bytes, for a checkpoint to keep the files up to there.
     */
    public synchronized Map<Path, Long> capture() {
        Map<Path, Long> ends = new TreeMap<>();
        for (RecordWriter w : allWriters()) {
            w.drain();
            ends.put(w.file(), w.length() * Long.BYTES);
        }
        return ends;
    }

    /** Makes what {@link #capture} handed over durable; while the exploring threads go on. */
    public synchronized void syncWritten() {
        for (RecordWriter w : allWriters()) {
            w.syncWritten();
        }
    }

    private List<RecordWriter> allWriters() {
        List<RecordWriter> all = new ArrayList<>(writers);
        all.add(inits);
        for (Map.Entry<String, Long> file : resumed.entrySet()) {
            all.add(RecordWriter.written(dir.resolve(file.getKey()), file.getValue()));
        }
        return all;
    }

    /** Builds the graph from what was recorded; call once, after the search. */
    public synchronized BehaviourGraph finish() {
        inits.close();
        List<RecordWriter> done = new ArrayList<>(writers);
        for (RecordWriter w : writers) {
            w.close();
        }
        for (Map.Entry<String, Long> file : resumed.entrySet()) {
            done.add(RecordWriter.written(dir.resolve(file.getKey()), file.getValue()));
        }
        return BehaviourGraph.build(dir, done, inits, stateWords, actionWords);
    }

    /**
     * Closes the record files and then writes {@code index}, which names them with their lengths, atomically (a
     * reader that sees the index sees complete files). Call once, after the search; {@link #gather} reads it.
     */
    public synchronized void seal(Path index) {
        inits.close();
        StringBuilder text = new StringBuilder(INDEX_HEADER).append('\n');
        text.append("words ").append(stateWords).append(' ').append(actionWords).append('\n');
        text.append("init ").append(inits.length()).append(' ').append(inits.file().getFileName()).append('\n');
        for (RecordWriter w : writers) {
            w.close();
            text.append("states ").append(w.length()).append(' ').append(w.file().getFileName()).append('\n');
        }
        Path partial = index.resolveSibling(index.getFileName() + ".partial");
        try {
            Files.writeString(partial, text, StandardCharsets.UTF_8);
            Files.move(partial, index, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + index, e);
        }
    }

    /**
     * Builds one graph from the files sealed by several recorders, their {@code indexes} in the order of the nodes
     * (the initial states keep the order they were generated in); the graph's own arrays go to {@code scratch}.
     * Steps into states no recorder expanded are dropped, as {@link #finish} drops them.
     */
    public static BehaviourGraph gather(List<Path> indexes, Path scratch, int stateWords, int actionWords) {
        List<RecordWriter> states = new ArrayList<>();
        RecordWriter inits = new RecordWriter(scratch.resolve("gathered-init.bin"));
        try {
            for (Path index : indexes) {
                readIndex(index, stateWords, actionWords, states, inits);
            }
        } finally {
            inits.close();
        }
        return BehaviourGraph.build(scratch, states, inits, stateWords, actionWords);
    }

    /** Adds the index's state files to {@code states} and copies its initial states to {@code inits}. */
    private static void readIndex(Path index, int stateWords, int actionWords, List<RecordWriter> states,
            RecordWriter inits) {
        List<String> lines;
        try {
            lines = Files.readAllLines(index, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + index, e);
        }
        String words = "words " + stateWords + " " + actionWords;
        if (lines.size() < 3 || !lines.get(0).equals(INDEX_HEADER) || !lines.get(1).equals(words)) {
            throw new IllegalStateException(index + " is not an index of this spec's behaviour graph (expected "
                    + words + ")");
        }
        for (String line : lines.subList(2, lines.size())) {
            String[] parts = line.split(" ", 3);
            if (parts.length != 3 || !(parts[0].equals("init") || parts[0].equals("states"))) {
                throw new IllegalStateException("malformed line in " + index + ": " + line);
            }
            RecordWriter file = RecordWriter.written(checkedFile(index, parts[2], Long.parseLong(parts[1])),
                    Long.parseLong(parts[1]));
            if (parts[0].equals("states")) {
                states.add(file);
            } else {
                try (RecordReader r = new RecordReader(file.file(), file.length())) {
                    while (r.hasNext()) {
                        inits.putLong(r.next());
                    }
                }
            }
        }
    }

    /** The file {@code name} beside {@code index}, which must hold {@code length} longs. */
    private static Path checkedFile(Path index, String name, long length) {
        Path file = index.resolveSibling(name);
        if (!file.getParent().equals(index.getParent()) || name.contains(File.separator)) {
            throw new IllegalStateException(index + " names a file outside its folder: " + name);
        }
        try {
            long bytes = Files.size(file);
            if (bytes != length * Long.BYTES) {
                throw new IllegalStateException(file + " holds " + bytes + " bytes, its index says " + length
                        + " longs");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return file;
    }

    /** Removes the files an index names, then the index. */
    public static void deleteSealed(Path index) {
        try {
            if (!Files.exists(index)) {
                return;
            }
            for (String line : Files.readAllLines(index, StandardCharsets.UTF_8)) {
                String[] parts = line.split(" ", 3);
                if (parts.length == 3 && (parts[0].equals("init") || parts[0].equals("states"))
                        && !parts[2].contains(File.separator)) {
                    Files.deleteIfExists(index.resolveSibling(parts[2]));
                }
            }
            Files.deleteIfExists(index);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the files of " + index, e);
        }
    }

    /** Closes the record files and keeps them: a checkpoint refers to them. */
    public synchronized void closeKeepingFiles() {
        for (RecordWriter w : writers) {
            w.close();
        }
        inits.close();
    }

    @Override
    public synchronized void close() {
        for (RecordWriter w : writers) {
            w.close();
            File f = w.file().toFile();
            if (f.exists() && !f.delete()) {
                f.deleteOnExit();
            }
        }
        inits.close();
        File f = inits.file().toFile();
        if (f.exists() && !f.delete()) {
            f.deleteOnExit();
        }
    }
}
