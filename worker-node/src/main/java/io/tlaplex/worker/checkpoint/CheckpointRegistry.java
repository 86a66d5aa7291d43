package io.tlaplex.worker.checkpoint;

import io.tlaplex.protocol.CheckpointManifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.TreeSet;
import java.util.SortedSet;
import net.openhft.chronicle.map.ChronicleMap;
import net.openhft.chronicle.map.ChronicleMapBuilder;

/**
 * A node's durable record of the checkpoint epochs it took part in: epoch to its files (sizes, checksums) and its
 * share of the shard space (node id and node count), in a persisted, memory-mapped Chronicle Map, so that a node
 * restarted on the same host after {@code kill -9} finds it. Written once per checkpoint, never per state.
 * Needs Chronicle's JVM flags (the launcher and the build pass them).
 */
public final class CheckpointRegistry implements AutoCloseable {
    /** Epochs the file is sized for; committed epochs are pruned to the last few, so this is never reached. */
    private static final int MAX_EPOCHS = 1024;
    private static final int AVERAGE_ENTRY_BYTES = 4096;

    static {
        // Chronicle would otherwise send usage analytics and write under the user's home directory.
        System.setProperty("chronicle.analytics.disable", "true");
        System.setProperty("chronicle.announcer.disable", "true");
    }

    private final Path file;
    private final ChronicleMap<Integer, byte[]> map;

    private CheckpointRegistry(Path file, ChronicleMap<Integer, byte[]> map) {
        this.file = file;
        this.map = map;
    }

    /**
     * Opens the registry at {@code file}, creating it, or else recovering it: its last user may have been killed
     * in the middle of a write, and only this node's JVM ever opens it.
     */
    public static CheckpointRegistry open(Path file) throws CheckpointException {
        try {
            ChronicleMapBuilder<Integer, byte[]> builder = ChronicleMap.of(Integer.class, byte[].class)
                    .name("tlaplex-checkpoint-registry")
                    .entries(MAX_EPOCHS)
                    .averageValueSize(AVERAGE_ENTRY_BYTES);
            ChronicleMap<Integer, byte[]> map = Files.exists(file) ? builder.recoverPersistedTo(file.toFile(), true)
                    : builder.createPersistedTo(file.toFile());
            return new CheckpointRegistry(file, map);
        } catch (IOException | RuntimeException e) {
            throw new CheckpointException("cannot open checkpoint registry " + file + ": " + e.getMessage(), e);
        }
    }

    /** Records this node's view of {@code epoch}: its files and its shard share (node count in the manifest). */
    public void record(CheckpointManifest nodeEpoch) {
        map.put(nodeEpoch.epoch(), nodeEpoch.toBytes());
    }

    /** The recorded entry of {@code epoch}; a damaged entry is an error naming the registry file. */
    public Optional<CheckpointManifest> get(int epoch) throws CheckpointException {
        byte[] bytes = map.get(epoch);
        if (bytes == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(CheckpointManifest.fromBytes(bytes));
        } catch (IOException e) {
            throw new CheckpointException("checkpoint registry " + file + ", epoch " + epoch + ": " + e.getMessage(),
                    e);
        }
    }

    /** The recorded epochs, oldest first. */
    public SortedSet<Integer> epochs() {
        return new TreeSet<>(map.keySet());
    }

    /** Drops the entry of an epoch that is no longer kept. */
    public void forget(int epoch) {
        map.remove(epoch);
    }

    @Override
    public void close() {
        map.close();
    }
}
