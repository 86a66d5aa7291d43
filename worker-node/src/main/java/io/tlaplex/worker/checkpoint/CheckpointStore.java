package io.tlaplex.worker.checkpoint;

import io.tlaplex.protocol.CheckpointFile;
import io.tlaplex.protocol.CheckpointManifest;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * A checkpoint directory: one sub-directory of files per epoch and one manifest per committed epoch. A manifest is
 * committed atomically (write, fsync, rename) and only after every file it lists is on disk; the last
 * {@link #KEEP} committed epochs are kept. Restore takes the newest committed epoch whose manifest and files all
 * verify, names every file that did not, and never uses a manifest that is not committed.
 */
public final class CheckpointStore {
    public static final int KEEP = 2;
    private static final byte[] MAGIC = {'T', 'L', 'X', 'M'};
    private static final int FORMAT = 1;
    private static final int HEADER_BYTES = 16;
    private static final Pattern MANIFEST = Pattern.compile("manifest-(\\d{8})\\.tlxm");

    private final Path root;

    /** A restorable epoch, and why newer ones were passed over. */
    public record Restored(CheckpointManifest manifest, List<String> skipped) {
    }

    public CheckpointStore(Path root) throws CheckpointException {
        this.root = root;
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new CheckpointException("cannot create checkpoint directory " + root + ": " + e.getMessage(), e);
        }
    }

    public Path root() {
        return root;
    }

    /** The directory that holds the files of {@code epoch}, created if needed. */
    public Path epochDirectory(int epoch) throws CheckpointException {
        Path dir = root.resolve(String.format("epoch-%08d", epoch));
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new CheckpointException("cannot create " + dir + ": " + e.getMessage(), e);
        }
        return dir;
    }

    /** The newest committed epoch, if any manifest file is there (verified or not). */
    public OptionalInt lastCommittedEpoch() throws CheckpointException {
        List<Integer> epochs = manifestEpochs();
        return epochs.isEmpty() ? OptionalInt.empty() : OptionalInt.of(epochs.get(epochs.size() - 1));
    }

    /**
     * Commits {@code manifest} (marked committed here) after checking that every file it lists is on disk with at
     * least its recorded size, then removes epochs older than the last {@link #KEEP}.
     */
    public void commit(CheckpointManifest manifest) throws CheckpointException {
        OptionalInt last = lastCommittedEpoch();
        if (last.isPresent() && manifest.epoch() <= last.getAsInt()) {
            throw new CheckpointException("epoch " + manifest.epoch() + " is not after the last committed epoch "
                    + last.getAsInt() + " in " + root);
        }
        for (CheckpointFile f : manifest.files()) {
            Path file = CheckpointPaths.resolve(root, f.path());
            try {
                if (Files.size(file) < f.endBytes()) {
                    throw new CheckpointException("cannot commit epoch " + manifest.epoch() + ": " + file
                            + " is shorter than the " + f.endBytes() + " bytes listed");
                }
            } catch (IOException e) {
                throw new CheckpointException("cannot commit epoch " + manifest.epoch() + ": " + file
                        + " is missing or unreadable", e);
            }
        }
        try {
            DurableFiles.writeAtomically(manifestPath(manifest.epoch()), encode(manifest.commit()));
        } catch (IOException e) {
            throw new CheckpointException("cannot write the manifest of epoch " + manifest.epoch() + " in " + root
                    + ": " + e.getMessage(), e);
        }
        prune();
    }

    /** The newest committed epoch whose manifest and files verify; fails naming every problem when none does. */
    public Restored latest() throws CheckpointException {
        List<Integer> epochs = manifestEpochs();
        if (epochs.isEmpty()) {
            throw new CheckpointException("no committed checkpoint in " + root);
        }
        List<String> skipped = new ArrayList<>();
        for (int i = epochs.size() - 1; i >= 0; i--) {
            Path path = manifestPath(epochs.get(i));
            CheckpointManifest manifest;
            try {
                manifest = decode(path, Files.readAllBytes(path));
            } catch (IOException e) {
                skipped.add(e.getMessage());
                continue;
            }
            Optional<String> problem = firstProblem(manifest);
            if (problem.isEmpty()) {
                return new Restored(manifest, List.copyOf(skipped));
            }
            skipped.add("epoch " + manifest.epoch() + ": " + problem.get());
        }
        throw new CheckpointException("no usable checkpoint in " + root + ": " + String.join("; ", skipped));
    }

    private Optional<String> firstProblem(CheckpointManifest manifest) {
        if (!manifest.committed()) {
            return Optional.of("the manifest is not committed");
        }
        for (CheckpointFile f : manifest.files()) {
            Optional<String> problem = FileDigest.problem(root, f);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    private void prune() throws CheckpointException {
        List<Integer> epochs = manifestEpochs();
        int keepFrom = epochs.size() >= KEEP ? epochs.get(epochs.size() - KEEP) : Integer.MIN_VALUE;
        try (Stream<Path> entries = Files.list(root)) {
            for (Path p : entries.toList()) {
                String name = p.getFileName().toString();
                Matcher m = MANIFEST.matcher(name);
                boolean oldManifest = m.matches() && Integer.parseInt(m.group(1)) < keepFrom;
                boolean oldEpochDir = name.matches("epoch-\\d{8}") && Integer.parseInt(name.substring(6)) < keepFrom;
                if (oldManifest) {
                    Files.deleteIfExists(p);
                } else if (oldEpochDir) {
                    deleteTree(p);
                }
            }
        } catch (IOException e) {
            throw new CheckpointException("cannot remove old checkpoint epochs in " + root + ": " + e.getMessage(), e);
        }
        DurableFiles.syncDirectory(root);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private List<Integer> manifestEpochs() throws CheckpointException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(root)) {
            return entries.map(p -> MANIFEST.matcher(p.getFileName().toString())).filter(Matcher::matches)
                    .map(m -> Integer.parseInt(m.group(1))).sorted().toList();
        } catch (IOException e) {
            throw new CheckpointException("cannot list checkpoint directory " + root + ": " + e.getMessage(), e);
        }
    }

    private Path manifestPath(int epoch) {
        return root.resolve(String.format("manifest-%08d.tlxm", epoch));
    }

    static byte[] encode(CheckpointManifest manifest) {
        byte[] payload = manifest.toBytes();
        CRC32C crc = new CRC32C();
        crc.update(payload);
        return ByteBuffer.allocate(HEADER_BYTES + payload.length).put(MAGIC).putInt(FORMAT)
                .putInt((int) crc.getValue()).putInt(payload.length).put(payload).array();
    }

    static CheckpointManifest decode(Path path, byte[] bytes) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        if (bytes.length < HEADER_BYTES || in.get() != MAGIC[0] || in.get() != MAGIC[1] || in.get() != MAGIC[2]
                || in.get() != MAGIC[3]) {
            throw new IOException(path + " is not a tlaplex checkpoint manifest");
        }
        int format = in.getInt();
        if (format != FORMAT) {
            throw new IOException(path + " has manifest format " + format + "; this tlaplex reads format " + FORMAT);
        }
        long crc = Integer.toUnsignedLong(in.getInt());
        int length = in.getInt();
        if (length != bytes.length - HEADER_BYTES) {
            throw new IOException(path + " is truncated: " + (bytes.length - HEADER_BYTES) + " of " + length
                    + " manifest bytes");
        }
        CRC32C actual = new CRC32C();
        actual.update(bytes, HEADER_BYTES, length);
        if (actual.getValue() != crc) {
            throw new IOException(path + " is corrupted: its checksum does not match");
        }
        byte[] payload = new byte[length];
        in.get(payload);
        return CheckpointManifest.fromBytes(payload);
    }
}
