package io.tlaplex.coordinator.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
