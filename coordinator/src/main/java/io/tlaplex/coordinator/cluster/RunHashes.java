package io.tlaplex.coordinator.cluster;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The hashes every member compares before a run: of the spec's source files, and of the config text together
 * with the options that change answers. Equal hashes mean equal state spaces and fingerprints.
 *
 * @param spec   SHA-256 of every source file, by name
 * @param config SHA-256 of the config text and the answer-changing options
 */
public record RunHashes(String spec, String config) {

    /**
     * @param sources    the spec's source texts by file name
     * @param configText the config file's text ("" when there is none)
     * @param options    the options that change answers, in a fixed form (deadlock flag, seed, ...)
     */
    public static RunHashes of(Map<String, String> sources, String configText, String options) {
        StringBuilder spec = new StringBuilder();
        for (Map.Entry<String, String> source : new TreeMap<>(sources).entrySet()) {
            spec.append(source.getKey()).append('\0').append(source.getValue()).append('\0');
        }
        return new RunHashes(sha256(spec.toString()), sha256(configText + "\0" + options));
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
