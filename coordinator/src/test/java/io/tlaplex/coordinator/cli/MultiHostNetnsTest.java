package io.tlaplex.coordinator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cluster over two hosts made of network namespaces joined by a veth pair: the coordinator and node 0 on one,
 * node 1 on the other, so states cross between the hosts over aeron:udp and the control plane over TCP. Skipped,
 * saying why, where namespaces cannot be made (not root, no iproute2).
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class MultiHostNetnsTest {
    private static final Path SPEC = Path.of("..", "examples", "BankTransfer", "BankTransfer.tla");
    private static final Pattern COUNTS = Pattern.compile("(\\d+) states generated, (\\d+) distinct states found");
    private static final Pattern DEPTH = Pattern.compile("The depth of the complete state graph search is (\\d+)\\.");

    @TempDir
    Path dir;

    private static int ip(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("ip"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }

    private static String answer(String out) {
        Matcher counts = COUNTS.matcher(out);
        Matcher depth = DEPTH.matcher(out);
        return (counts.find() ? counts.group(1) + " generated, " + counts.group(2) + " distinct" : "no counts")
                + (depth.find() ? ", depth " + depth.group(1) : "");
    }

    private Process inNamespace(String namespace, Path output, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of("ip", "netns", "exec", namespace));
        command.addAll(ChildRun.tlaplexCommand(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
    }

    @Test
    void shouldGiveTheSingleJvmAnswerWithNodesOnTwoHosts() throws Exception {
        String tag = Long.toString(ProcessHandle.current().pid() % 100_000) + new Random().nextInt(1000);
        String hostA = "tlxa" + tag;
        String hostB = "tlxb" + tag;
        int subnet = 1 + new Random().nextInt(250);
        String addressA = "10.77." + subnet + ".1";
        String addressB = "10.77." + subnet + ".2";
        boolean made = false;
        List<Process> processes = new ArrayList<>();
        try {
            made = ip("netns", "add", hostA) == 0;
            Assumptions.assumeTrue(made, "multi-host test skipped: cannot create network namespaces here (needs root "
                    + "and iproute2)");
            assertEquals(0, ip("netns", "add", hostB));
            assertEquals(0, ip("link", "add", "va" + tag, "type", "veth", "peer", "name", "vb" + tag));
            assertEquals(0, ip("link", "set", "va" + tag, "netns", hostA));
            assertEquals(0, ip("link", "set", "vb" + tag, "netns", hostB));
            assertEquals(0, ip("-n", hostA, "addr", "add", addressA + "/24", "dev", "va" + tag));
            assertEquals(0, ip("-n", hostB, "addr", "add", addressB + "/24", "dev", "vb" + tag));
            for (String[] up : new String[][] {{hostA, "lo"}, {hostB, "lo"}, {hostA, "va" + tag},
                {hostB, "vb" + tag}}) {
                assertEquals(0, ip("-n", up[0], "link", "set", up[1], "up"));
            }
            Path secret = dir.resolve("secret");
            String spec = SPEC.toAbsolutePath().normalize().toString();
            int port = 20_000 + new Random().nextInt(20_000);
            Path coordinatorOut = dir.resolve("coordinator.out");
            Process coordinator = inNamespace(hostA, coordinatorOut, List.of("coordinator", spec, "-nodes", "2",
                    "-bind-host", addressA, "-port", String.valueOf(port), "-secret-file", secret.toString()));
            processes.add(coordinator);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!(Files.exists(secret) && Files.size(secret) > 0) && coordinator.isAlive()) {
                assertTrue(System.nanoTime() < deadline, "no secret file: " + Files.readString(coordinatorOut));
                Thread.sleep(20);
            }
            String[][] nodes = {{hostA, "0", addressA, "a"}, {hostB, "1", addressB, "b"}};
            for (String[] node : nodes) {
                processes.add(inNamespace(node[0], dir.resolve("node" + node[1] + ".out"), List.of("node", spec,
                        "-node-id", node[1], "-seed-nodes", addressA + ":" + port, "-secret-file", secret.toString(),
                        "-bind-host", node[2], "-host-id", node[3], "-aeron-dir",
                        dir.resolve("aeron-" + node[3]).toString(), "-workers", "1")));
            }

            assertTrue(coordinator.waitFor(180, TimeUnit.SECONDS), "the cluster did not finish");
            String clusterOut = Files.readString(coordinatorOut);
            ByteArrayOutputStream single = new ByteArrayOutputStream();
            Tlaplex.standard().run(new String[] {"check", spec, "-workers", "2"},
                    new PrintStream(single, true, StandardCharsets.UTF_8),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

            assertEquals(0, coordinator.exitValue(), clusterOut);
            assertEquals(answer(single.toString(StandardCharsets.UTF_8)), answer(clusterOut), clusterOut);
        } finally {
            for (Process p : processes) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor(30, TimeUnit.SECONDS);
            }
            if (made) {
                ip("netns", "del", hostA);
                ip("netns", "del", hostB);
            }
        }
    }
}
