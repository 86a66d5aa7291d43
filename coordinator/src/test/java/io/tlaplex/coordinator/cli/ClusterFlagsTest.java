package io.tlaplex.coordinator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.typesafe.config.Config;
import io.tlaplex.coordinator.cluster.TlsStores;
import io.tlaplex.coordinator.cluster.TlsTestStores;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The TLS flags of the cluster commands: where the stores and passwords come from, and one-line errors. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ClusterFlagsTest {
    private static final String PASSWORD = TlsTestStores.PASSWORD;
    private static final String ENGINE = "pekko.remote.artery.ssl.config-ssl-engine.";
    private static final Path SPEC = repo().resolve("examples/BankTransfer/BankTransfer.tla");

    @TempDir
    static Path dir;
    private static Path keyStore;
    private static Path trustStore;
    private static Path passwordFile;

    @BeforeAll
    static void makeStores() throws Exception {
        TlsTestStores stores = new TlsTestStores(dir);
        keyStore = stores.keyPair("member");
        trustStore = stores.certificatesOnly(keyStore, "member");
        passwordFile = stores.passwordFile(PASSWORD);
    }

    @Test
    void shouldTurnTlsOnWithTheKeyStoreAsTrustStoreAndThePasswordFromTheEnvironment() throws Exception {
        Config extra = ClusterFlags.extra(args("-tls-keystore", keyStore.toString()),
                Map.of(ClusterFlags.PASSWORD_ENV, PASSWORD));

        assertEquals("tls-tcp", extra.getString("pekko.remote.artery.transport"));
        assertEquals(keyStore.toString(), extra.getString(ENGINE + "key-store"));
        assertEquals(keyStore.toString(), extra.getString(ENGINE + "trust-store"));
        assertEquals(PASSWORD, extra.getString(ENGINE + "key-store-password"));
        assertEquals(PASSWORD, extra.getString(ENGINE + "trust-store-password"));
    }

    @Test
    void shouldTakeThePasswordFromTheFileWithoutItsLineEnd() throws Exception {
        TlsStores stores = ClusterFlags.tls(args("-tls-keystore", keyStore.toString(), "-tls-truststore",
                trustStore.toString(), "-tls-password-file", passwordFile.toString()), Map.of());

        assertEquals(TlsStores.of(keyStore, trustStore, PASSWORD, PASSWORD), stores);
    }

    @Test
    void shouldTakeTheTrustStorePasswordFromItsOwnVariable() throws Exception {
        TlsStores stores = ClusterFlags.tls(args("-tls-keystore", keyStore.toString()), Map.of(
                ClusterFlags.PASSWORD_ENV, "one", ClusterFlags.TRUST_PASSWORD_ENV, "two"));

        assertEquals("one", stores.keyStorePassword());
        assertEquals("two", stores.trustStorePassword());
    }

    @Test
    void shouldLeaveTlsOffWithoutAKeyStore() throws Exception {
        assertNull(ClusterFlags.extra(args(), Map.of(ClusterFlags.PASSWORD_ENV, PASSWORD)));
    }

    @Test
    void shouldAskForThePasswordWhenNeitherVariableNorFileGivesIt() {
        UsageException e = assertThrows(UsageException.class, () -> ClusterFlags.extra(args("-tls-keystore",
                keyStore.toString()), Map.of()));

        assertEquals("-tls-keystore needs the stores' password: set TLAPLEX_TLS_PASSWORD or name a file holding it "
                + "with -tls-password-file", e.getMessage());
    }

    @Test
    void shouldRefuseATrustStoreWithoutAKeyStore() {
        UsageException e = assertThrows(UsageException.class, () -> ClusterFlags.extra(args("-tls-truststore",
                trustStore.toString()), Map.of()));

        assertEquals("option -tls-truststore needs -tls-keystore", e.getMessage());
    }

    @Test
    void shouldReportAMissingPasswordFile() {
        Path missing = dir.resolve("no-password.txt");

        UsageException e = assertThrows(UsageException.class, () -> ClusterFlags.extra(args("-tls-keystore",
                keyStore.toString(), "-tls-password-file", missing.toString()), Map.of()));

        assertEquals("cannot find the TLS password file " + missing, e.getMessage());
    }

    @Test
    void shouldReportAWrongPasswordAsAUsageError() {
        UsageException e = assertThrows(UsageException.class, () -> ClusterFlags.extra(args("-tls-keystore",
                keyStore.toString()), Map.of(ClusterFlags.PASSWORD_ENV, "not-the-password")));

        assertEquals("the password does not open the TLS key store " + keyStore, e.getMessage());
    }

    @Test
    void shouldLetTheClusterConfWinOverTheFlags() throws Exception {
        Path conf = Files.writeString(dir.resolve("tls-protocol.conf"), "pekko.remote.artery.ssl.config-ssl-engine"
                + ".hostname-verification = on\n" + "pekko.remote.artery.ssl.config-ssl-engine.trust-store = \""
                + trustStore + "\"\n");

        Config extra = ClusterFlags.extra(args("-tls-keystore", keyStore.toString(), "-cluster-conf",
                conf.toString()), Map.of(ClusterFlags.PASSWORD_ENV, PASSWORD));

        assertEquals(trustStore.toString(), extra.getString(ENGINE + "trust-store"));
        assertEquals(keyStore.toString(), extra.getString(ENGINE + "key-store"));
        assertEquals(true, extra.getBoolean(ENGINE + "hostname-verification"));
    }

    @Test
    void shouldCheckTheStoresOfAClusterConfRecipeToo() throws Exception {
        Path missing = dir.resolve("elsewhere.p12");
        Path conf = Files.writeString(dir.resolve("recipe.conf"), "pekko.remote.artery {\n  transport = tls-tcp\n"
                + "  ssl.config-ssl-engine.key-store = \"" + missing + "\"\n}\n");

        UsageException e = assertThrows(UsageException.class, () -> ClusterFlags.extra(args("-cluster-conf",
                conf.toString()), Map.of()));

        assertEquals("cannot find the TLS key store " + missing, e.getMessage());
    }

    @Test
    void shouldReportAClusterConfVariableThatIsNotSet() throws Exception {
        Path conf = Files.writeString(dir.resolve("unset.conf"), "pekko.remote.artery.ssl.config-ssl-engine"
                + ".key-store-password = ${TLAPLEX_TEST_NEVER_SET}\n");

        UsageException e = assertThrows(UsageException.class, () -> ClusterFlags.extra(args("-cluster-conf",
                conf.toString()), Map.of()));

        assertEquals("cannot use the cluster settings of " + conf + ": " + conf + ": 1: Could not resolve "
                + "substitution to a value: ${TLAPLEX_TEST_NEVER_SET}", e.getMessage());
    }

    @Test
    void shouldStopANodeWithAMissingKeyStoreWithOneLine() {
        Path missing = dir.resolve("missing.p12");

        Run run = cli("node", SPEC.toString(), "-node-id", "0", "-seed-nodes", "127.0.0.1:1", "-secret-file",
                dir.resolve("secret").toString(), "-tls-keystore", missing.toString(), "-tls-password-file",
                passwordFile.toString());

        assertEquals(new Run(255, "tlaplex: cannot find the TLS key store " + missing + "\n"), run);
    }

    @Test
    void shouldStopACoordinatorWithAWrongPasswordWithOneLine() throws Exception {
        Path wrong = new TlsTestStores(dir).passwordFile("wrong-password");

        Run run = cli("coordinator", SPEC.toString(), "-nodes", "2", "-secret-file", dir.resolve("secret")
                .toString(), "-tls-keystore", keyStore.toString(), "-tls-password-file", wrong.toString());

        assertEquals(new Run(255, "tlaplex: the password does not open the TLS key store " + keyStore + "\n"), run);
    }

    @Test
    void shouldStopALocalClusterCheckWithAnUnreadableTrustStoreWithOneLine() {
        Run run = cli("check", SPEC.toString(), "-nodes", "2", "-tls-keystore", keyStore.toString(),
                "-tls-truststore", dir.toString(), "-tls-password-file", passwordFile.toString());

        assertEquals(new Run(255, "tlaplex: the TLS trust store " + dir + " is not a file\n"), run);
    }

    private record Run(int status, String err) {
    }

    private static Run cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Tlaplex.standard().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, err.toString(StandardCharsets.UTF_8));
    }

    private static ParsedArgs args(String... args) throws UsageException {
        return ParsedArgs.parse("node", ClusterFlags.common(), args, 0);
    }

    private static Path repo() {
        Path at = Path.of("").toAbsolutePath();
        while (at != null && !Files.isDirectory(at.resolve("examples/BankTransfer"))) {
            at = at.getParent();
        }
        if (at == null) {
            throw new IllegalStateException("cannot find the repository root");
        }
        return at;
    }
}
