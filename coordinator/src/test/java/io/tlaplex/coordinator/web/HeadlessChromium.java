package io.tlaplex.coordinator.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's chromium started headless by a test: loads one URL, lets the page's scripts run for a budget of virtual
 * time, and returns the DOM as it then is. Tests skip, naming the cause, when chromium is not installed.
 */
public final class HeadlessChromium {
    public static final Path BINARY = Path.of("/usr/bin/chromium");

    private HeadlessChromium() {
    }

    public static void assumeInstalled() {
        Assumptions.assumeTrue(Files.isExecutable(BINARY), "browser test skipped: chromium is not installed at "
                + BINARY + " (apt-get install -y chromium; .ci/run does that)");
    }

    /** The serialized DOM of {@code url} after {@code virtualTimeMs} of the page's timers; {@code work} is scratch. */
    public static String dumpDom(String url, int virtualTimeMs, Path work) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(work, "chromium-profile");
        Path log = work.resolve("chromium-" + System.nanoTime() + ".log");
        Process process = new ProcessBuilder(List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-proxy-server", "--user-data-dir=" + profile,
                "--virtual-time-budget=" + virtualTimeMs, "--dump-dom", url))
                .redirectError(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .start();
        try {
            String dom = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                fail("chromium did not exit; its log: " + log);
            }
            assertEquals(0, process.exitValue(), () -> "chromium failed; its log:\n" + readQuietly(log));
            return dom;
        } finally {
            process.destroyForcibly();
        }
    }

    private static String readQuietly(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }
}
