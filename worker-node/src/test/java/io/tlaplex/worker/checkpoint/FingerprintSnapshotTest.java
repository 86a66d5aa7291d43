package io.tlaplex.worker.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tlaplex.worker.fpset.FingerprintSet;
import io.tlaplex.worker.fpset.FingerprintSetConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FingerprintSnapshotTest {
    private static final long MIB = 1L << 20;
    /** The fingerprint whose stored key would be the table's frozen mark (1 x inverse of the spreading constant). */
    private static final long FROZEN_PREIMAGE = inverse(0x9E3779B97F4A7C15L);

    @TempDir
    Path dir;

    private static long inverse(long odd) {
        long x = odd;
        for (int i = 0; i < 5; i++) {
            x *= 2 - odd * x;
        }
        return x;
    }

    private static long[] randomFingerprints(int n) {
        long[] fps = new SplittableRandom(11).longs(n).toArray();
        fps[0] = 0;
        fps[1] = FROZEN_PREIMAGE;
        return fps;
    }

    @Test
    void shouldRestoreExactlyTheFingerprintsOfAGrownSet() throws Exception {
        long[] fps = randomFingerprints(50_000);
        Path file = dir.resolve("fp.bin");
        try (FingerprintSet original = new FingerprintSetConfig(64 * MIB, 0, null, 0).create()) {
            for (long fp : fps) {
                original.insert(fp);
            }

            assertEquals(50_000, FingerprintSnapshot.write(original, file));
        }
        try (FingerprintSet restored = new FingerprintSetConfig(64 * MIB, 0, null, 0).create()) {
            assertEquals(50_000, FingerprintSnapshot.read(file, restored, fp -> true));

            for (long fp : fps) {
                assertTrue(restored.contains(fp), "lost " + fp);
            }
            assertEquals(50_000, restored.size());
            assertFalse(restored.contains(12345));
        }
    }

    @Test
    void shouldIncludeFingerprintsThatWereSpilledToDisk() throws Exception {
        long[] fps = randomFingerprints(40_000);
        Path file = dir.resolve("fp.bin");
        Path spill = Files.createDirectory(dir.resolve("spill"));
        try (FingerprintSet original = new FingerprintSetConfig(128 * 1024, 0, spill, 64 * MIB).create()) {
            for (long fp : fps) {
                original.insert(fp);
            }
            assertTrue(original.diskBytes() > 0, "the budget forces spilling");

            FingerprintSnapshot.write(original, file);
        }
        try (FingerprintSet restored = new FingerprintSetConfig(64 * MIB, 0, null, 0).create()) {
            FingerprintSnapshot.read(file, restored, fp -> true);

            assertTrue(Arrays.stream(fps).allMatch(restored::contains));
            assertEquals(40_000, restored.size());
        }
    }

    @Test
    void shouldKeepOnlyTheFingerprintsANodeOwnsWhenResplitting() throws Exception {
        long[] fps = randomFingerprints(10_000);
        Path file = dir.resolve("fp.bin");
        try (FingerprintSet original = new FingerprintSetConfig(16 * MIB, 0, null, 0).create()) {
            Arrays.stream(fps).forEach(original::insert);
            FingerprintSnapshot.write(original, file);
        }
        try (FingerprintSet even = new FingerprintSetConfig(16 * MIB, 0, null, 0).create()) {
            long kept = FingerprintSnapshot.read(file, even, fp -> (fp & 1) == 0);

            assertEquals(Arrays.stream(fps).filter(fp -> (fp & 1) == 0).count(), kept);
            assertTrue(Arrays.stream(fps).allMatch(fp -> even.contains(fp) == ((fp & 1) == 0)));
        }
    }

    @Test
    void shouldRejectATruncatedSnapshot() throws Exception {
        Path file = dir.resolve("fp.bin");
        try (FingerprintSet original = new FingerprintSetConfig(16 * MIB, 0, null, 0).create()) {
            Arrays.stream(randomFingerprints(100)).forEach(original::insert);
            FingerprintSnapshot.write(original, file);
        }
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 8));

        try (FingerprintSet restored = new FingerprintSetConfig(16 * MIB, 0, null, 0).create()) {
            CheckpointException error = assertThrows(CheckpointException.class,
                    () -> FingerprintSnapshot.read(file, restored, fp -> true));
            assertEquals(file + " is truncated", error.getMessage());
        }
    }
}
