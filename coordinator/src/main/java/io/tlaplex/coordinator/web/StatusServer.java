package io.tlaplex.coordinator.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Serves a {@link StatusBoard} over HTTP: {@code /} the live page, {@code /status.json} what it polls,
 * {@code /metrics} for Prometheus. Requests run on one daemon thread (or the executor given), never the run's.
 */
public final class StatusServer implements AutoCloseable {
    /** The interface the server listens on unless told otherwise: only this host can connect. */
    public static final String DEFAULT_BIND = "127.0.0.1";
    /** Where a {@code POST} asks the run for a checkpoint. */
    public static final String CHECKPOINT_PATH = "/checkpoint";

    private static final String PAGE_RESOURCE = "status.html";

    private final StatusBoard board;
    private final HttpServer server;
    private final ExecutorService ownExecutor;
    private final byte[] page;
    private final AtomicLong pageRequests = new AtomicLong();
    private final AtomicLong statusRequests = new AtomicLong();

    private StatusServer(StatusBoard board, HttpServer server, ExecutorService ownExecutor, byte[] page) {
        this.board = board;
        this.server = server;
        this.ownExecutor = ownExecutor;
        this.page = page;
    }

    /** Serves {@code board} on 127.0.0.1:{@code port}; port 0 picks a free port. */
    public static StatusServer start(StatusBoard board, int port) throws IOException {
        return start(board, DEFAULT_BIND, port);
    }

    /**
     * Serves {@code board} on {@code bindAddress} (a host name or address, e.g. {@code 0.0.0.0} for every interface)
     * and {@code port}; port 0 picks a free port.
     */
    public static StatusServer start(StatusBoard board, String bindAddress, int port) throws IOException {
        ExecutorService executor = Executors.newSingleThreadExecutor(StatusServer::daemon);
        try {
            return start(board, new InetSocketAddress(InetAddress.getByName(bindAddress), port), executor, executor);
        } catch (IOException | RuntimeException e) {
            executor.shutdownNow();
            throw e;
        }
    }

    /** As {@link #start(StatusBoard, String, int)}, handling requests on {@code executor}, which the caller owns. */
    static StatusServer start(StatusBoard board, InetSocketAddress address, Executor executor)
            throws IOException {
        return start(board, address, executor, null);
    }

    private static StatusServer start(StatusBoard board, InetSocketAddress address,
            Executor executor, ExecutorService owned) throws IOException {
        byte[] page = readPage();
        HttpServer http = HttpServer.create(address, 16);
        StatusServer status = new StatusServer(board, http, owned, page);
        http.createContext("/", status::handle);
        http.setExecutor(executor);
        http.start();
        return status;
    }

    /** The page's URL, e.g. {@code http://127.0.0.1:41234/}, with the port actually bound. */
    public URI address() {
        InetSocketAddress bound = server.getAddress();
        String host = bound.getAddress().getHostAddress();
        if (host.indexOf(':') >= 0) {
            host = "[" + host + "]";
        }
        return URI.create("http://" + host + ":" + bound.getPort() + "/");
    }

    /** Stops listening, lets a request in progress finish for up to a second, and ends the server's thread. */
    @Override
    public void close() {
        server.stop(1);
        if (ownExecutor != null) {
            ownExecutor.shutdownNow();
        }
    }

    long pageRequests() {
        return pageRequests.get();
    }

    /** How many {@code /status.json} responses were sent in full. */
    long statusRequests() {
        return statusRequests.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            if (path.equals(CHECKPOINT_PATH)) {
                handleCheckpoint(exchange, method);
                return;
            }
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", bytes("method not allowed: " + method + "\n"));
                return;
            }
            switch (path) {
                case "/", "/index.html" -> {
                    send(exchange, 200, "text/html; charset=utf-8", page);
                    pageRequests.incrementAndGet();
                }
                case "/status.json" -> {
                    send(exchange, 200, "application/json", bytes(StatusJson.render(board.snapshot())));
                    statusRequests.incrementAndGet();
                }
                case "/metrics" -> send(exchange, 200, PrometheusText.CONTENT_TYPE,
                        bytes(PrometheusText.render(board.snapshot())));
                default -> send(exchange, 404, "text/plain; charset=utf-8", bytes("not found: " + path + "\n"));
            }
        }
    }

    /** {@code POST /checkpoint}: asks the run for a checkpoint (the on-demand trigger). */
    private void handleCheckpoint(HttpExchange exchange, String method) throws IOException {
        String text = "text/plain; charset=utf-8";
        if (!method.equals("POST")) {
            exchange.getResponseHeaders().set("Allow", "POST");
            send(exchange, 405, text, bytes("method not allowed: " + method + " (POST asks for a checkpoint)\n"));
        } else if (board.requestCheckpoint()) {
            send(exchange, 202, text, bytes("checkpoint requested: it is taken at the run's next chance and "
                    + "printed when committed\n"));
        } else {
            send(exchange, 409, text, bytes("this run writes no checkpoints (start it with -checkpoint MIN) or is "
                    + "over\n"));
        }
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] readPage() {
        try (InputStream in = StatusServer.class.getResourceAsStream(PAGE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the status page " + PAGE_RESOURCE + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Thread daemon(Runnable task) {
        Thread thread = new Thread(task, "tlaplex-status-http");
        thread.setDaemon(true);
        return thread;
    }
}
