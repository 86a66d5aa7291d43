package io.tlaplex.coordinator.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tlaplex.coordinator.phase.CheckSummary;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class InJvmClusterTest {
    private static final int RUNS = 8;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void shouldMatchTheSingleJvmCountsAndDepthOnManyShortLevelsWhateverOrderNodesStartALevelIn() {
        assertSameAsSingleJvm(TestSpecs.GRID, 2, 1);
        assertSameAsSingleJvm(TestSpecs.GRID, 3, 2);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void shouldMatchTheSingleJvmCountsAndDepthOnBankTransfer() {
        assertSameAsSingleJvm(TestSpecs.BANK, 2, 1);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void shouldKeepDuplicatesOffTheWireWithoutLosingAState() {
        ClusterSpec spec = TestSpecs.load(TestSpecs.BANK, 1);
        CheckSummary expected = TestSpecs.singleJvm(spec);

        InJvmCluster.Outcome uncached;
        try (InJvmCluster cluster = new InJvmCluster(spec, 2, 1, dir, 0)) {
            uncached = cluster.run();
        }
        InJvmCluster.Outcome cached;
        try (InJvmCluster cluster = new InJvmCluster(spec, 2, 1, dir, 1 << 12)) {
            cached = cluster.run();
        }

        assertEquals(expected.distinct(), cached.distinct());
        assertEquals(expected.generated(), cached.generated());
        assertEquals(expected.depth(), cached.depth());
        assertEquals(0, uncached.statesCut());
        assertEquals(uncached.sentStates(), cached.sentStates() + cached.statesCut());
        assertTrue(cached.sentStates() * 2 < uncached.sentStates(),
                "sent " + cached.sentStates() + " with the cache, " + uncached.sentStates() + " without");
    }

    private void assertSameAsSingleJvm(Path specFile, int nodes, int workers) {
        ClusterSpec spec = TestSpecs.load(specFile, workers);
        CheckSummary expected = TestSpecs.singleJvm(spec);

        for (int run = 0; run < RUNS; run++) {
            InJvmCluster.Outcome outcome;
            try (InJvmCluster cluster = new InJvmCluster(spec, nodes, workers, dir)) {
                outcome = cluster.run();
            }

            String where = specFile.getFileName() + ", " + nodes + " nodes, run " + run;
            assertEquals(expected.distinct(), outcome.distinct(), "distinct, " + where);
            assertEquals(expected.generated(), outcome.generated(), "generated, " + where);
            assertEquals(expected.depth(), outcome.depth(), "depth, " + where);
        }
    }
}
