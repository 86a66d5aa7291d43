package io.tlaplex.coordinator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tlaplex.coordinator.cluster.ClusterSecret;
import io.tlaplex.coordinator.cluster.TlsTestStores;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cluster runs with TLS between the members, through the real command line in child JVMs on 127.0.0.1: the
 * stores come from the flags and the password from the environment, as a user gives them.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ClusterTlsEndToEndTest {
    private static final Path SPEC = ClusterProcesses.REPO.resolve("examples/BankTransfer/BankTransfer.tla");
    private static final long RUN_TIMEOUT_S = 60;
    private static final int JOIN_TIMEOUT_S = 8;
    private static final Pattern LISTENING = Pattern.compile("coordinator listening on (\\S+);");

    @TempDir
    static Path stores;
    /** The cluster's key pair, trusting only itself. */
    private static Path cluster;
    /** A key pair the cluster does not trust. */
    private static Path rogue;
    private static Path rogueCertificate;

    @TempDir
    Path dir;

    @BeforeAll
    static void makeStores() throws Exception {
        TlsTestStores maker = new TlsTestStores(stores);
        cluster = maker.keyPair("cluster");
        rogue = maker.keyPair("rogue");
        rogueCertificate = maker.certificatesOnly(rogue, "rogue");
    }

    @Test
    void shouldCheckOnTwoNodesOverTlsWithTheCountsOfOneJvm() throws Exception {
        List<String> args = List.of("check", SPEC.toString(), "-workers", "1");
        String single = inProcess(args);

        Child run = start(concat(args, "-nodes", "2", "-tls-keystore", cluster.toString()));
        run.awaitEnd();

        assertEquals(0, run.status(), run.out());
        assertEquals(ClusterProcesses.counts(single), ClusterProcesses.counts(run.out()), run.out());
        assertEquals(ClusterProcesses.depth(single), ClusterProcesses.depth(run.out()), run.out());
        run.assertLeftNothing();
    }

    @Test
    void shouldEndACheckWhoseNodesDoNotTrustTheCoordinatorsCertificate() throws Exception {
        Child run = start(List.of("check", SPEC.toString(), "-workers", "1", "-nodes", "2", "-tls-keystore",
                cluster.toString(), "-tls-truststore", rogueCertificate.toString()));
        run.awaitEnd();

        assertEquals(255, run.status(), run.out());
        assertTrue(run.out().contains("tlaplex node: the coordinator at " + seed(run.out()) + " presented a TLS "
                + "certificate that this node's trust store does not hold\n"), run.out());
        assertTrue(run.out().contains("Error: the cluster run failed: node "), run.out());
        run.assertLeftNothing();
    }

    @Test
    void shouldNotLetANodeJoinWhoseCertificateTheCoordinatorDoesNotTrust() throws Exception {
        Path secret = dir.resolve("secret");
        Child coordinator = start(List.of("coordinator", SPEC.toString(), "-nodes", "1", "-secret-file",
                secret.toString(), "-join-timeout", String.valueOf(JOIN_TIMEOUT_S), "-tls-keystore",
                cluster.toString()));
        String seed = coordinator.awaitLine(LISTENING);
        long joinStartNs = System.nanoTime();

        Child node = start(List.of("node", SPEC.toString(), "-node-id", "0", "-seed-nodes", seed, "-secret-file",
                secret.toString(), "-aeron-dir", dir.resolve("aeron").toString(), "-workers", "1",
                "-tls-keystore", rogue.toString(), "-tls-truststore", cluster.toString()));
        node.awaitEnd();
        coordinator.awaitEnd();
        double seconds = (System.nanoTime() - joinStartNs) / 1e9;

        assertEquals(1, node.status(), node.out());
        assertEquals("tlaplex node: the coordinator at " + seed + " refused this node's TLS certificate (alert "
                + "certificate_required): its trust store does not hold it\n", node.out());
        assertEquals(255, coordinator.status(), coordinator.out());
        assertTrue(coordinator.out().contains("Error: the cluster run failed: only 0 of 1 nodes joined within "
                + JOIN_TIMEOUT_S + " s\n"), coordinator.out());
        assertTrue(seconds < JOIN_TIMEOUT_S + 10, "the run took " + seconds + " s");
        node.assertLeftNothing();
        coordinator.assertLeftNothing();
    }

    @Test
    void shouldGiveUpJoiningACoordinatorThatDoesNotSpeakTls() throws Exception {
        Path conf = Files.writeString(dir.resolve("short-join.conf"),
                "pekko.cluster.shutdown-after-unsuccessful-join-seed-nodes = 4s\n");
        Path secret = dir.resolve("secret");
        ClusterSecret.generate().writeTo(secret);
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            String seed = "127.0.0.1:" + silent.getLocalPort();

            Child node = start(List.of("node", SPEC.toString(), "-node-id", "0", "-seed-nodes", seed, "-secret-file",
                    secret.toString(), "-aeron-dir", dir.resolve("aeron").toString(),
                    "-workers", "1", "-cluster-conf", conf.toString(), "-tls-keystore", cluster.toString()));
            node.awaitEnd();

            assertEquals(1, node.status(), node.out());
            assertEquals("tlaplex node: could not join the coordinator at " + seed + " within 4 s; TLS is on here: "
                    + "is it on there too?\n", node.out());
            node.assertLeftNothing();
        }
    }

    private static String inProcess(List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        Tlaplex.standard().run(args.toArray(String[]::new), print, print);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** A {@code tlaplex} child JVM with a fresh temporary folder and the stores' password in its environment. */
    private Child start(List<String> args) throws IOException {
        Path tmp = Files.createTempDirectory(dir, "tmp-");
        Path log = dir.resolve("out-" + System.nanoTime() + ".txt");
        ProcessBuilder builder = new ProcessBuilder(ClusterProcesses.command(tmp, args)).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put(ClusterFlags.PASSWORD_ENV, TlsTestStores.PASSWORD);
        return new Child(builder.start(), tmp, log);
    }

    /** One child JVM; every waiting method ends it on failure. */
    private record Child(Process process, Path tmp, Path log) {

        void awaitEnd() throws IOException, InterruptedException {
            boolean exited = process.waitFor(RUN_TIMEOUT_S, TimeUnit.SECONDS);
            if (!exited) {
                kill();
            }
            assertTrue(exited, "the run did not end within " + RUN_TIMEOUT_S + " s:\n" + out());
        }

        /** Waits for a line matching {@code pattern} and returns its first group. */
        String awaitLine(Pattern pattern) throws IOException, InterruptedException {
            long deadlineNs = System.nanoTime() + TimeUnit.SECONDS.toNanos(RUN_TIMEOUT_S);
            while (System.nanoTime() < deadlineNs && !process.waitFor(50, TimeUnit.MILLISECONDS)) {
                Matcher matcher = pattern.matcher(out());
                if (matcher.find()) {
                    return matcher.group(1);
                }
            }
            kill();
            throw new AssertionError("no line matching " + pattern + ":\n" + out());
        }

        int status() {
            return process.exitValue();
        }

        String out() throws IOException {
            return Files.readString(log);
        }

        void assertLeftNothing() throws IOException {
            assertTrue(process.descendants().noneMatch(ProcessHandle::isAlive), "node JVMs outlived the run");
            try (Stream<Path> left = Files.list(tmp)) {
                assertEquals(List.of(), left.toList(), "the run left files in its temporary folder");
            }
        }

        private void kill() throws InterruptedException {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static String seed(String out) {
        Matcher matcher = Pattern.compile("the coordinator at (\\S+) presented").matcher(out);
        return matcher.find() ? matcher.group(1) : "?";
    }

    private static List<String> concat(List<String> first, String... more) {
        List<String> all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return all;
    }
}
