package io.tlaplex.coordinator.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TlsStoresTest {
    private static final String PASSWORD = TlsTestStores.PASSWORD;

    @TempDir
    static Path dir;
    private static Path node;
    private static Path nodeCertificate;
    private static Path expired;

    @BeforeAll
    static void makeStores() throws Exception {
        TlsTestStores stores = new TlsTestStores(dir);
        node = stores.keyPair("node");
        nodeCertificate = stores.certificatesOnly(node, "node");
        expired = stores.keyPair("old", "-3d", 1);
    }

    @Test
    void shouldOpenAKeyStoreThatIsItsOwnTrustStore() throws Exception {
        SSLContext context = TlsStores.of(node, node, PASSWORD, PASSWORD).open();

        assertEquals("TLSv1.3", context.getProtocol());
    }

    @Test
    void shouldOpenATrustStoreOfCertificatesOnly() throws Exception {
        assertNotNull(TlsStores.of(node, nodeCertificate, PASSWORD, PASSWORD).open());
    }

    @Test
    void shouldRejectAMissingKeyStore() {
        Path missing = dir.resolve("missing.p12");

        TlsException e = assertThrows(TlsException.class, () -> TlsStores.of(missing, node, PASSWORD, PASSWORD)
                .open());

        assertEquals("cannot find the TLS key store " + missing, e.getMessage());
    }

    @Test
    void shouldRejectAFolderGivenAsTrustStore() {
        TlsException e = assertThrows(TlsException.class, () -> TlsStores.of(node, dir, PASSWORD, PASSWORD).open());

        assertEquals("the TLS trust store " + dir + " is not a file", e.getMessage());
    }

    @Test
    void shouldRejectAWrongKeyStorePassword() {
        TlsException e = assertThrows(TlsException.class, () -> TlsStores.of(node, node, "wrong-password",
                PASSWORD).open());

        assertEquals("the password does not open the TLS key store " + node, e.getMessage());
    }

    @Test
    void shouldRejectAWrongTrustStorePassword() {
        TlsException e = assertThrows(TlsException.class, () -> TlsStores.of(node, nodeCertificate, PASSWORD,
                "wrong-password").open());

        assertEquals("the password does not open the TLS trust store " + nodeCertificate, e.getMessage());
    }

    @Test
    void shouldRejectAFileThatIsNotAKeyStore() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.txt"), "not a key store\n");

        TlsException e = assertThrows(TlsException.class, () -> TlsStores.of(text, node, PASSWORD, PASSWORD)
                .open());

        assertTrue(e.getMessage().startsWith("the TLS key store " + text + " is not a PKCS12 or JKS key store ("),
                e.getMessage());
    }

    @Test
    void shouldRejectAKeyStoreWithoutAPrivateKey() {
        TlsException e = assertThrows(TlsException.class, () -> TlsStores.of(nodeCertificate, node, PASSWORD,
                PASSWORD).open());

        assertEquals("the TLS key store " + nodeCertificate + " holds no private key with a certificate (make one "
                + "with keytool -genkeypair)", e.getMessage());
    }

    @Test
    void shouldRejectAnExpiredCertificate() {
        TlsException e = assertThrows(TlsException.class, () -> TlsStores.of(expired, node, PASSWORD, PASSWORD)
                .open());

        assertTrue(e.getMessage().startsWith("the certificate 'old' in the TLS key store " + expired
                + " expired on "), e.getMessage());
    }

    @Test
    void shouldReadTheStoresBackFromTheMembersPekkoSettings() {
        TlsStores stores = TlsStores.of(node, nodeCertificate, "a\"b${c}", PASSWORD);
        Config pekko = new PekkoSettings("127.0.0.1", 0, List.of(), "node", false, stores.toConfig()).toConfig();

        assertEquals("tls-tcp", pekko.getString("pekko.remote.artery.transport"));
        assertTrue(pekko.getBoolean(TlsStores.ENGINE + ".require-mutual-authentication"));
        assertEquals(stores, TlsStores.fromConfig(pekko));
    }

    @Test
    void shouldFindNoStoresInPlainTcpSettings() {
        Config pekko = new PekkoSettings("127.0.0.1", 0, List.of(), "node", false, null).toConfig();

        assertNull(TlsStores.fromConfig(pekko));
    }

    @Test
    void shouldResolvePasswordsOfAClusterConfFromTheEnvironment() {
        String variable = System.getenv().entrySet().stream()
                .filter(e -> e.getKey().matches("[A-Z_]+") && !e.getValue().isEmpty()).findFirst().orElseThrow()
                .getKey();
        Config recipe = ConfigFactory.parseString("pekko.remote.artery { transport = tls-tcp\n"
                + "ssl.config-ssl-engine.key-store-password = ${" + variable + "} }");

        Config pekko = new PekkoSettings("127.0.0.1", 0, List.of(), "node", false, recipe).toConfig();

        assertEquals(System.getenv(variable), TlsStores.fromConfig(pekko).keyStorePassword());
    }

    @Test
    void shouldLeaveThePasswordsOutOfItsText() {
        String text = TlsStores.of(node, node, "s3cret-one", "s3cret-two").toString();

        assertFalse(text.contains("s3cret"), text);
    }
}
