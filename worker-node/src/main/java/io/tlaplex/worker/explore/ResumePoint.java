package io.tlaplex.worker.explore;

import io.tlaplex.protocol.CheckpointFile;
import io.tlaplex.protocol.CheckpointManifest;
import io.tlaplex.worker.checkpoint.CheckpointException;
import io.tlaplex.worker.checkpoint.CheckpointStore;
import io.tlaplex.worker.checkpoint.ChecksummedFile;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The last committed checkpoint of a single-JVM run, verified and ready to resume: the level to go on with, the
 * counters so far, the trace logs to keep (each cut back to its recorded end) and the files of the fingerprint
 * shard and of the queued states. Also writes and reads the small progress file of an epoch.
 *
 * @param skipped why newer epochs were passed over (corrupted or missing files), for the user to see
 */
public record ResumePoint(CheckpointManifest manifest, Path directory, int level, long generated, long distinct,
        int logLimit, long[] logEnds, List<String> skipped) {
    static final String PROGRESS = "progress.bin";
    static final String FINGERPRINTS = "fingerprints.bin";
    static final String FRONTIER = "frontier.bin";
    static final String TRACE_DIR = "trace";
    /** Where files attached to the search (the behaviour graph) lie in the checkpoint folder. */
    public static final String ATTACHED_DIR = "live";
    private static final int MAGIC = 0x544C5850; // "TLXP"
    private static final int FORMAT = 1;

    /**
     * The newest committed epoch in {@code directory} whose files verify, made by the same spec and config.
     *
     * @throws CheckpointException naming the file and the reason when there is none, or the spec differs
     */
    public static ResumePoint load(Path directory, String specHash, String configHash) throws CheckpointException {
        if (!Files.exists(directory)) {
            throw new CheckpointException("checkpoint directory " + directory + " does not exist");
        }
        if (!Files.isDirectory(directory)) {
            throw new CheckpointException(directory + " is not a checkpoint directory (it is a file)");
        }
        CheckpointStore.Restored restored = new CheckpointStore(directory).latest();
        CheckpointManifest m = restored.manifest();
        if (!m.specHash().equals(specHash)) {
            throw new CheckpointException("the checkpoint in " + directory + " was made from another spec (hash "
                    + m.specHash() + ", this spec " + specHash + ")");
        }
        if (!m.configHash().equals(configHash)) {
            throw new CheckpointException("the checkpoint in " + directory + " was made with another model config "
                    + "(hash " + m.configHash() + ", this config " + configHash + ")");
        }
        Path progress = epochFile(directory, m.epoch(), PROGRESS);
        try (InputStream raw = Files.newInputStream(progress); DataInputStream in = new DataInputStream(raw)) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
                throw new CheckpointException(progress + " is not a tlaplex progress file of format " + FORMAT);
            }
            int level = in.readInt();
            long generated = in.readLong();
            long distinct = in.readLong();
            int logLimit = in.readInt();
            long[] ends = new long[logLimit];
            for (int i = 0; i < logLimit; i++) {
                ends[i] = in.readLong();
            }
            return new ResumePoint(m, directory, level, generated, distinct, logLimit, ends, restored.skipped());
        } catch (EOFException e) {
            throw new CheckpointException(progress + " is truncated", e);
        } catch (IOException e) {
            throw new CheckpointException("cannot read " + progress + ": " + e.getMessage(), e);
        }
    }

    static CheckpointFile writeProgress(Path file, Path root, int level, long generated, long distinct,
            long[] logEnds) throws IOException, CheckpointException {
        try (ChecksummedFile raw = new ChecksummedFile(file);
             DataOutputStream out = new DataOutputStream(raw)) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeInt(level);
            out.writeLong(generated);
            out.writeLong(distinct);
            out.writeInt(logEnds.length);
            for (long end : logEnds) {
                out.writeLong(end);
            }
            out.flush();
            return raw.finish(root, 0);
        }
    }

    /**
     * The checked ranges of the trace logs and attached files this checkpoint covers, to carry on in the next epochs'
     * manifests.
     */
    List<CheckpointFile> traceSegments() {
        return manifest.files().stream().filter(f -> f.path().startsWith(TRACE_DIR + "/")
                || f.path().startsWith(ATTACHED_DIR + "/")).toList();
    }

    /** The attached files ({@link #ATTACHED_DIR}) this checkpoint keeps, by name, with the bytes to keep of each. */
    public Map<String, Long> attachedEnds() {
        Map<String, Long> ends = new TreeMap<>();
        for (CheckpointFile f : manifest.files()) {
            if (f.path().startsWith(ATTACHED_DIR + "/")) {
                ends.merge(f.path().substring(ATTACHED_DIR.length() + 1), f.offsetBytes() + f.sizeBytes(), Math::max);
            }
        }
        return ends;
    }

    static Path epochFile(Path directory, int epoch, String name) {
        return directory.resolve(String.format("epoch-%08d", epoch)).resolve(name);
    }

    Path fingerprintsFile() {
        return epochFile(directory, manifest.epoch(), FINGERPRINTS);
    }

    Path frontierFile() {
        return epochFile(directory, manifest.epoch(), FRONTIER);
    }

    Path traceDirectory() {
        return directory.resolve(TRACE_DIR);
    }
}
