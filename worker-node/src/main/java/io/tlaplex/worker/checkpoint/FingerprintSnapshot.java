package io.tlaplex.worker.checkpoint;

import io.tlaplex.protocol.CheckpointFile;
import io.tlaplex.worker.fpset.FingerprintSet;
import io.tlaplex.worker.fpset.FingerprintSource;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongPredicate;

/**
 * A node's fingerprint shard as a checkpoint file: a header (magic, format, count) and the fingerprints. Restoring
 * may keep only the fingerprints a node owns under a new owner function, so a run can resume on another number of
 * nodes. Integrity is checked by the manifest's CRC32C before the file is read.
 */
public final class FingerprintSnapshot {
    private static final int MAGIC = 0x544C5846; // "TLXF"
    private static final int FORMAT = 1;
    private static final int BATCH = 256;

    private FingerprintSnapshot() {
    }

    /** Writes every fingerprint of {@code set} (no insert may run meanwhile), fsyncs, and returns how many. */
    public static long write(FingerprintSource set, Path file) throws CheckpointException {
        return write(set, file, file.getParent(), 0).count();
    }

    /** What {@link #write(FingerprintSource, Path, Path, int)} wrote: how many fingerprints, and the file described. */
    public record Written(long count, CheckpointFile file) {
    }

    /** As {@link #write(FingerprintSource, Path)}, describing the file relative to {@code root} for a manifest. */
    public static Written write(FingerprintSource set, Path file, Path root, int nodeId) throws CheckpointException {
        long[] count = new long[1];
        try (ChecksummedFile raw = new ChecksummedFile(file);
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeLong(set.size());
            IOException[] failed = new IOException[1];
            set.forEach(fp -> {
                if (failed[0] == null) {
                    try {
                        out.writeLong(fp);
                        count[0]++;
                    } catch (IOException e) {
                        failed[0] = e;
                    }
                }
            });
            if (failed[0] != null) {
                throw failed[0];
            }
            if (count[0] != set.size()) {
                throw new IOException("the set listed " + count[0] + " fingerprints but holds " + set.size());
            }
            out.flush();
            return new Written(count[0], raw.finish(root, nodeId));
        } catch (IOException e) {
            throw new CheckpointException("cannot write fingerprint snapshot " + file + ": " + e.getMessage(), e);
        }
    }

    /** Inserts the fingerprints of {@code file} that {@code keep} accepts into {@code set}; returns how many. */
    public static long read(Path file, FingerprintSet set, LongPredicate keep) throws CheckpointException {
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            if (in.readInt() != MAGIC) {
                throw new CheckpointException(file + " is not a fingerprint snapshot");
            }
            int format = in.readInt();
            if (format != FORMAT) {
                throw new CheckpointException(file + " has snapshot format " + format + "; this tlaplex reads "
                        + FORMAT);
            }
            long count = in.readLong();
            long[] batch = new long[BATCH];
            boolean[] added = new boolean[BATCH];
            int pending = 0;
            long kept = 0;
            for (long i = 0; i < count; i++) {
                long fp = in.readLong();
                if (keep.test(fp)) {
                    batch[pending++] = fp;
                    if (pending == BATCH) {
                        kept += set.insertAll(batch, pending, added);
                        pending = 0;
                    }
                }
            }
            kept += set.insertAll(batch, pending, added);
            if (in.read() != -1) {
                throw new CheckpointException(file + " has bytes after its " + count + " fingerprints");
            }
            return kept;
        } catch (EOFException e) {
            throw new CheckpointException(file + " is truncated", e);
        } catch (IOException e) {
            throw new CheckpointException("cannot read fingerprint snapshot " + file + ": " + e.getMessage(), e);
        }
    }
}
