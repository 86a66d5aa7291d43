package io.tlaplex.coordinator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tlaplex.coordinator.cluster.ClusterSecret;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tlaplex coordinator} run on its own, with its node started separately, takes {@code -tool},
 * {@code -difftrace} and {@code -dumpTrace} as {@code check -nodes} does: TLC's framed messages, and the same
 * counterexample file as one JVM writes.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CoordinatorCommandTest {
    private static final Path SPEC = ClusterProcesses.SPECS.resolve("Violation.tla");
    private static final long RUN_TIMEOUT_S = 90;

    @TempDir
    Path dir;

    @Test
    void shouldFrameItsOutputForToolsAndDumpTheCounterexampleAsOneJvmDoes() throws Exception {
        Path expected = dir.resolve("single.json");
        ByteArrayOutputStream single = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(single, true, StandardCharsets.UTF_8);
        int singleStatus = Tlaplex.standard().run(new String[] {"check", SPEC.toString(), "-workers", "1",
            "-dumpTrace", "json", expected.toString()}, print, print);
        Path secret = dir.resolve("secret");
        ClusterSecret.generate().writeTo(secret);
        String port = String.valueOf(ClusterProcesses.freePort());
        Path dumped = dir.resolve("cluster.json");

        Process coordinator = ClusterProcesses.start(dir, "coordinator", List.of("coordinator", SPEC.toString(),
                "-nodes", "1", "-port", port, "-secret-file", secret.toString(), "-tool", "-difftrace", "-dumpTrace",
                "json", dumped.toString()));
        Process node = ClusterProcesses.start(dir, "node", List.of("node", SPEC.toString(), "-node-id", "0",
                "-seed-nodes", "127.0.0.1:" + port, "-secret-file", secret.toString(), "-aeron-dir",
                dir.resolve("aeron").toString(), "-workers", "1", "-parent-pid", String.valueOf(ProcessHandle.current().pid())));
        try {
            assertTrue(coordinator.waitFor(RUN_TIMEOUT_S, TimeUnit.SECONDS), "the run did not end");
            assertTrue(node.waitFor(RUN_TIMEOUT_S, TimeUnit.SECONDS), "the node did not end");
        } finally {
            node.destroyForcibly();
            coordinator.destroyForcibly();
        }

        String out = Files.readString(dir.resolve("coordinator.txt"));
        assertEquals(singleStatus, coordinator.exitValue(), out);
        assertTrue(out.contains("@!@!@STARTMSG 2110:1 @!@!@"), "framed as TLC's -tool:\n" + out);
        assertTrue(out.contains("@!@!@ENDMSG 2110 @!@!@"), out);
        assertEquals(Files.readString(expected), Files.readString(dumped));
    }
}
