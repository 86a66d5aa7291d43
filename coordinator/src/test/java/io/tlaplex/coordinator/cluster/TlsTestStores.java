package io.tlaplex.coordinator.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Key stores made by the test JVM's own keytool in a test's folder: self-signed EC certificates, PKCS12. */
public final class TlsTestStores {
    public static final String PASSWORD = "tlaplex-test";

    private final Path dir;

    public TlsTestStores(Path dir) {
        this.dir = dir;
    }

    /** A key store holding one key pair with a self-signed certificate for {@code name}, valid for two days. */
    public Path keyPair(String name) throws IOException, InterruptedException {
        return keyPair(name, "+0d", 2);
    }

    /** As {@link #keyPair(String)}, with a certificate valid from {@code start} (keytool's form) for some days. */
    public Path keyPair(String name, String start, int days) throws IOException, InterruptedException {
        Path store = dir.resolve(name + ".p12");
        keytool("-genkeypair", "-alias", name, "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=" + name,
                "-startdate", start, "-validity", String.valueOf(days), "-storetype", "PKCS12",
                "-keystore", store.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD);
        return store;
    }

    /** A trust store holding only the certificate of {@code keyStore}'s key {@code alias}. */
    public Path certificatesOnly(Path keyStore, String alias) throws IOException, InterruptedException {
        Path certificate = dir.resolve(alias + ".crt");
        Path store = dir.resolve(alias + "-trust.p12");
        keytool("-exportcert", "-alias", alias, "-keystore", keyStore.toString(), "-storepass", PASSWORD,
                "-file", certificate.toString());
        keytool("-importcert", "-noprompt", "-alias", alias, "-file", certificate.toString(), "-storetype",
                "PKCS12", "-keystore", store.toString(), "-storepass", PASSWORD);
        return store;
    }

    /** A file holding {@code password} and a line end, as an editor writes it. */
    public Path passwordFile(String password) throws IOException {
        Path file = Files.createTempFile(dir, "password-", ".txt");
        Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private void keytool(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(keytool().toString());
        command.addAll(List.of(args));
        Path log = Files.createTempFile(dir, "keytool-", ".txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("keytool did not end within 60 s");
        }
        if (process.exitValue() != 0) {
            throw new IOException("keytool " + String.join(" ", args) + " failed:\n" + Files.readString(log));
        }
    }

    /** The keytool beside the java running this test. */
    private static Path keytool() {
        Path java = Path.of(ProcessHandle.current().info().command().orElseThrow());
        return java.resolveSibling(java.getFileName().toString().endsWith(".exe") ? "keytool.exe" : "keytool");
    }
}
