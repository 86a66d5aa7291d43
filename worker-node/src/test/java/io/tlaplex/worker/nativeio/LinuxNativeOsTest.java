package io.tlaplex.worker.nativeio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Runs the real calls on this host; each pinning test uses a thread of its own so no test thread stays pinned. */
class LinuxNativeOsTest {
    private final NativeOs os = LinuxNativeOs.load();

    @Test
    @Timeout(30)
    void shouldRunOnTheSingleCpuItWasPinnedTo() throws Exception {
        assumeTrue(os.unavailableReason().isEmpty(), os.unavailableReason());
        Optional<CpuSet> allowed = os.affinity();
        assumeTrue(allowed.isPresent());
        CpuSet target = CpuSet.of(allowed.get().max());
        AtomicReference<String> seen = new AtomicReference<>();

        Thread thread = new Thread(() -> {
            int result = os.setAffinity(target);
            seen.set(result + " " + os.currentCpu() + " " + os.affinity().orElse(CpuSet.EMPTY));
        });
        thread.start();
        thread.join();

        assertEquals("0 " + target.max() + " " + target, seen.get());
    }

    @Test
    @Timeout(30)
    void shouldReportTheErrnoOfARefusedCall() throws Exception {
        assumeTrue(os.unavailableReason().isEmpty(), os.unavailableReason());
        AtomicReference<String> seen = new AtomicReference<>();

        Thread thread = new Thread(() -> {
            int preferred = os.preferMemoryNode(0);
            int bogusNode = os.preferMemoryNode(4000);
            int reset = os.resetMemoryPolicy();
            seen.set(preferred + " " + bogusNode + " " + reset);
        });
        thread.start();
        thread.join();

        assumeTrue(!seen.get().startsWith("1 "), "set_mempolicy is not permitted here");
        assertEquals("0 22 0", seen.get());
    }

    @Test
    void shouldDetectThisHostWithAtLeastOneWorker() {
        NodeTopology topology = NodeTopology.detect();

        assertTrue(topology.defaultWorkers() >= 1);
        assertFalse(topology.workerCpus().isEmpty());
        assertFalse(topology.notice().contains("\n"));
    }

    @Test
    void shouldKnowTheSetMempolicyNumbers() {
        assertEquals(238, LinuxNativeOs.setMempolicyNumber("amd64"));
        assertEquals(237, LinuxNativeOs.setMempolicyNumber("aarch64"));
        assertEquals(-1, LinuxNativeOs.setMempolicyNumber("ppc64le"));
    }
}
