package io.tlaplex.coordinator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tlaplex.coordinator.cluster.ClusterSecret;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check -nodes} starts its node JVMs before its coordinator listens: a node must keep trying to join for as
 * long as its launcher lives, through many refused connections, and then join as usual.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class NodeBeforeCoordinatorTest {
    private static final Path SPEC = ClusterProcesses.REPO.resolve("examples/BankTransfer/BankTransfer.tla");
    /** Longer than Artery's window for counting reconnections (5 s), after the node's own start. */
    private static final long ALONE_S = 10;
    private static final long RUN_TIMEOUT_S = 60;

    @TempDir
    Path dir;

    @Test
    void shouldJoinACoordinatorThatStartsLongAfterTheNode() throws Exception {
        Path secret = dir.resolve("secret");
        ClusterSecret.generate().writeTo(secret);
        String seed = "127.0.0.1:" + ClusterProcesses.freePort();
        Process node = ClusterProcesses.start(dir, "node", List.of("node", SPEC.toString(), "-node-id", "0",
                "-seed-nodes", seed, "-secret-file", secret.toString(), "-aeron-dir", dir.resolve("aeron").toString(),
                "-workers", "1", "-parent-pid", String.valueOf(ProcessHandle.current().pid())));
        try {
            assertFalse(node.waitFor(ALONE_S, TimeUnit.SECONDS), "the node gave up before its coordinator came:\n"
                    + Files.readString(dir.resolve("node.txt")));

            Process coordinator = ClusterProcesses.start(dir, "coordinator", List.of("coordinator",
                    SPEC.toString(), "-nodes", "1", "-port", seed.substring(seed.indexOf(':') + 1), "-secret-file",
                    secret.toString()));
            assertTrue(coordinator.waitFor(RUN_TIMEOUT_S, TimeUnit.SECONDS), "the run did not end");
            assertTrue(node.waitFor(RUN_TIMEOUT_S, TimeUnit.SECONDS), "the node did not end");

            String out = Files.readString(dir.resolve("coordinator.txt"));
            assertEquals(0, coordinator.exitValue(), out);
            assertTrue(out.contains("40628 states generated, 10558 distinct states found, 0 states left on queue."),
                    out);
            assertEquals(0, node.exitValue(), Files.readString(dir.resolve("node.txt")));
        } finally {
            node.destroyForcibly();
            ProcessHandle.current().children().forEach(ProcessHandle::destroyForcibly);
        }
    }
}
