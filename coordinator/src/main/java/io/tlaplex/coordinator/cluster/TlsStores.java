package io.tlaplex.coordinator.cluster;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigValueFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The key store and trust store of Artery's {@code tls-tcp} transport, as Pekko's {@code ConfigSSLEngineProvider}
 * reads them: to Pekko settings, back from them, and opened here first so that a missing file, a wrong password or
 * an expired certificate is one clear line before any member starts. Mutual authentication is on: a member whose
 * certificate is not in the others' trust store cannot connect.
 *
 * @param keyStore           this member's private key and certificate (PKCS12 or JKS)
 * @param keyStorePassword   opens the key store
 * @param keyPassword        unlocks the private key (for PKCS12 the key store's password)
 * @param trustStore         the certificates of the members this one accepts
 * @param trustStorePassword opens the trust store
 */
public record TlsStores(Path keyStore, String keyStorePassword, String keyPassword, Path trustStore,
                        String trustStorePassword) {
    static final String TRANSPORT = "pekko.remote.artery.transport";
    static final String PROVIDER = "pekko.remote.artery.ssl.ssl-engine-provider";
    static final String ENGINE = "pekko.remote.artery.ssl.config-ssl-engine";
    static final String CONFIG_PROVIDER = "org.apache.pekko.remote.artery.tcp.ConfigSSLEngineProvider";
    /** TLS 1.3 only, with its two AES-GCM suites (Pekko's defaults, spelled out so the probe uses the same). */
    static final String PROTOCOL = "TLSv1.3";
    static final List<String> ALGORITHMS = List.of("TLS_AES_256_GCM_SHA384", "TLS_AES_128_GCM_SHA256");

    /** The stores of tlaplex's flags: one password opens the key store and its key, as keytool makes PKCS12. */
    public static TlsStores of(Path keyStore, Path trustStore, String password, String trustStorePassword) {
        return new TlsStores(keyStore.toAbsolutePath(), password, password, trustStore.toAbsolutePath(),
                trustStorePassword);
    }

    /**
     * The stores a member's Pekko settings name, or null when they do not use {@code tls-tcp} with the
     * configuration-driven engine (another engine provider is the user's to check).
     */
    public static TlsStores fromConfig(Config pekko) {
        if (!pekko.hasPath(TRANSPORT) || !pekko.getString(TRANSPORT).equals("tls-tcp")
                || !pekko.hasPath(PROVIDER) || !pekko.getString(PROVIDER).equals(CONFIG_PROVIDER)) {
            return null;
        }
        Config engine = pekko.getConfig(ENGINE);
        return new TlsStores(Path.of(engine.getString("key-store")), engine.getString("key-store-password"),
                engine.getString("key-password"), Path.of(engine.getString("trust-store")),
                engine.getString("trust-store-password"));
    }

    /** The Pekko settings that turn TLS on with these stores. */
    public Config toConfig() {
        Config engine = ConfigFactory.empty()
                .withValue("key-store", ConfigValueFactory.fromAnyRef(keyStore.toString()))
                .withValue("key-store-password", ConfigValueFactory.fromAnyRef(keyStorePassword))
                .withValue("key-password", ConfigValueFactory.fromAnyRef(keyPassword))
                .withValue("trust-store", ConfigValueFactory.fromAnyRef(trustStore.toString()))
                .withValue("trust-store-password", ConfigValueFactory.fromAnyRef(trustStorePassword))
                .withValue("protocol", ConfigValueFactory.fromAnyRef(PROTOCOL))
                .withValue("enabled-algorithms", ConfigValueFactory.fromIterable(ALGORITHMS))
                .withValue("require-mutual-authentication", ConfigValueFactory.fromAnyRef(true));
        return ConfigFactory.empty()
                .withValue(TRANSPORT, ConfigValueFactory.fromAnyRef("tls-tcp"))
                .withValue(PROVIDER, ConfigValueFactory.fromAnyRef(CONFIG_PROVIDER))
                .withValue(ENGINE, engine.root());
    }

    /** Opens both stores and builds the context Pekko will build, failing with the reason a user can act on. */
    public SSLContext open() throws TlsException {
        KeyStore keys = load("key store", keyStore, keyStorePassword);
        KeyStore trusted = load("trust store", trustStore, trustStorePassword);
        requireValidKey(keys);
        requireCertificate(trusted);
        try {
            KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            try {
                keyManagers.init(keys, keyPassword.toCharArray());
            } catch (UnrecoverableKeyException e) {
                throw new TlsException("the key password does not unlock the private key in the TLS key store "
                        + keyStore);
            }
            TrustManagerFactory trustManagers =
                    TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trustManagers.init(trusted);
            SSLContext context = SSLContext.getInstance(PROTOCOL);
            context.init(keyManagers.getKeyManagers(), trustManagers.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new TlsException("cannot set up TLS with " + keyStore + " and " + trustStore + ": "
                    + e.getMessage());
        }
    }

    private static KeyStore load(String what, Path file, String password) throws TlsException {
        if (!Files.exists(file)) {
            throw new TlsException("cannot find the TLS " + what + " " + file);
        }
        if (!Files.isRegularFile(file)) {
            throw new TlsException("the TLS " + what + " " + file + " is not a file");
        }
        if (!Files.isReadable(file)) {
            throw new TlsException("cannot read the TLS " + what + " " + file + ": permission denied");
        }
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(in, password.toCharArray());
            return store;
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw new TlsException("the password does not open the TLS " + what + " " + file);
            }
            throw new TlsException("the TLS " + what + " " + file + " is not a PKCS12 or JKS key store ("
                    + e.getMessage() + ")");
        } catch (GeneralSecurityException e) {
            throw new TlsException("cannot load the TLS " + what + " " + file + ": " + e.getMessage());
        }
    }

    private void requireValidKey(KeyStore keys) throws TlsException {
        try {
            for (String alias : Collections.list(keys.aliases())) {
                if (keys.isKeyEntry(alias) && keys.getCertificate(alias) instanceof X509Certificate certificate) {
                    requireValid(certificate, alias);
                    return;
                }
            }
        } catch (KeyStoreException e) {
            throw new TlsException("cannot read the TLS key store " + keyStore + ": " + e.getMessage());
        }
        throw new TlsException("the TLS key store " + keyStore + " holds no private key with a certificate "
                + "(make one with keytool -genkeypair)");
    }

    private void requireValid(X509Certificate certificate, String alias) throws TlsException {
        try {
            certificate.checkValidity();
        } catch (CertificateExpiredException e) {
            throw new TlsException("the certificate '" + alias + "' in the TLS key store " + keyStore
                    + " expired on " + certificate.getNotAfter().toInstant());
        } catch (CertificateNotYetValidException e) {
            throw new TlsException("the certificate '" + alias + "' in the TLS key store " + keyStore
                    + " is not valid before " + certificate.getNotBefore().toInstant());
        }
    }

    private void requireCertificate(KeyStore trusted) throws TlsException {
        try {
            for (String alias : Collections.list(trusted.aliases())) {
                Certificate certificate = trusted.getCertificate(alias);
                if (certificate != null) {
                    return;
                }
            }
        } catch (KeyStoreException e) {
            throw new TlsException("cannot read the TLS trust store " + trustStore + ": " + e.getMessage());
        }
        throw new TlsException("the TLS trust store " + trustStore + " holds no certificate");
    }

    /** Leaves the passwords out, so that the settings may be logged. */
    @Override
    public String toString() {
        return "TlsStores[keyStore=" + keyStore + ", trustStore=" + trustStore + "]";
    }
}
