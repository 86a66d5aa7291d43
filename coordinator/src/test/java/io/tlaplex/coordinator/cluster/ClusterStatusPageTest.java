package io.tlaplex.coordinator.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tlaplex.coordinator.phase.CheckSummary;
import io.tlaplex.coordinator.web.StatusBoard;
import io.tlaplex.coordinator.web.StatusServer;
import io.tlaplex.worker.transport.DriverConfig;
import io.tlaplex.worker.transport.DriverMode;
import io.tlaplex.worker.transport.MediaDriverLauncher;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The status page of a cluster run: the coordinator feeds the run's totals and one row per node into the board,
 * here for a 2-node run in one JVM (a coordinator and two {@link NodeProcess}es on one embedded media driver).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ClusterStatusPageTest {
    private static final Pattern NODE = Pattern.compile("\\{\"id\":(\\d+),\"host\":\"([^\"]*)\",\"alive\":(\\w+),"
            + "\"statesPerSecond\":[^,]*,\"generated\":(\\d+),\"queued\":(\\d+),\"fingerprintFill\":([^,]*),"
            + "\"bytesIn\":(\\d+),\"bytesOut\":(\\d+)");

    @TempDir
    Path dir;

    @Test
    void shouldShowBothNodesAndTheRunsCountsOnTheStatusPageOfATwoNodeRun() throws Exception {
        ClusterSpec spec = TestSpecs.load(TestSpecs.GRID, 1);
        CheckSummary single = TestSpecs.singleJvm(spec);
        StatusBoard board = new StatusBoard("Grid.tla");

        CheckSummary summary;
        String json;
        try (MediaDriverLauncher driver = MediaDriverLauncher.launch(DriverConfig.of(
                dir.resolve("aeron-" + UUID.randomUUID()), DriverMode.EMBEDDED));
             StatusServer server = StatusServer.start(board, "127.0.0.1", 0)) {
            ClusterSecret secret = ClusterSecret.generate();
            ClusterCheck.Run run = new ClusterCheck.Run(2, new PekkoSettings("127.0.0.1", 0, List.of(),
                    CoordinatorSingleton.ROLE, false, null), secret, inJvmNodes(spec, secret, driver, 2),
                    Duration.ofSeconds(60), false);
            summary = new ClusterCheck(TestSpecs.NOWHERE, TestSpecs.NOWHERE, System::nanoTime).withStatusBoard(board)
                    .run(spec, run);
            json = get(server.address().resolve("status.json"));
        }

        assertEquals(0, summary.exitCode());
        assertEquals(single.distinct(), summary.distinct());
        assertTrue(json.contains("\"phase\":\"done\",\"over\":true,\"verdict\":\"no error has been found\""), json);
        assertTrue(json.contains("\"depth\":" + summary.depth() + ",\"generated\":" + summary.generated()
                + ",\"distinct\":" + summary.distinct() + ",\"queued\":0,"), json);
        Matcher node = NODE.matcher(json);
        long generated = 0;
        long bytesIn = 0;
        long bytesOut = 0;
        List<String> ids = new ArrayList<>();
        while (node.find()) {
            ids.add(node.group(1) + "@" + node.group(2) + ":" + node.group(3));
            generated += Long.parseLong(node.group(4));
            double fill = Double.parseDouble(node.group(6));
            assertTrue(fill > 0 && fill <= 1, "fingerprint fill of node " + node.group(1) + ": " + fill);
            bytesIn += Long.parseLong(node.group(7));
            bytesOut += Long.parseLong(node.group(8));
        }
        assertEquals(List.of("0@test-host:true", "1@test-host:true"), ids, json);
        assertEquals(summary.generated(), generated, json);
        assertTrue(bytesOut > 0 && bytesIn == bytesOut, json);
    }

    /** Starts each node as the {@code tlaplex node} command does, on a thread of this JVM. */
    private NodeLauncher inJvmNodes(ClusterSpec spec, ClusterSecret secret, MediaDriverLauncher driver, int count) {
        return (seed, onFailure) -> {
            List<Thread> threads = new ArrayList<>();
            for (int id = 0; id < count; id++) {
                NodeProcess.Options options = new NodeProcess.Options(id, "test-host", 1, 0.001,
                        new DriverConfig(driver.config().aeronDir(), DriverMode.EXTERNAL, false), secret,
                        new PekkoSettings("127.0.0.1", 0, List.of(seed), "node", false, null),
                        dir.resolve("node-" + id), 0, List.of());
                threads.add(Thread.ofPlatform().name("test-node-" + id).start(() -> {
                    int status = new NodeProcess(TestSpecs.NOWHERE, TestSpecs.NOWHERE).run(spec, options);
                    if (status != 0) {
                        onFailure.accept("node " + options.nodeId() + " ended with " + status);
                    }
                }));
            }
            return () -> {
                for (Thread thread : threads) {
                    thread.join(TimeUnit.SECONDS.toMillis(30));
                }
            };
        };
    }

    private static String get(URI uri) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
