package io.tlaplex.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageRecordsTest {

    @Test
    void shouldRejectANegativeNodeId() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Join(-1, "h", 1, 0, "", "", ""));

        assertEquals("nodeId must be >= 0, was -1", e.getMessage());
    }

    @Test
    void shouldRejectAnEmptyHost() {
        assertThrows(IllegalArgumentException.class, () -> new Join(0, "", 1, 0, "", "", ""));
    }

    @Test
    void shouldRejectNullText() {
        assertThrows(NullPointerException.class, () -> new Join(0, "h", 1, 0, null, "", ""));
    }

    @Test
    void shouldRejectANegativeCounter() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PeerCounters(1, 0, -5, 0, 0));

        assertEquals("sentStates must be >= 0, was -5", e.getMessage());
    }

    @Test
    void shouldRejectANegativeEpoch() {
        assertThrows(IllegalArgumentException.class, () -> new Start(1, -1));
    }

    @Test
    void shouldRejectAnEmptyOwnerMap() {
        assertThrows(IllegalArgumentException.class, () -> new OwnerMap(1, List.of()));
    }

    @Test
    void shouldRejectAChecksumWiderThan32Bits() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CheckpointFile(0, "f", 1, 1L << 32));

        assertEquals("crc32c must be an unsigned 32-bit value, was 4294967296", e.getMessage());
    }

    @Test
    void shouldCopyListsSoTheCallerCannotChangeAMessage() {
        List<PeerCounters> peers = new ArrayList<>(List.of(ControlMessageSamples.PEER_1));
        Progress progress = new Progress(1, 0, 0, 0, 0, 0, peers);

        peers.add(ControlMessageSamples.PEER_2);

        assertEquals(List.of(ControlMessageSamples.PEER_1), progress.peers());
        assertThrows(UnsupportedOperationException.class, () -> progress.peers().clear());
    }

    @Test
    void shouldCountBucketsOfTheOwnerMap() {
        assertEquals(3, new OwnerMap(0, List.of(0, 1, 0)).bucketCount());
    }

    @Test
    void shouldReadBackAManifestFileAndMarkItCommitted() throws IOException {
        CheckpointManifest written = new CheckpointManifest(1, 9L, 4, "s", "c", 3L, 2, 4,
                List.of(ControlMessageSamples.SHARD), false);

        CheckpointManifest read = CheckpointManifest.fromBytes(written.toBytes());
        CheckpointManifest committed = read.commit();

        assertEquals(written, read);
        assertFalse(read.committed());
        assertTrue(committed.committed());
        assertEquals(written.files(), committed.files());
    }

    @Test
    void shouldRejectAMalformedManifestFileWithAnIoException() {
        byte[] garbage = {0x0A, 0x7F, 0x01};

        IOException e = assertThrows(IOException.class, () -> CheckpointManifest.fromBytes(garbage));

        assertTrue(e.getMessage().startsWith("malformed checkpoint manifest: "), e.getMessage());
    }

    @Test
    void shouldRejectAnEmptyManifestFile() {
        byte[] empty = new byte[0];

        IOException e = assertThrows(IOException.class, () -> CheckpointManifest.fromBytes(empty));

        assertEquals("malformed checkpoint manifest: formatVersion must be > 0, was 0", e.getMessage());
    }
}
