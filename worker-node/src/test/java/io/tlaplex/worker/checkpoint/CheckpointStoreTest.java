package io.tlaplex.worker.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tlaplex.protocol.CheckpointFile;
import io.tlaplex.protocol.CheckpointManifest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointStoreTest {
    @TempDir
    Path dir;

    private CheckpointManifest epoch(CheckpointStore store, int epoch, String... contents) throws Exception {
        List<CheckpointFile> files = new ArrayList<>();
        Path epochDir = store.epochDirectory(epoch);
        for (int i = 0; i < contents.length; i++) {
            Path file = epochDir.resolve("node-" + i + ".bin");
            Files.writeString(file, contents[i]);
            files.add(FileDigest.describe(store.root(), file, i, -1));
        }
        return new CheckpointManifest(1, 77, epoch, "spec", "cfg", 5, contents.length, 2 * contents.length, files,
                false);
    }

    @Test
    void shouldRestoreTheLastCommittedEpochMarkedCommitted() throws Exception {
        CheckpointStore store = new CheckpointStore(dir);
        store.commit(epoch(store, 1, "a", "b"));
        store.commit(epoch(store, 2, "c", "d"));

        CheckpointStore.Restored restored = new CheckpointStore(dir).latest();

        assertEquals(2, restored.manifest().epoch());
        assertTrue(restored.manifest().committed());
        assertEquals(List.of(), restored.skipped());
        assertEquals("epoch-00000002/node-1.bin", restored.manifest().files().get(1).path());
    }

    @Test
    void shouldFallBackToThePreviousEpochAndNameTheCorruptedFile() throws Exception {
        CheckpointStore store = new CheckpointStore(dir);
        store.commit(epoch(store, 1, "first"));
        store.commit(epoch(store, 2, "second"));
        Files.writeString(dir.resolve("epoch-00000002/node-0.bin"), "sEcond");

        CheckpointStore.Restored restored = store.latest();

        assertEquals(1, restored.manifest().epoch());
        assertEquals(1, restored.skipped().size());
        assertTrue(restored.skipped().get(0).startsWith("epoch 2: " + dir.resolve("epoch-00000002/node-0.bin")
                + " is corrupted"), restored.skipped().get(0));
    }

    @Test
    void shouldFailNamingEveryBadFileWhenNoEpochVerifies() throws Exception {
        CheckpointStore store = new CheckpointStore(dir);
        store.commit(epoch(store, 1, "first"));
        store.commit(epoch(store, 2, "second"));
        Files.writeString(dir.resolve("epoch-00000001/node-0.bin"), "fir");
        Files.delete(dir.resolve("epoch-00000002/node-0.bin"));

        CheckpointException error = assertThrows(CheckpointException.class, store::latest);

        assertEquals("no usable checkpoint in " + dir + ": epoch 2: " + dir.resolve("epoch-00000002/node-0.bin")
                + " is missing; epoch 1: " + dir.resolve("epoch-00000001/node-0.bin")
                + " is truncated: 3 bytes, the checkpoint recorded 5", error.getMessage());
    }

    @Test
    void shouldSkipATruncatedOrForeignManifest() throws Exception {
        CheckpointStore store = new CheckpointStore(dir);
        store.commit(epoch(store, 1, "first"));
        store.commit(epoch(store, 2, "second"));
        Path manifest = dir.resolve("manifest-00000002.tlxm");
        byte[] bytes = Files.readAllBytes(manifest);
        Files.write(manifest, java.util.Arrays.copyOf(bytes, bytes.length - 3));

        CheckpointStore.Restored restored = store.latest();

        assertEquals(1, restored.manifest().epoch());
        assertTrue(restored.skipped().get(0).contains("manifest-00000002.tlxm is truncated"),
                restored.skipped().get(0));
        Files.writeString(manifest, "not a manifest at all");
        assertTrue(store.latest().skipped().get(0).endsWith("is not a tlaplex checkpoint manifest"));
    }

    @Test
    void shouldKeepOnlyTheLastTwoEpochs() throws Exception {
        CheckpointStore store = new CheckpointStore(dir);
        for (int e = 1; e <= 4; e++) {
            store.commit(epoch(store, e, "state " + e));
        }

        assertFalse(Files.exists(dir.resolve("manifest-00000001.tlxm")));
        assertFalse(Files.exists(dir.resolve("epoch-00000002")));
        assertTrue(Files.exists(dir.resolve("manifest-00000003.tlxm")));
        assertTrue(Files.exists(dir.resolve("epoch-00000004/node-0.bin")));
        assertEquals(4, store.lastCommittedEpoch().getAsInt());
    }

    @Test
    void shouldRefuseToCommitAnEpochTwiceOrGoBack() throws Exception {
        CheckpointStore store = new CheckpointStore(dir);
        store.commit(epoch(store, 3, "x"));

        CheckpointException again = assertThrows(CheckpointException.class, () -> store.commit(epoch(store, 3, "y")));
        assertThrows(CheckpointException.class, () -> store.commit(epoch(store, 2, "z")));

        assertEquals("epoch 3 is not after the last committed epoch 3 in " + dir, again.getMessage());
    }

    @Test
    void shouldRefuseToCommitWhenAListedFileIsMissing() throws Exception {
        CheckpointStore store = new CheckpointStore(dir);
        CheckpointManifest manifest = epoch(store, 1, "x");
        Files.delete(dir.resolve("epoch-00000001/node-0.bin"));

        assertThrows(CheckpointException.class, () -> store.commit(manifest));
        assertTrue(store.lastCommittedEpoch().isEmpty());
    }

    @Test
    void shouldRejectManifestPathsThatLeaveTheCheckpointDirectory() {
        CheckpointFile escaping = new CheckpointFile(0, "../outside.bin", 1, 0);

        assertEquals("checkpoint path '../outside.bin' leaves the checkpoint directory",
                FileDigest.problem(dir, escaping).orElseThrow());
        assertTrue(FileDigest.problem(dir, new CheckpointFile(0, "/etc/passwd", 1, 0)).isPresent());
    }

    @Test
    void shouldVerifyThePrefixOfAnAppendOnlyLogThatGrewAfterTheCheckpoint() throws Exception {
        Path log = dir.resolve("trace-0.log");
        Files.writeString(log, "records up to the cut");
        CheckpointFile prefix = FileDigest.describe(dir, log, 0, Files.size(log));

        Files.writeString(log, " and records after it", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        assertTrue(FileDigest.problem(dir, prefix).isEmpty());
        Files.writeString(log, "Records up to the cut and records after it");
        assertTrue(FileDigest.problem(dir, prefix).orElseThrow().contains("is corrupted"));
    }

    @Test
    void shouldVerifyAnAppendOnlyLogAsConsecutiveRangesChecksummedOnce() throws Exception {
        Path log = dir.resolve("trace-0.log");
        Files.writeString(log, "first epoch's records;");
        CheckpointFile first = FileDigest.describeRange(dir, log, 0, 0, Files.size(log));
        Files.writeString(log, "second epoch's records", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        CheckpointFile second = FileDigest.describeRange(dir, log, 0, first.endBytes(), Files.size(log));

        assertEquals(first.endBytes(), second.offsetBytes());
        assertTrue(FileDigest.problem(dir, first).isEmpty());
        assertTrue(FileDigest.problem(dir, second).isEmpty());
        byte[] bytes = Files.readAllBytes(log);
        bytes[3] ^= 1;
        Files.write(log, bytes);
        assertTrue(FileDigest.problem(dir, first).orElseThrow().contains("is corrupted"));
        assertTrue(FileDigest.problem(dir, second).isEmpty(), "the second range does not hold the damaged byte");
    }

    @Test
    void shouldDescribeAWrittenFileWithoutReadingItBack() throws Exception {
        Path file = dir.resolve("written.bin");
        CheckpointFile described;
        try (ChecksummedFile out = new ChecksummedFile(file)) {
            out.write("some checkpoint bytes".getBytes(StandardCharsets.UTF_8));
            out.write('!');
            described = out.finish(dir, 3);
        }

        assertEquals(FileDigest.describe(dir, file, 3, -1), described);
    }

    @Test
    void shouldSayWhenThereIsNoCheckpointAtAll() throws IOException, CheckpointException {
        CheckpointException error = assertThrows(CheckpointException.class, () -> new CheckpointStore(dir).latest());

        assertEquals("no committed checkpoint in " + dir, error.getMessage());
    }
}
