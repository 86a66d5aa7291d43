package io.tlaplex.worker.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LinkConfigTest {

    @Test
    void shouldRejectABatchLargerThanAnEighthOfTheTerm() {
        LinkConfig defaults = LinkConfig.defaults();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> defaults.withTermLength(256 * 1024));

        assertEquals("batchCapacityBytes must hold one entry and be at most termLengthBytes/8 (32768), got 65536",
                e.getMessage());
    }

    @Test
    void shouldRejectTermLengthsAeronRefuses() {
        LinkConfig defaults = LinkConfig.defaults().withBatchCapacity(4096);

        assertThrows(IllegalArgumentException.class, () -> defaults.withTermLength(3 << 20));
        assertThrows(IllegalArgumentException.class, () -> defaults.withTermLength(32 * 1024));
    }

    @Test
    void shouldRejectAnMtuThatIsUnalignedOrLargerThanAUdpPayload() {
        LinkConfig defaults = LinkConfig.defaults();

        assertThrows(IllegalArgumentException.class, () -> defaults.withMtu(1400 + 1));
        assertThrows(IllegalArgumentException.class, () -> defaults.withMtu(65_536));
    }

    @Test
    void shouldUseTheLargestIpcFragmentTheTermAllowsAndOneStreamPerNode() {
        LinkConfig small = LinkConfig.defaults().withBatchCapacity(8192).withTermLength(64 * 1024);

        assertEquals(8192, small.ipcMtuBytes());
        assertEquals(LinkConfig.MAX_MTU_BYTES, LinkConfig.defaults().ipcMtuBytes());
        assertEquals(small.streamIdBase() + 3, small.streamId(3));
    }
}
