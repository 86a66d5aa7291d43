package io.tlaplex.coordinator.cluster;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;

/**
 * A node's TLS handshake with a seed (the coordinator) before it joins, so that a certificate either side refuses ends the node with
 * that reason instead of leaving Pekko to retry the join quietly until the coordinator's join timeout. Runs on the
 * caller's thread ({@link #watch} on a daemon thread of the node's).
 */
public final class TlsProbe {
    private static final int CONNECT_TIMEOUT_MS = 2_000;
    /** A loaded seed may take seconds to build its TLS context on the first connection. */
    private static final int HANDSHAKE_TIMEOUT_MS = 20_000;
    private static final long RETRY_MS = 500;
    private static final String FATAL_ALERT = "Received fatal alert:";

    private final SSLContext context;
    private final Duration replyWait;

    /**
     * @param context   the member's context, from {@link TlsStores#open()}
     * @param replyWait how long after the handshake to wait for the seed's refusal of this member's certificate;
     *                  a seed that accepts it sends nothing (Artery waits for the client to speak first)
     */
    public TlsProbe(SSLContext context, Duration replyWait) {
        this.context = context;
        this.replyWait = replyWait;
    }

    /**
     * Shakes hands with {@code host:port}.
     *
     * @return why the connection was refused, or null when both sides accept each other's certificate (or the
     *         seed's answer did not come in time)
     * @throws IOException when nothing answers there (yet)
     */
    public String check(String host, int port) throws IOException {
        String seed = host + ":" + port;
        try (Socket raw = new Socket()) {
            raw.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MS);
            try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket(raw, host, port, false)) {
                socket.setEnabledProtocols(new String[] {TlsStores.PROTOCOL});
                socket.setEnabledCipherSuites(TlsStores.ALGORITHMS.toArray(String[]::new));
                socket.setSoTimeout(HANDSHAKE_TIMEOUT_MS);
                try {
                    socket.startHandshake();
                } catch (SocketTimeoutException e) {
                    // Inconclusive: the join timeout still ends a run that cannot form.
                    return null;
                } catch (SSLException e) {
                    return handshakeFailure(seed, e);
                }
                socket.setSoTimeout((int) Math.max(1, replyWait.toMillis()));
                return awaitRefusal(seed, socket);
            }
        }
    }

    /** In TLS 1.3 the client's handshake ends before the server has checked the client's certificate. */
    private static String awaitRefusal(String seed, SSLSocket socket) throws IOException {
        try {
            if (socket.getInputStream().read() < 0) {
                return "the coordinator at " + seed + " closed the connection after the TLS handshake: its trust "
                        + "store does not hold this node's certificate";
            }
            return null;
        } catch (SocketTimeoutException e) {
            return null;
        } catch (SSLException e) {
            return "the coordinator at " + seed + " refused this node's TLS certificate" + alert(e)
                    + ": its trust store does not hold it";
        }
    }

    private static String handshakeFailure(String seed, SSLException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof CertificateException) {
                return "the coordinator at " + seed + " presented a TLS certificate that this node's trust "
                        + "store does not hold";
            }
        }
        String alert = alert(e);
        if (!alert.isEmpty()) {
            return "the coordinator at " + seed + " refused the TLS handshake" + alert;
        }
        return "the coordinator at " + seed + " broke off the TLS handshake (" + e.getMessage()
                + "): is TLS on there too?";
    }

    /** " (alert NAME)" for a TLS alert the peer sent, else "". */
    private static String alert(SSLException e) {
        String message = String.valueOf(e.getMessage());
        int at = message.indexOf(FATAL_ALERT);
        return at < 0 ? "" : " (alert " + message.substring(at + FATAL_ALERT.length()).strip() + ")";
    }

    /**
     * Probes the seeds until one accepts (then returns), one refuses ({@code onRefused} is told why), {@code stop}
     * completes or {@code patience} has passed.
     */
    public void watch(List<String> seeds, Duration patience, CompletableFuture<?> stop, Consumer<String> onRefused) {
        long deadlineNs = System.nanoTime() + patience.toNanos();
        while (!stop.isDone() && System.nanoTime() < deadlineNs) {
            for (String seed : seeds) {
                int colon = seed.lastIndexOf(':');
                try {
                    String refusal = check(seed.substring(0, colon), Integer.parseInt(seed.substring(colon + 1)));
                    if (refusal != null) {
                        onRefused.accept(refusal);
                    }
                    return;
                } catch (IOException e) {
                    // Nothing listens there yet (a node may start before its coordinator): try again shortly.
                }
            }
            if (awaitStop(stop)) {
                return;
            }
        }
    }

    private static boolean awaitStop(CompletableFuture<?> stop) {
        try {
            stop.get(RETRY_MS, TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        } catch (ExecutionException e) {
            return true;
        }
    }
}
