package io.tlaplex.worker.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ParallelExplorerConfigTest {
    private static final Path DIR = Path.of("work");

    @Test
    void shouldGiveHalfOfEachQueueShareToObjectsAtTheAssumedSizeAndHalfToEncodedStates() {
        ParallelExplorerConfig config = ParallelExplorerConfig.of(2, DIR, 8 << 20);

        assertEquals(2 << 20, config.memoryPerQueueBytes());
        assertEquals((1 << 20) / ParallelExplorerConfig.ASSUMED_STATE_BYTES, config.effectiveLaneStates());
        assertEquals(1 << 20, config.encodedMemoryPerQueueBytes());
    }

    @Test
    void shouldKeepTheGivenLaneSize() {
        ParallelExplorerConfig config = ParallelExplorerConfig.of(2, DIR, 8 << 20).withLaneStates(5);

        assertEquals(5, config.effectiveLaneStates());
        assertEquals(1 << 20, config.encodedMemoryPerQueueBytes());
    }

    @Test
    void shouldDeriveTheLaneSizeWhenBuiltWithoutOne() {
        ParallelExplorerConfig config = new ParallelExplorerConfig(1, DIR, 4096, 512, 8, null, true);

        assertEquals(0, config.laneStates());
        assertEquals(1, config.effectiveLaneStates());
    }

    @Test
    void shouldRejectANegativeLaneSize() {
        ParallelExplorerConfig config = ParallelExplorerConfig.of(2, DIR, 8 << 20);

        assertThrows(IllegalArgumentException.class, () -> config.withLaneStates(-1));
    }
}
