package io.tlaplex.coordinator.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The shared secret that proves a member belongs to the run: a node's {@code Join} carries an HMAC-SHA256 over its
 * id and hashes keyed with the secret, which the coordinator recomputes. Generated per local run and handed to the
 * child JVMs in a file only the user can read, never on a command line. Immutable.
 */
public final class ClusterSecret {
    private static final int BYTES = 32;
    private final byte[] key;

    private ClusterSecret(byte[] key) {
        this.key = key.clone();
    }

    public static ClusterSecret generate() {
        byte[] key = new byte[BYTES];
        new SecureRandom().nextBytes(key);
        return new ClusterSecret(key);
    }

    /** Reads a secret written by {@link #writeTo} (hex, surrounding blanks ignored). */
    public static ClusterSecret read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
        try {
            byte[] key = HexFormat.of().parseHex(text);
            if (key.length < 16) {
                throw new IOException("the secret in " + file + " is shorter than 16 bytes");
            }
            return new ClusterSecret(key);
        } catch (IllegalArgumentException e) {
            throw new IOException("the secret in " + file + " is not hexadecimal", e);
        }
    }

    /** Writes the secret as hex to a new file readable only by its owner (where the file system allows). */
    public void writeTo(Path file) throws IOException {
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        }
        Files.writeString(file, HexFormat.of().formatHex(key), StandardCharsets.US_ASCII);
    }

    /** The proof node {@code nodeId} sends with these hashes. */
    public String proof(int nodeId, String specHash, String configHash) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] tag = mac.doFinal(("tlaplex-join|" + nodeId + "|" + specHash + "|" + configHash)
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(tag);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
        }
    }

    /** Whether {@code proof} was made with this secret; compares in constant time. */
    public boolean accepts(String proof, int nodeId, String specHash, String configHash) {
        byte[] expected = proof(nodeId, specHash, configHash).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, proof.getBytes(StandardCharsets.US_ASCII));
    }
}
