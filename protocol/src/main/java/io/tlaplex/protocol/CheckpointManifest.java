package io.tlaplex.protocol;

import com.google.protobuf.InvalidProtocolBufferException;
import io.tlaplex.protocol.proto.CheckpointProtos;
import java.io.IOException;
import java.util.List;

/**
 * The record of one checkpoint epoch: which run, which spec and config, which fingerprint seed and
 * cluster shape, and every file with its size and checksum. The coordinator writes it with
 * {@code committed = false}, then rewrites it committed (write, fsync, rename); only a committed
 * manifest is ever restored. It is also a {@link ControlMessage}, so a new coordinator can ship it.
 *
 * @param formatVersion   layout version of the checkpoint files the manifest lists
 * @param runId           id of the run
 * @param epoch           the checkpoint epoch
 * @param specHash        hash of the spec source text
 * @param configHash      hash of the model config
 * @param fingerprintSeed seed of the state fingerprint function
 * @param nodeCount       nodes in the run at this epoch
 * @param workerCount     workers over all nodes at this epoch
 * @param files           every file of the epoch, over all nodes
 * @param committed       whether the epoch is complete and may be restored
 */
public record CheckpointManifest(int formatVersion, long runId, int epoch, String specHash, String configHash,
                                 long fingerprintSeed, int nodeCount, int workerCount, List<CheckpointFile> files,
                                 boolean committed) implements ControlMessage {

    /** Copies the file list and checks the components. */
    public CheckpointManifest {
        Check.positive(formatVersion, "formatVersion");
        Check.epoch(epoch);
        Check.text(specHash, "specHash");
        Check.text(configHash, "configHash");
        Check.positive(nodeCount, "nodeCount");
        Check.positive(workerCount, "workerCount");
        files = List.copyOf(files);
    }

    /** Returns the same manifest marked committed. */
    public CheckpointManifest commit() {
        return new CheckpointManifest(formatVersion, runId, epoch, specHash, configHash, fingerprintSeed, nodeCount,
                workerCount, files, true);
    }

    /** Returns the manifest's file contents (protobuf). */
    public byte[] toBytes() {
        return toProto().toByteArray();
    }

    /**
     * Reads a manifest written by {@link #toBytes()}.
     *
     * @throws IOException when the bytes are not a well-formed manifest
     */
    public static CheckpointManifest fromBytes(byte[] bytes) throws IOException {
        try {
            return fromProto(CheckpointProtos.CheckpointManifest.parseFrom(bytes));
        } catch (InvalidProtocolBufferException | RuntimeException e) {
            throw new IOException("malformed checkpoint manifest: " + e.getMessage(), e);
        }
    }

    CheckpointProtos.CheckpointManifest toProto() {
        CheckpointProtos.CheckpointManifest.Builder b = CheckpointProtos.CheckpointManifest.newBuilder()
                .setFormatVersion(formatVersion)
                .setRunId(runId)
                .setEpoch(epoch)
                .setSpecHash(specHash)
                .setConfigHash(configHash)
                .setFingerprintSeed(fingerprintSeed)
                .setNodeCount(nodeCount)
                .setWorkerCount(workerCount)
                .setCommitted(committed);
        for (CheckpointFile file : files) {
            b.addFiles(file.toProto());
        }
        return b.build();
    }

    static CheckpointManifest fromProto(CheckpointProtos.CheckpointManifest p) {
        return new CheckpointManifest(p.getFormatVersion(), p.getRunId(), p.getEpoch(), p.getSpecHash(),
                p.getConfigHash(), p.getFingerprintSeed(), p.getNodeCount(), p.getWorkerCount(),
                p.getFilesList().stream().map(CheckpointFile::fromProto).toList(), p.getCommitted());
    }
}
