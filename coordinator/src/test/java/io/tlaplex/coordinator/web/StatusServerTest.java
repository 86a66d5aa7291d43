package io.tlaplex.coordinator.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class StatusServerTest {
    private static final long START_MS = 1_700_000_000_000L;
    /** A sample line of the text format: name, optional labels, a number. */
    private static final Pattern SAMPLE = Pattern.compile(
            "[a-zA-Z_:][a-zA-Z0-9_:]*(\\{([a-zA-Z_][a-zA-Z0-9_]*=\"([^\"\\\\\\n]|\\\\[\\\\\"n])*\",?)*})? "
                    + "(-?[0-9]+(\\.[0-9]+)?(E-?[0-9]+)?|NaN|[+-]Inf)");

    private final AtomicLong clock = new AtomicLong(START_MS);
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private StatusBoard board;
    private StatusServer server;

    @BeforeEach
    void start() throws IOException {
        board = new StatusBoard("Bank\"<Transfer>", clock::get, 1_000, 10);
        server = StatusServer.start(board, 0);
    }

    @AfterEach
    void stop() {
        server.close();
        client.close();
    }

    @Test
    void shouldBindToLoopbackOnAFreePortByDefault() {
        URI address = server.address();

        assertEquals("127.0.0.1", address.getHost());
        assertNotEquals(0, address.getPort());
        assertEquals("/", address.getPath());
    }

    @Test
    void shouldServeTheBoardAsJson() throws Exception {
        board.phase(RunPhase.EXPLORING);
        board.progress(3, 1_200, 400, 50);
        board.node(new NodeStatus(0, "epyc-1", true, 1_200, 50, 0.25, 2_048, 4_096));
        clock.addAndGet(2_500);
        board.checkpoint(4, 1_500_000);

        HttpResponse<String> response = get("status.json");

        assertEquals(200, response.statusCode());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("{\"spec\":\"Bank\\\"\\u003cTransfer>\",\"phase\":\"exploring\",\"over\":false,\"verdict\":\"\","
                + "\"startMs\":1700000000000,\"nowMs\":1700000002500,\"elapsedMs\":2500,\"etaMs\":-1,\"depth\":3,"
                + "\"generated\":1200,\"distinct\":400,\"queued\":50,\"generatedPerSecond\":0,"
                + "\"checkpoint\":{\"count\":1,\"epoch\":4,\"atMs\":1700000002500,\"pauseMs\":1.5},"
                + "\"nodes\":[{\"id\":0,\"host\":\"epyc-1\",\"alive\":true,\"statesPerSecond\":0,\"generated\":1200,"
                + "\"queued\":50,\"fingerprintFill\":0.25,\"bytesIn\":2048,\"bytesOut\":4096,"
                + "\"lastSeenMs\":1700000000000}],"
                + "\"series\":{\"distinct\":[[0,400]],\"generatedPerSecond\":[[0,0]],\"queued\":[[0,50]],"
                + "\"checkpointPauseMs\":[[2500,1.5]]}}", response.body());
    }

    @Test
    void shouldServeMetricsInThePrometheusTextFormat() throws Exception {
        board.phase(RunPhase.EXPLORING);
        board.progress(3, 1_200, 400, 50);
        board.node(new NodeStatus(1, "host\"b", false, 10, 7, 0.5, 1, 2));
        board.node(new NodeStatus(0, "a", true, 20, 3, 0.125, 3, 4));

        HttpResponse<String> response = get("metrics");

        assertEquals(200, response.statusCode());
        assertEquals("text/plain; version=0.0.4; charset=utf-8",
                response.headers().firstValue("Content-Type").orElseThrow());
        List<String> lines = response.body().lines().toList();
        assertTrue(lines.contains("tlaplex_run_info{spec=\"Bank\\\"<Transfer>\"} 1"), response.body());
        assertTrue(lines.contains("tlaplex_run_phase{phase=\"exploring\"} 1"), response.body());
        assertTrue(lines.contains("tlaplex_run_phase{phase=\"parsing\"} 0"), response.body());
        assertTrue(lines.contains("tlaplex_states_generated_total 1200"), response.body());
        assertTrue(lines.contains("tlaplex_states_distinct 400"), response.body());
        assertTrue(lines.contains("tlaplex_node_queue_states{node=\"0\",host=\"a\"} 3"), response.body());
        assertTrue(lines.contains("tlaplex_node_queue_states{node=\"1\",host=\"host\\\"b\"} 7"), response.body());
        assertTrue(lines.contains("tlaplex_node_up{node=\"1\",host=\"host\\\"b\"} 0"), response.body());
        assertTrue(lines.contains("tlaplex_node_fingerprint_fill_ratio{node=\"0\",host=\"a\"} 0.125"), response.body());
        assertTrue(lines.contains("# TYPE tlaplex_node_sent_bytes_total counter"), response.body());
        assertFalse(response.body().contains("tlaplex_run_eta_seconds"), "no estimate, so no eta sample");
    }

    @Test
    void shouldWriteEveryMetricsLineAsHelpTypeThenSamplesOfThatFamily() throws Exception {
        board.node(new NodeStatus(0, "a\\b\nc", true, 20, 3, 0.125, 3, 4));
        board.checkpoint(1, 10);

        List<String> lines = get("metrics").body().lines().toList();

        List<String> families = new ArrayList<>();
        String family = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("# HELP ")) {
                family = line.split(" ")[2];
                assertEquals("# TYPE " + family, lines.get(i + 1).substring(0, lines.get(i + 1).lastIndexOf(' ')));
                assertFalse(families.contains(family), "family listed twice: " + family);
                families.add(family);
                i++;
                continue;
            }
            assertTrue(SAMPLE.matcher(line).matches(), "not a sample line: " + line);
            assertTrue(line.startsWith(family + "{") || line.startsWith(family + " "), line + " outside " + family);
        }
        assertTrue(lines.contains("tlaplex_node_up{node=\"0\",host=\"a\\\\b\\nc\"} 1"), String.join("\n", lines));
        assertEquals(List.of("tlaplex_run_info", "tlaplex_run_phase", "tlaplex_run_elapsed_seconds",
                "tlaplex_search_depth", "tlaplex_states_generated_total", "tlaplex_states_distinct",
                "tlaplex_states_queued", "tlaplex_states_generated_per_second", "tlaplex_checkpoints_total",
                "tlaplex_checkpoint_epoch", "tlaplex_checkpoint_last_pause_seconds",
                "tlaplex_checkpoint_last_timestamp_seconds", "tlaplex_node_up", "tlaplex_node_states_generated_total",
                "tlaplex_node_states_per_second", "tlaplex_node_queue_states", "tlaplex_node_fingerprint_fill_ratio",
                "tlaplex_node_received_bytes_total", "tlaplex_node_sent_bytes_total",
                "tlaplex_node_last_report_timestamp_seconds"), families);
    }

    @Test
    void shouldServeOneSelfContainedPageAtTheRoot() throws Exception {
        HttpResponse<String> response = get("");

        assertEquals(200, response.statusCode());
        assertEquals("text/html; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
        String page = response.body();
        assertTrue(page.startsWith("<!DOCTYPE html>"));
        assertTrue(page.contains("fetch(\"status.json\""));
        assertFalse(Pattern.compile("<link|<img|<iframe|\\ssrc=|\\shref=|@import|url\\(").matcher(page).find(),
                "the page loads nothing else");
        assertEquals(1, server.pageRequests());
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownPath() throws Exception {
        HttpResponse<String> response = get("status.jsonx");

        assertEquals(404, response.statusCode());
        assertEquals("not found: /status.jsonx\n", response.body());
    }

    @Test
    void shouldRefuseMethodsOtherThanGetAndHead() throws Exception {
        HttpRequest post = HttpRequest.newBuilder(server.address().resolve("metrics"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build();

        HttpResponse<String> response = client.send(post, HttpResponse.BodyHandlers.ofString());

        assertEquals(405, response.statusCode());
        assertEquals("GET, HEAD", response.headers().firstValue("Allow").orElseThrow());
    }

    @Test
    void shouldAskTheRunForACheckpointOnAPostToCheckpointAndSayWhenItWritesNone() throws Exception {
        HttpRequest post = HttpRequest.newBuilder(server.address().resolve("checkpoint"))
                .POST(HttpRequest.BodyPublishers.noBody()).build();

        HttpResponse<String> refused = client.send(post, HttpResponse.BodyHandlers.ofString());
        AtomicLong asked = new AtomicLong();
        board.acceptCheckpointRequests(asked::incrementAndGet);
        HttpResponse<String> accepted = client.send(post, HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> got = get("checkpoint");
        board.finished("No error has been found.");
        HttpResponse<String> over = client.send(post, HttpResponse.BodyHandlers.ofString());

        assertEquals(409, refused.statusCode());
        assertEquals("this run writes no checkpoints (start it with -checkpoint MIN) or is over\n", refused.body());
        assertEquals(202, accepted.statusCode());
        assertEquals("checkpoint requested: it is taken at the run's next chance and printed when committed\n",
                accepted.body());
        assertEquals(405, got.statusCode());
        assertEquals("POST", got.headers().firstValue("Allow").orElseThrow());
        assertEquals(409, over.statusCode());
        assertEquals(1, asked.get(), "one request reached the run");
    }

    @Test
    void shouldStopAcceptingConnectionsWhenClosed() {
        URI address = server.address();

        server.close();

        HttpRequest request = HttpRequest.newBuilder(address.resolve("status.json")).build();
        assertThrows(ConnectException.class, () -> client.send(request, HttpResponse.BodyHandlers.ofString()));
    }

    @Test
    void shouldBindToTheAddressItIsGiven() throws Exception {
        try (StatusServer other = StatusServer.start(board, "localhost", 0)) {
            URI address = other.address();

            assertTrue(address.getHost().equals("127.0.0.1") || address.getHost().equals("[0:0:0:0:0:0:0:1]"),
                    address.toString());
            assertEquals(200, client.send(HttpRequest.newBuilder(address.resolve("metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(server.address().resolve(path)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
