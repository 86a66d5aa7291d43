package io.tlaplex.coordinator.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TlsProbeTest {
    private static final String PASSWORD = TlsTestStores.PASSWORD;
    private static final Duration REFUSAL_WAIT = Duration.ofSeconds(10);
    private static final Duration ACCEPT_WAIT = Duration.ofMillis(300);

    @TempDir
    static Path dir;
    /** The cluster's key, trusting only itself. */
    private static SSLContext member;
    /** A key the cluster does not trust, trusting the cluster. */
    private static SSLContext rogueTrustingCluster;
    /** A key the cluster does not trust, trusting only itself. */
    private static SSLContext rogueAlone;

    @BeforeAll
    static void makeStores() throws Exception {
        TlsTestStores stores = new TlsTestStores(dir);
        Path cluster = stores.keyPair("cluster");
        Path rogue = stores.keyPair("rogue");
        member = TlsStores.of(cluster, cluster, PASSWORD, PASSWORD).open();
        rogueTrustingCluster = TlsStores.of(rogue, cluster, PASSWORD, PASSWORD).open();
        rogueAlone = TlsStores.of(rogue, rogue, PASSWORD, PASSWORD).open();
    }

    @Test
    void shouldPassWhenBothSidesTrustEachOther() throws Exception {
        try (Server server = Server.tls(member)) {
            assertNull(new TlsProbe(member, ACCEPT_WAIT).check("127.0.0.1", server.port()));
        }
    }

    @Test
    void shouldReportACoordinatorThatRefusesThisNodesCertificate() throws Exception {
        try (Server server = Server.tls(member)) {
            String why = new TlsProbe(rogueTrustingCluster, REFUSAL_WAIT).check("127.0.0.1", server.port());

            assertEquals("the coordinator at 127.0.0.1:" + server.port() + " refused this node's TLS certificate "
                    + "(alert certificate_required): its trust store does not hold it", why);
        }
    }

    @Test
    void shouldReportACoordinatorWhoseCertificateThisNodeDoesNotTrust() throws Exception {
        try (Server server = Server.tls(member)) {
            String why = new TlsProbe(rogueAlone, REFUSAL_WAIT).check("127.0.0.1", server.port());

            assertEquals("the coordinator at 127.0.0.1:" + server.port() + " presented a TLS certificate that this "
                    + "node's trust store does not hold", why);
        }
    }

    @Test
    void shouldReportASeedThatDropsTheHandshake() throws Exception {
        try (Server server = Server.plain()) {
            String why = new TlsProbe(member, REFUSAL_WAIT).check("127.0.0.1", server.port());

            assertEquals("the coordinator at 127.0.0.1:" + server.port() + " broke off the TLS handshake (Remote "
                    + "host terminated the handshake): is TLS on there too?", why);
        }
    }

    @Test
    void shouldThrowWhenNothingListens() throws Exception {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }

        assertThrows(IOException.class, () -> new TlsProbe(member, ACCEPT_WAIT).check("127.0.0.1", port));
    }

    @Test
    void shouldTellTheWatcherOfARefusal() throws Exception {
        CompletableFuture<String> refused = new CompletableFuture<>();
        try (Server server = Server.tls(member)) {
            new TlsProbe(rogueAlone, REFUSAL_WAIT).watch(List.of("127.0.0.1:" + server.port()), Duration.ofSeconds(30),
                    new CompletableFuture<>(), refused::complete);
        }

        assertEquals("the coordinator at 127.0.0.1", refused.getNow("").split(":")[0]);
    }

    @Test
    void shouldStopWatchingOnceTheSeedAccepts() throws Exception {
        CompletableFuture<String> refused = new CompletableFuture<>();
        try (Server server = Server.tls(member)) {
            new TlsProbe(member, ACCEPT_WAIT).watch(List.of("127.0.0.1:" + server.port()), Duration.ofSeconds(30),
                    new CompletableFuture<>(), refused::complete);
        }

        assertFalse(refused.isDone());
    }

    @Test
    void shouldStopWatchingASilentAddressWhenTold() {
        CompletableFuture<Void> stop = new CompletableFuture<>();
        stop.complete(null);

        new TlsProbe(member, ACCEPT_WAIT).watch(List.of("127.0.0.1:1"), Duration.ofSeconds(30), stop, why -> { });
    }

    /** A listener on 127.0.0.1 answering every connection on a thread of its own until closed. */
    private static final class Server implements AutoCloseable {
        private final ServerSocket socket;
        private final Thread thread;

        private Server(ServerSocket socket, boolean tls) {
            this.socket = socket;
            this.thread = Thread.ofPlatform().daemon().name("tls-test-server").start(() -> serve(tls));
        }

        static Server tls(SSLContext context) throws IOException {
            SSLServerSocket socket = (SSLServerSocket) context.getServerSocketFactory().createServerSocket(0, 5,
                    InetAddress.getLoopbackAddress());
            socket.setNeedClientAuth(true);
            socket.setEnabledProtocols(new String[] {"TLSv1.3"});
            return new Server(socket, true);
        }

        /** Not TLS: reads what comes, finds no magic bytes and drops the connection, as Artery over TCP does. */
        static Server plain() throws IOException {
            return new Server(new ServerSocket(0, 5, InetAddress.getLoopbackAddress()), false);
        }

        int port() {
            return socket.getLocalPort();
        }

        private void serve(boolean tls) {
            while (!socket.isClosed()) {
                try (Socket client = socket.accept()) {
                    if (tls) {
                        ((SSLSocket) client).startHandshake();
                    }
                    InputStream in = client.getInputStream();
                    if (tls) {
                        in.readAllBytes();
                    } else {
                        in.readNBytes(4);
                    }
                } catch (IOException e) {
                    // A refused handshake or the server closing: the next connection, if any.
                }
            }
        }

        @Override
        public void close() throws Exception {
            socket.close();
            thread.join(10_000);
        }
    }
}
