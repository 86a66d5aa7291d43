package io.tlaplex.worker.nativeio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads the host's /sys and /proc files below a root folder: "/" in production, a temp folder with a
 * fake tree in tests. A missing or unreadable file is an empty result, never an exception. Stateless.
 */
final class HostFiles {
    private final Path root;

    HostFiles(Path root) {
        this.root = root;
    }

    /** The trimmed contents of an absolute host path such as {@code /sys/devices/system/cpu/online}. */
    Optional<String> read(String hostPath) {
        try {
            return Optional.of(Files.readString(resolve(hostPath), StandardCharsets.UTF_8).strip());
        } catch (IOException | UncheckedIOException | SecurityException e) {
            return Optional.empty();
        }
    }

    boolean isDirectory(String hostPath) {
        return Files.isDirectory(resolve(hostPath));
    }

    /** The names of the entries of a host folder, sorted; empty when it does not exist. */
    List<String> list(String hostPath) {
        List<String> names = new ArrayList<>();
        try (Stream<Path> entries = Files.list(resolve(hostPath))) {
            entries.forEach(p -> names.add(p.getFileName().toString()));
        } catch (IOException | UncheckedIOException | SecurityException e) {
            return List.of();
        }
        names.sort(null);
        return names;
    }

    private Path resolve(String hostPath) {
        String relative = hostPath.startsWith("/") ? hostPath.substring(1) : hostPath;
        return relative.isEmpty() ? root : root.resolve(relative);
    }
}
