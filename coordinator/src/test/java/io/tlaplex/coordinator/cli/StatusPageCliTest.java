package io.tlaplex.coordinator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tlaplex.coordinator.web.HeadlessChromium;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code check -http PORT}: the status page, its JSON and the metrics, looked at while a search runs. */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class StatusPageCliTest {
    private static final Path SPEC = Path.of("src", "test", "resources", "status", "Slowly.tla");
    private static final Pattern ADDRESS = Pattern.compile("tlaplex: status page at (http://127\\.0\\.0\\.1:\\d+/)");

    @TempDir
    Path dir;

    private static String get(HttpClient http, String url) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), url);
        return response.body();
    }

    @Test
    void shouldServeTheRunsFiguresWhileItRunsAndStopServingAfterIt() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AtomicInteger status = new AtomicInteger(-1);
        Thread run = Thread.ofPlatform().start(() -> status.set(Tlaplex.standard().run(new String[] {"check",
            SPEC.toString(), "-workers", "2", "-http", "0"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))));
        String url = awaitAddress(err);
        HttpClient http = HttpClient.newHttpClient();
        String json = "";
        while (!(json.contains("\"phase\":\"exploring\"") && json.contains("\"nodes\":[{\"id\":0,"))
                && run.isAlive()) {
            json = get(http, url + "status.json");
            Thread.sleep(50);
        }

        assertTrue(json.contains("\"spec\":\"Slowly.tla\""), json);
        assertTrue(json.contains("\"phase\":\"exploring\""), "seen while the search ran: " + json);
        assertTrue(json.contains("\"nodes\":[{\"id\":0,") && json.contains("\"alive\":true"),
                "this JVM's row: " + json);
        assertTrue(get(http, url + "metrics").contains("tlaplex_run_phase{phase=\"exploring\"} 1"));
        if (Files.isExecutable(HeadlessChromium.BINARY)) {
            String dom = HeadlessChromium.dumpDom(url, 2_500, dir);
            assertTrue(dom.contains("<span id=\"spec\">Slowly.tla</span>"), dom);
            assertTrue(dom.matches("(?s).*<span id=\"phase\" class=\"phase[^\"]*\">(exploring|done)</span>.*"), dom);
        }
        run.join();
        assertEquals(0, status.get(), out.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("3721 distinct states found"));
        assertTrue(!out.toString(StandardCharsets.UTF_8).contains("Progress("), "TLC prints progress once a minute");
        String closed = url;
        assertThrows(java.io.IOException.class, () -> get(http, closed + "status.json"));
    }

    @Test
    void shouldTakeACheckpointWhenOneIsAskedForWithAPost() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path states = dir.resolve("states");
        AtomicInteger status = new AtomicInteger(-1);
        Thread run = Thread.ofPlatform().start(() -> status.set(Tlaplex.standard().run(new String[] {"check",
            SPEC.toString(), "-workers", "2", "-http", "0", "-checkpoint", "0", "-metadir", states.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))));
        String url = awaitAddress(err);
        HttpClient http = HttpClient.newHttpClient();
        while (!get(http, url + "status.json").contains("\"phase\":\"exploring\"") && run.isAlive()) {
            Thread.sleep(20);
        }
        HttpResponse<String> asked = http.send(HttpRequest.newBuilder(URI.create(url + "checkpoint"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        run.join();

        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(202, asked.statusCode(), asked.body());
        assertEquals(0, status.get(), text);
        assertTrue(text.contains("Checkpointing of run " + states + " completed at ("), text);
        assertTrue(Files.exists(states.resolve("manifest-00000001.tlxm")), "the epoch asked for was committed");
    }

    private static String awaitAddress(ByteArrayOutputStream err) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            Matcher m = ADDRESS.matcher(err.toString(StandardCharsets.UTF_8));
            if (m.find()) {
                return m.group(1);
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no address in: " + err);
    }

    @Test
    void shouldRefuseAnHttpBindWithoutHttp() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Tlaplex.standard().run(new String[] {"check", SPEC.toString(), "-http-bind", "0.0.0.0"},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertEquals(255, status);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("option -http-bind needs -http"), err.toString());
    }
}
