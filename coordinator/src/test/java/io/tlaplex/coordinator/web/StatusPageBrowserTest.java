package io.tlaplex.coordinator.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The live page in a real browser: it must show what the run reported after the page had loaded, without reload. */
@Timeout(120)
class StatusPageBrowserTest {
    private static final long START_MS = 1_700_000_000_000L;

    @Test
    void shouldShowFiguresTheRunReportedAfterThePageLoaded(@TempDir Path work) throws Exception {
        HeadlessChromium.assumeInstalled();
        AtomicLong clock = new AtomicLong(START_MS);
        StatusBoard board = new StatusBoard("BankTransfer", clock::get, 1_000, 100);
        board.phase(RunPhase.EXPLORING);
        board.progress(2, 300, 100, 40);
        board.node(new NodeStatus(0, "epyc-1", true, 300, 40, 0.25, 2_048, 4_096));
        AtomicReference<StatusServer> server = new AtomicReference<>();
        AtomicBoolean reported = new AtomicBoolean();
        ExecutorService http = Executors.newSingleThreadExecutor();
        // Every request runs on this one thread; the run reports just after the page read its first status, so
        // the page can only show the new figures by polling again.
        Executor afterFirstStatus = task -> http.execute(() -> {
            if (server.get().statusRequests() >= 1 && reported.compareAndSet(false, true)) {
                reportTheRest(board, clock);
            }
            task.run();
        });
        server.set(StatusServer.start(board, new InetSocketAddress("127.0.0.1", 0), afterFirstStatus));
        String dom;
        try {
            dom = HeadlessChromium.dumpDom(server.get().address().toString(), 8_000, work);
        } finally {
            server.get().close();
            http.shutdownNow();
        }

        assertTrue(reported.get(), "the page never polled");
        assertEquals(1, server.get().pageRequests(), "the page was loaded once, not reloaded");
        assertTrue(server.get().statusRequests() >= 2, "polls: " + server.get().statusRequests());
        assertContains(dom, "<span id=\"spec\">BankTransfer</span>");
        assertContains(dom, "<span id=\"phase\" class=\"phase done\">done</span>");
        assertContains(dom, "<div class=\"v\" id=\"distinct\">4,242</div>");
        assertContains(dom, "<div class=\"v\" id=\"generated\">9,300</div>");
        assertContains(dom, "<div class=\"v\" id=\"depth\">7</div>");
        assertContains(dom, "<div class=\"v\" id=\"elapsed\">5s</div>");
        assertContains(dom, "<div class=\"v\" id=\"checkpoint\">epoch 3, 0s ago, paused 12 ms</div>");
        assertContains(dom, "<div id=\"verdict\">Model checking completed. No error has been found.</div>");
        assertContains(dom, "the run has ended; this page no longer updates");
        assertTrue(Pattern.compile("<tr id=\"node-0\"><td>0</td><td>epyc-1</td><td class=\"up\">alive</td>"
                + "<td>1,800</td><td>0</td>.*?25\\.0 %.*?<td>2.0 KiB</td><td>8.0 KiB</td>").matcher(dom).find(), dom);
        assertContains(dom, "<tr id=\"node-1\"><td>1</td><td>epyc-2</td><td class=\"down\">down</td>");
        assertTrue(Pattern.compile("<svg id=\"plot-distinct\"[^>]*><polyline points=\"2\\.0,[0-9.]+ 298\\.0,4\\.0\"")
                .matcher(dom).find(), dom);
    }

    private static void reportTheRest(StatusBoard board, AtomicLong clock) {
        clock.addAndGet(5_000);
        board.progress(7, 9_300, 4_242, 0);
        board.node(new NodeStatus(0, "epyc-1", true, 9_300, 0, 0.25, 2_048, 8_192));
        board.node(new NodeStatus(1, "epyc-2", false, 0, 0, 0, 0, 0));
        board.checkpoint(3, 12_000_000);
        board.finished("Model checking completed. No error has been found.");
    }

    private static void assertContains(String dom, String expected) {
        assertTrue(dom.contains(expected), () -> "missing " + expected + " in\n" + dom);
    }
}
