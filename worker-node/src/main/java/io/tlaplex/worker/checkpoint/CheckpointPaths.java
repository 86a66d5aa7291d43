package io.tlaplex.worker.checkpoint;

import java.nio.file.Path;

/**
 * Turns the '/'-separated relative paths of a manifest into files under the checkpoint directory and back,
 * refusing any path that would leave the directory (a manifest is input like any other).
 */
final class CheckpointPaths {
    private CheckpointPaths() {
    }

    static Path resolve(Path root, String relative) throws CheckpointException {
        if (relative.isEmpty() || relative.startsWith("/") || relative.contains("\\")) {
            throw new CheckpointException("checkpoint path '" + relative + "' is not a relative '/'-separated path");
        }
        Path resolved = root;
        for (String part : relative.split("/")) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                throw new CheckpointException("checkpoint path '" + relative + "' leaves the checkpoint directory");
            }
            resolved = resolved.resolve(part);
        }
        return resolved;
    }

    static String relative(Path root, Path file) throws CheckpointException {
        Path rel = root.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
        if (rel.toString().isEmpty() || rel.startsWith("..")) {
            throw new CheckpointException("file " + file + " is not inside the checkpoint directory " + root);
        }
        StringBuilder out = new StringBuilder();
        for (Path part : rel) {
            if (!out.isEmpty()) {
                out.append('/');
            }
            out.append(part);
        }
        return out.toString();
    }
}
