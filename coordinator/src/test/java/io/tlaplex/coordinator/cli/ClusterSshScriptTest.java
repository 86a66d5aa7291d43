package io.tlaplex.coordinator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** deploy/cluster-ssh, in its dry run: what it would run on which host for a hosts file. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ClusterSshScriptTest {
    private static final Path SCRIPT = Path.of("..", "deploy", "cluster-ssh").toAbsolutePath().normalize();
    private static final Path SPEC = Path.of("..", "examples", "BankTransfer", "BankTransfer.tla");

    @TempDir
    Path dir;

    private List<String> dryRun(String hosts, String... flags) throws IOException, InterruptedException {
        Path file = dir.resolve("hosts");
        Files.writeString(file, hosts);
        List<String> command = new java.util.ArrayList<>(List.of("bash", SCRIPT.toString(), "--dry-run",
                file.toString(), SPEC.toString()));
        command.addAll(List.of(flags));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("TLAPLEX_BIND", "10.0.0.9");
        builder.environment().put("TMPDIR", dir.toString());
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), out);
        return out.lines().toList();
    }

    @Test
    void shouldStartTheCoordinatorHereAndNumberTheNodesOfEveryHostInOrder() throws Exception {
        List<String> lines = dryRun("# two hosts\nnode-a 10.0.0.1 2\n\nuser@node-b 10.0.0.2\n", "-workers", "4",
                "-nopin");

        String coordinator = lines.stream().filter(l -> l.contains(" coordinator ")).findFirst().orElseThrow();
        assertTrue(coordinator.contains(" -nodes 3 -bind-host 10.0.0.9 -port 25520 -secret-file "), coordinator);
        assertTrue(coordinator.endsWith(" -workers 4 "), coordinator);
        List<String> nodes = lines.stream().filter(l -> l.startsWith("ssh -tt")).toList();
        assertEquals(3, nodes.size(), String.join("\n", lines));
        assertTrue(nodes.get(0).contains(" node-a ") && nodes.get(0).contains("-node-id\\ 0\\ "),
                nodes.get(0));
        assertTrue(nodes.get(1).contains(" node-a ") && nodes.get(1).contains("-node-id\\ 1\\ "),
                nodes.get(1));
        assertTrue(nodes.get(2).contains(" user@node-b ") && nodes.get(2).contains("-bind-host\\ 10.0.0.2"),
                nodes.get(2));
        assertTrue(nodes.get(2).contains("-seed-nodes\\ 10.0.0.9:25520") && nodes.get(2).contains("-nopin"),
                nodes.get(2));
    }

    @Test
    void shouldCopyTheSpecFolderAndTheSecretToEveryHost() throws Exception {
        List<String> lines = dryRun("node-a 10.0.0.1\n");

        assertTrue(lines.stream().anyMatch(l -> l.startsWith("scp ") && l.contains("BankTransfer.cfg node-a:")),
                String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("scp ") && l.contains("/secret node-a:")),
                String.join("\n", lines));
    }

    @Test
    void shouldRefuseAHostWithoutAnAddress() throws Exception {
        Path file = dir.resolve("hosts");
        Files.writeString(file, "node-a\n");
        Process process = new ProcessBuilder("bash", SCRIPT.toString(), "--dry-run", file.toString(),
                SPEC.toString()).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertEquals(2, process.waitFor());
        assertEquals("cluster-ssh: 'node-a' has no address in " + file, out.strip());
    }
}
